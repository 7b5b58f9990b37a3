package dev.kiln.lifecycle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything a generation depends on, as one SHA-256: the spec's bytes and those of every local file it
 * {@code $ref}s (followed recursively), the settings, and Kiln's version. Two builds with the same fingerprint
 * generate the same files, so the second need not generate at all.
 *
 * @param value {@code kiln-fingerprint-<format>:<sha-256 in hex>}
 */
public record Fingerprint(String value) {
    /** Bumped whenever what goes into the hash changes, so an old fingerprint never matches a new one. */
    static final int FORMAT = 1;

    /** A {@code $ref} in JSON or YAML, quoted or not; group 1 is the reference. */
    private static final Pattern REF = Pattern.compile("[\"']?\\$ref[\"']?\\s*:\\s*[\"']?([^\"'\\s,}#]*)");

    /**
     * Computes the fingerprint of one generation.
     *
     * @param spec the spec file
     * @param settings the settings that shape the output (base package, client name, output directory ...); their
     *     order does not matter
     * @param kilnVersion Kiln's version
     * @return the fingerprint
     * @throws IOException when the spec cannot be read; a referenced file that is missing is hashed as missing
     */
    public static Fingerprint compute(Path spec, Map<String, String> settings, String kilnVersion) throws IOException {
        MessageDigest digest = sha256();
        update(digest, "kiln-fingerprint " + FORMAT);
        update(digest, "kiln " + kilnVersion);
        for (Map.Entry<String, String> setting : new TreeMap<>(settings).entrySet()) {
            update(digest, "setting " + setting.getKey() + "=" + setting.getValue());
        }
        Path root = spec.toAbsolutePath().normalize();
        Path base = root.getParent();
        for (Path file : specFiles(root)) {
            String name = base.relativize(file).toString().replace('\\', '/');
            if (Files.isRegularFile(file)) {
                byte[] bytes = Files.readAllBytes(file);
                update(digest, "file " + name + " " + bytes.length);
                digest.update(bytes);
            } else {
                update(digest, "missing " + name);
            }
        }
        return new Fingerprint(
                "kiln-fingerprint-" + FORMAT + ":" + HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * A file as a setting of the fingerprint: its path and the SHA-256 of its bytes, or that it is missing.
     *
     * @param file the file, such as an overlay
     * @return {@code <path> sha256:<hex>}
     * @throws IOException when the file exists but cannot be read
     */
    public static String ofFile(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            return absolute + " missing";
        }
        return absolute + " sha256:" + HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(absolute)));
    }

    /**
     * The spec and every local file it references, directly or through other files, spec first and each once.
     * Remote ({@code http:}) references and references within a file ({@code #/...}) are not files.
     */
    static Set<Path> specFiles(Path spec) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        Deque<Path> pending = new ArrayDeque<>();
        pending.add(spec.toAbsolutePath().normalize());
        while (!pending.isEmpty()) {
            Path file = pending.removeFirst();
            if (!files.add(file) || !Files.isRegularFile(file)) {
                continue;
            }
            Matcher refs = REF.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (refs.find()) {
                String ref = refs.group(1);
                if (ref.isEmpty() || ref.contains("://") || ref.startsWith("urn:")) {
                    continue;
                }
                pending.add(file.getParent().resolve(decode(ref)).normalize());
            }
        }
        return files;
    }

    private static String decode(String ref) {
        return ref.replace("%20", " ");
    }

    /**
     * Reads a fingerprint written by {@link #write}.
     *
     * @param file the fingerprint file
     * @return the fingerprint, or empty when the file does not exist
     * @throws IOException when the file exists but cannot be read
     */
    public static Optional<Fingerprint> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(
                new Fingerprint(Files.readString(file, StandardCharsets.UTF_8).strip()));
    }

    /**
     * Writes this fingerprint, replacing the file in one move so a build interrupted half-way leaves the old one.
     *
     * @param file where to write it; its directory is created
     * @throws IOException when writing fails
     */
    public void write(Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
        Files.writeString(temporary, value + "\n", StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void update(MessageDigest digest, String line) {
        digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
