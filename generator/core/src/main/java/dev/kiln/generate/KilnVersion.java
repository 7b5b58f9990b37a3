package dev.kiln.generate;

import dev.kiln.digest.Sha256;
import dev.kiln.language.Target;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

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
            List<Path> code = new ArrayList<>();
            for (Class<?> type : new LinkedHashSet<>(List.of(KilnVersion.class, target.getClass()))) {
                code.add(Path.of(
                        type.getProtectionDomain().getCodeSource().getLocation().toURI()));
            }
            return get() + "+" + codeHash(code).substring(0, 16);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot identify Kiln's own code", e);
        }
    }

    /**
     * Hashes code: each jar by its table of contents (every entry's name, size and CRC-32, which the jar keeps in its
     * central directory, so the command line's 15 MB jar is not read through on every run, and a jar rebuilt from the
     * same code with other timestamps hashes the same), each classes directory by every file's relative path and bytes.
     *
     * @param code jars and classes directories
     * @return the SHA-256 in hex
     */
    static String codeHash(List<Path> code) {
        MessageDigest digest = Sha256.start();
        try {
            for (Path place : code) {
                if (Files.isDirectory(place)) {
                    hashDirectory(digest, place);
                } else {
                    hashJar(digest, place);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Sha256.hex(digest);
    }

    private static void hashJar(MessageDigest digest, Path jar) throws IOException {
        ByteBuffer sizes = ByteBuffer.allocate(2 * Long.BYTES);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                digest.update(entry.getName().getBytes(StandardCharsets.UTF_8));
                digest.update(sizes.clear()
                        .putLong(entry.getSize())
                        .putLong(entry.getCrc())
                        .flip());
            }
        }
    }

    private static void hashDirectory(MessageDigest digest, Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(directory.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
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
