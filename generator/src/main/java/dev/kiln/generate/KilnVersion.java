package dev.kiln.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of Kiln itself, as the build stamped it. */
public final class KilnVersion {
    private KilnVersion() {}

    /**
     * Returns Kiln's version together with a hash of Kiln's own code (its jar, or its classes directory in a
     * development build), so that a rebuilt snapshot of Kiln counts as a different generator.
     *
     * @return for example {@code 0.1.0-SNAPSHOT+3f2a...}
     */
    public static String buildIdentity() {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            java.nio.file.Path code = java.nio.file.Path.of(KilnVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (java.nio.file.Files.isDirectory(code)) {
                try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(code)) {
                    for (java.nio.file.Path file : files.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
                        digest.update(code.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        digest.update(java.nio.file.Files.readAllBytes(file));
                    }
                }
            } else {
                digest.update(java.nio.file.Files.readAllBytes(code));
            }
            return get() + "+" + java.util.HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException | java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot identify Kiln's own code", e);
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
