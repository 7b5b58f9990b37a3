package dev.kiln.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 in lowercase hex, the one digest Kiln writes: of a spec pinned by its checksum, of the files and settings a
 * fingerprint covers, of Kiln's own code, of a fetched spec's address in the mirror.
 */
public final class Sha256 {
    private Sha256() {}

    /**
     * Starts a digest to be fed piece by piece and finished with {@link #hex(MessageDigest)}.
     *
     * @return a fresh SHA-256 digest
     */
    public static MessageDigest start() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Finishes a digest.
     *
     * @param digest a digest from {@link #start()}, fed
     * @return its 64 hex digits
     */
    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Digests bytes.
     *
     * @param bytes what to digest
     * @return the 64 hex digits of their SHA-256
     */
    public static String hex(byte[] bytes) {
        MessageDigest digest = start();
        digest.update(bytes);
        return hex(digest);
    }

    /**
     * Digests a text's UTF-8 bytes.
     *
     * @param text what to digest
     * @return the 64 hex digits of their SHA-256
     */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
