package dev.kiln.generate;

import dev.kiln.digest.Sha256;
import dev.kiln.language.Target;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/** The version of Kiln itself, as the build stamped it. */
public final class KilnVersion {
    private KilnVersion() {}

    /**
     * Returns Kiln's version together with a hash of Kiln's own code, the core's and the target's (their jars, or
     * their classes directories in a development build), so that a rebuilt snapshot of Kiln counts as a different
     * generator.
     *
     * @param target the target that generates
     * @return for example {@code 0.1.0-SNAPSHOT+3f2a...}
     */
    public static String buildIdentity(Target target) {
        try {
            MessageDigest digest = Sha256.start();
            for (Class<?> code : new LinkedHashSet<>(List.of(KilnVersion.class, target.getClass()))) {
                hash(
                        digest,
                        Path.of(code.getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI()));
            }
            return get() + "+" + Sha256.hex(digest).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot identify Kiln's own code", e);
        }
    }

    /** Adds a jar, or every file of a classes directory with its relative path, to the digest. */
    private static void hash(MessageDigest digest, Path code) throws IOException {
        if (!Files.isDirectory(code)) {
            digest.update(Files.readAllBytes(code));
            return;
        }
        try (Stream<Path> files = Files.walk(code)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(code.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
        }
    }

    /**
     * Returns Kiln's version.
     *
     * @return for example {@code 0.1.0}
     */
    public static String get() {
        try (InputStream in = KilnVersion.class.getResourceAsStream("/dev/kiln/kiln.properties")) {
            if (in == null) {
                throw new IllegalStateException("kiln.properties is missing from Kiln's jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
