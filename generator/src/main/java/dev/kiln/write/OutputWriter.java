package dev.kiln.write;

import dev.kiln.emit.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a generated SDK into its output directory without ever leaving it half-written: every file is first
 * written to a temporary directory beside it, then moved into place only where its bytes differ. Files Kiln
 * generated before and no longer does are deleted; files Kiln did not generate are never touched. The list of
 * generated files ({@value #MANIFEST}) is written last, so an interrupted run is simply redone.
 */
public final class OutputWriter {
    /** The file in the output directory that lists what Kiln generated there. */
    public static final String MANIFEST = ".kiln-generated";

    /**
     * Brings {@code outputDirectory} to exactly the given files.
     *
     * @param outputDirectory the output directory, created when missing
     * @param files the generated files
     * @return what changed
     * @throws IOException when writing fails; the directory then holds the previous output or a mix of files that
     *     are each complete
     */
    public SyncReport write(Path outputDirectory, List<GeneratedFile> files) throws IOException {
        Path parent = outputDirectory.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + outputDirectory.getFileName() + ".kiln-");
        try {
            for (GeneratedFile file : files) {
                Path target = staging.resolve(file.relativePath());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.content(), StandardCharsets.UTF_8);
            }
            return sync(staging, outputDirectory, files);
        } finally {
            deleteTree(staging);
        }
    }

    private SyncReport sync(Path staging, Path outputDirectory, List<GeneratedFile> files) throws IOException {
        Files.createDirectories(outputDirectory);
        Set<String> previous = new HashSet<>(readManifest(outputDirectory));
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Set<String> current = new HashSet<>();
        for (GeneratedFile file : files) {
            current.add(file.relativePath());
            Path target = outputDirectory.resolve(file.relativePath());
            byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
            if (Files.isRegularFile(target) && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
                unchanged.add(file.relativePath());
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.move(staging.resolve(file.relativePath()), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written.add(file.relativePath());
        }
        List<String> deleted = new ArrayList<>();
        Path root = outputDirectory.toAbsolutePath().normalize();
        for (String stale : previous.stream().sorted().toList()) {
            Path file = root.resolve(stale).normalize();
            // a manifest entry that leads outside the directory was never Kiln's to write, so it is not Kiln's to delete
            if (!current.contains(stale) && file.startsWith(root) && !file.equals(root) && Files.deleteIfExists(file)) {
                deleted.add(stale);
            }
        }
        String manifest = manifest(files);
        Path manifestFile = outputDirectory.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile) || !Files.readString(manifestFile, StandardCharsets.UTF_8).equals(manifest)) {
            Path staged = staging.resolve(MANIFEST);
            Files.writeString(staged, manifest, StandardCharsets.UTF_8);
            Files.move(staged, manifestFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return new SyncReport(written, unchanged, deleted);
    }

    /** The manifest's content for a set of files: their paths, sorted, one a line. */
    public static String manifest(List<GeneratedFile> files) {
        StringBuilder text = new StringBuilder();
        files.stream().map(GeneratedFile::relativePath).sorted().forEach(path -> text.append(path).append('\n'));
        return text.toString();
    }

    /**
     * Tells whether a directory holds a complete earlier output: its manifest and every file the manifest lists.
     *
     * @param outputDirectory the output directory
     * @return {@code false} when the manifest or any file it lists is missing
     * @throws IOException when the manifest cannot be read
     */
    public static boolean isComplete(Path outputDirectory) throws IOException {
        if (!Files.isRegularFile(outputDirectory.resolve(MANIFEST))) {
            return false;
        }
        for (String path : readManifest(outputDirectory)) {
            if (!Files.isRegularFile(outputDirectory.resolve(path))) {
                return false;
            }
        }
        return true;
    }

    static List<String> readManifest(Path outputDirectory) throws IOException {
        Path manifest = outputDirectory.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
