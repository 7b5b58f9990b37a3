package dev.kiln.lifecycle;

import dev.kiln.digest.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything a generation depends on, as one SHA-256: the settings that shape its output or its verdict, Kiln's build,
 * and the bytes of every file the spec was read from (the spec, and each file a {@code $ref} or a discriminator's
 * {@code mapping} reached, as the loader read them). The files are listed beside the hash, so the next build hashes
 * the same files without reading the spec; a file the spec newly references is noticed all the same, as the spec's own
 * bytes change with it. Two builds with the same fingerprint generate the same files and reach the same verdict, so the
 * second need not generate at all.
 *
 * <p>Its file holds the value on the first line, then the spec's files one a line: the spec's own name first, then
 * the others relative to the spec's folder, sorted. A file in another format (format 1 held the value alone) never
 * equals a new fingerprint, so it is simply replaced.
 *
 * @param value {@code kiln-fingerprint-<format>:<sha-256 in hex>}
 * @param specFiles the spec's files, as its file lists them
 */
public record Fingerprint(String value, List<String> specFiles) {
    /** Bumped whenever what goes into the hash changes, so an old fingerprint never matches a new one. */
    static final int FORMAT = 2;

    private static final String PREFIX = "kiln-fingerprint-" + FORMAT + ":";

    public Fingerprint {
        specFiles = List.copyOf(specFiles);
    }

    /**
     * Computes the fingerprint of a generation from the files its spec was read from.
     *
     * @param settings the settings that shape the output or the verdict; their order does not matter
     * @param kilnVersion Kiln's build
     * @param spec the spec file
     * @param read every file the spec was read from, as read: its absolute, normalised path and its text
     * @return the fingerprint
     */
    public static Fingerprint of(Map<String, String> settings, String kilnVersion, Path spec, Map<Path, String> read) {
        Path root = spec.toAbsolutePath().normalize();
        Map<String, byte[]> others = new TreeMap<>();
        byte[] rootBytes = null;
        for (Map.Entry<Path, String> file : read.entrySet()) {
            byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
            if (file.getKey().equals(root)) {
                rootBytes = bytes;
            } else {
                others.put(name(root, file.getKey()), bytes);
            }
        }
        List<String> names = new ArrayList<>();
        List<Optional<byte[]>> contents = new ArrayList<>();
        names.add(root.getFileName().toString());
        contents.add(Optional.ofNullable(rootBytes));
        others.forEach((name, bytes) -> {
            names.add(name);
            contents.add(Optional.of(bytes));
        });
        return new Fingerprint(hash(settings, kilnVersion, names, contents), names);
    }

    /**
     * Computes the fingerprint the files this one lists have now, with the settings of now: equal to this one when
     * nothing the generation depends on changed. The spec's own name counts, so another spec never matches.
     *
     * @param settings the settings now
     * @param kilnVersion Kiln's build now
     * @param spec the spec file now
     * @return the fingerprint now
     * @throws IOException when a file cannot be read; a file that is missing is hashed as missing
     */
    public Fingerprint now(Map<String, String> settings, String kilnVersion, Path spec) throws IOException {
        Path root = spec.toAbsolutePath().normalize();
        List<String> names = new ArrayList<>();
        names.add(root.getFileName().toString());
        names.addAll(besideTheSpec());
        List<Optional<byte[]>> contents = new ArrayList<>();
        for (Path file : files(root)) {
            contents.add(bytes(file));
        }
        return new Fingerprint(hash(settings, kilnVersion, names, contents), names);
    }

    /** The spec's files now: the spec file, then each other file listed, beside it. */
    private List<Path> files(Path root) {
        List<Path> files = new ArrayList<>();
        files.add(root);
        for (String name : besideTheSpec()) {
            files.add(root.resolveSibling(name).normalize());
        }
        return files;
    }

    /** The listed files but the spec file itself (the first), by their paths relative to it. */
    private List<String> besideTheSpec() {
        return specFiles.subList(Math.min(1, specFiles.size()), specFiles.size());
    }

    /**
     * How large the spec is now, as read by the generation this fingerprint is of: the bytes of the spec file and of
     * every other file listed, as they are now (a missing one counts nothing).
     *
     * @param spec the spec file now
     * @return the bytes
     * @throws IOException when a file's size cannot be read
     */
    public long specBytes(Path spec) throws IOException {
        long bytes = 0;
        for (Path file : files(spec.toAbsolutePath().normalize())) {
            bytes += size(file);
        }
        return bytes;
    }

    /**
     * The size of one file.
     *
     * @param file the file
     * @return its bytes, 0 when it does not exist
     * @throws IOException when its size cannot be read
     */
    public static long size(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.size(file) : 0;
    }

    /** Tells whether this fingerprint is of the format this Kiln writes; one that is not never matches. */
    public boolean isCurrentFormat() {
        return value.startsWith(PREFIX) && !specFiles.isEmpty();
    }

    private static String name(Path root, Path file) {
        return root.getParent().relativize(file).toString().replace('\\', '/');
    }

    private static Optional<byte[]> bytes(Path file) throws IOException {
        return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    }

    private static String hash(
            Map<String, String> settings, String kilnVersion, List<String> names, List<Optional<byte[]>> contents) {
        MessageDigest digest = Sha256.start();
        update(digest, "kiln-fingerprint " + FORMAT);
        update(digest, "kiln " + kilnVersion);
        for (Map.Entry<String, String> setting : new TreeMap<>(settings).entrySet()) {
            update(digest, "setting " + setting.getKey() + "=" + setting.getValue());
        }
        for (int i = 0; i < names.size(); i++) {
            Optional<byte[]> bytes = contents.get(i);
            if (bytes.isPresent()) {
                update(digest, "file " + names.get(i) + " " + bytes.get().length);
                digest.update(bytes.get());
            } else {
                update(digest, "missing " + names.get(i));
            }
        }
        return PREFIX + Sha256.hex(digest);
    }

    /**
     * Names a file read with the spec as the fingerprint lists it, relative to the spec's folder: as a setting (an
     * overlay's place) it says which file, while its bytes are hashed once, as one of the spec's files. Not its
     * absolute path, so that the fingerprint holds wherever the project is checked out.
     *
     * @param spec the spec file
     * @param file the file, such as an overlay
     * @return for example {@code overlays/rename.yaml}
     */
    public static String nameBeside(Path spec, Path file) {
        return name(spec.toAbsolutePath().normalize(), file.toAbsolutePath().normalize());
    }

    /**
     * Reads a fingerprint written by {@link #write}, or by an older Kiln.
     *
     * @param file the fingerprint file
     * @return the fingerprint, or empty when the file does not exist
     * @throws IOException when the file exists but cannot be read
     */
    public static Optional<Fingerprint> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
        if (lines.isEmpty()) {
            return Optional.of(new Fingerprint("", List.of()));
        }
        return Optional.of(new Fingerprint(lines.get(0), lines.subList(1, lines.size())));
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
        StringBuilder text = new StringBuilder(value).append('\n');
        specFiles.forEach(name -> text.append(name).append('\n'));
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void update(MessageDigest digest, String line) {
        digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
