package dev.kiln.write;

import dev.kiln.language.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Writes a generated SDK into its output directory without ever leaving a file half-written, and without ever
 * writing or deleting outside that directory:
 *
 * <ul>
 *   <li>each file whose bytes differ is written to a temporary file beside its target and moved into place in
 *       one step, so nothing is staged outside the directory (nor across file systems when it is a link);
 *   <li>a path that leads outside the directory, by {@code ..}, as an absolute path or through a symbolic link
 *       inside it, is refused before anything is written;
 *   <li>files Kiln generated before and no longer does are deleted; files Kiln did not generate are never touched.
 * </ul>
 *
 * <p>What one SDK generated is listed in its own manifest, named after its base package
 * ({@link #manifestName(String)}), written last, so an interrupted run is simply redone and two SDKs generated
 * into one directory never delete each other's files. What else the SDK's execution generated before (under another
 * package, or in another directory) its caller names, from the execution's own record; a directory Kiln's deletions
 * leave empty is removed, up to the output directory.
 */
public final class OutputWriter {
    /** The start of the name of a manifest, the file in the output directory that lists what Kiln generated. */
    public static final String MANIFEST_PREFIX = ".kiln-generated-";

    private static final String TEMPORARY_SUFFIX = ".kiln-tmp";
    private static final Pattern PACKAGE =
            Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");

    /**
     * Returns the name of the manifest of the SDK generated for {@code basePackage}.
     *
     * @param basePackage the SDK's base package
     * @return {@code .kiln-generated-<basePackage>}
     * @throws IllegalArgumentException when {@code basePackage} is not a Java package name
     */
    public static String manifestName(String basePackage) {
        if (!PACKAGE.matcher(basePackage).matches()) {
            throw new IllegalArgumentException("not a Java package name: '" + basePackage + "'");
        }
        return MANIFEST_PREFIX + basePackage;
    }

    /**
     * Brings the files of the SDK generated for {@code basePackage} in {@code outputDirectory} to exactly the given
     * files.
     *
     * @param outputDirectory the output directory, created when missing; it may be a symbolic link to a directory
     * @param basePackage the SDK's base package, which names its manifest
     * @param files the generated files
     * @return what changed
     * @throws IOException when writing fails, or when a file would land outside the directory (then nothing was
     *     written); after a failure while writing, the directory holds the previous output or a mix of files that
     *     are each complete
     */
    public SyncReport write(Path outputDirectory, String basePackage, List<GeneratedFile> files) throws IOException {
        return write(outputDirectory, basePackage, files, List.of());
    }

    /**
     * Brings the files of the SDK generated for {@code basePackage} in {@code outputDirectory} to exactly the given
     * files, deleting as well the files its execution generated there before and no longer does.
     *
     * @param outputDirectory the output directory, created when missing; it may be a symbolic link to a directory
     * @param basePackage the SDK's base package, which names its manifest
     * @param files the generated files
     * @param generatedBefore what the execution generated in this directory before, relative to it, as its record
     *     says (the files of another package, that package's manifest); besides what the manifest of
     *     {@code basePackage} lists
     * @return what changed
     * @throws IOException when writing fails, or when a file would land outside the directory (then nothing was
     *     written)
     */
    public SyncReport write(
            Path outputDirectory, String basePackage, List<GeneratedFile> files, Collection<String> generatedBefore)
            throws IOException {
        Files.createDirectories(outputDirectory);
        OutputDirectory output = new OutputDirectory(outputDirectory);
        PathConflicts conflicts = new PathConflicts();
        for (GeneratedFile file : files) {
            conflicts.add(output.resolve(file.relativePath()));
        }
        OutputSession session = open(outputDirectory, basePackage, generatedBefore);
        for (GeneratedFile file : files) {
            session.write(file);
        }
        return session.finish();
    }

    /**
     * Starts bringing the files of the SDK generated for {@code basePackage} in {@code outputDirectory} to exactly
     * the files the session is then given, one at a time, each written as soon as it is given: so the SDK need not
     * be held in memory whole. The same rules hold as for {@link #write(Path, String, List, Collection)}, checked
     * file by file: a file that would land outside the directory fails the session, and what it wrote before stays.
     *
     * @param outputDirectory the output directory, created when missing; it may be a symbolic link to a directory
     * @param basePackage the SDK's base package, which names its manifest
     * @param generatedBefore what the execution generated in this directory before, relative to it, as its record
     *     says; besides what the manifest of {@code basePackage} lists
     * @return the session; {@link OutputSession#finish()} deletes what is no longer generated and writes the
     *     manifest
     * @throws IOException when the directory cannot be created or read
     */
    public OutputSession open(Path outputDirectory, String basePackage, Collection<String> generatedBefore)
            throws IOException {
        String manifestName = manifestName(basePackage);
        Files.createDirectories(outputDirectory);
        OutputDirectory output = new OutputDirectory(outputDirectory);
        Set<String> previous = new HashSet<>(readManifest(outputDirectory, manifestName));
        previous.addAll(generatedBefore);
        return new OutputSession(output, manifestName, previous);
    }

    /** Writes {@code content} to {@code target} unless it holds those bytes already; tells whether it wrote. */
    static boolean replace(OutputDirectory output, Path target, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return false;
        }
        output.createDirectories(target.getParent());
        Path temporary = writeTemporary(target, bytes);
        boolean moved = false;
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
        return true;
    }

    /**
     * Writes the bytes to a new file of a random name beside the target, created and written through one open (a
     * temporary file from {@link Files#createTempFile} would be created, closed and opened again).
     */
    private static Path writeTemporary(Path target, byte[] bytes) throws IOException {
        while (true) {
            Path temporary = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + TEMPORARY_SUFFIX);
            try {
                Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return temporary;
            } catch (FileAlreadyExistsException taken) {
                // another writer's temporary file by chance: draw another name
            } catch (IOException e) {
                Files.deleteIfExists(temporary);
                throw e;
            }
        }
    }

    /**
     * Deletes from a directory the SDK no longer writes to what its execution generated there: when the output
     * directory changed, the files of the old one, as the execution's record lists them. Only the files listed are
     * deleted, only inside the directory, and none that the SDK writes now (the two directories may overlap); the
     * directories this leaves empty go too, the directory itself stays.
     *
     * @param directory the directory the SDK was generated into before
     * @param generated what was generated there, relative to it: the files and the manifest
     * @param keep the files written now, absolute, which stay wherever they are
     * @return the files deleted, relative to the directory, sorted
     * @throws IOException when a file cannot be deleted
     */
    public List<String> remove(Path directory, Collection<String> generated, Set<Path> keep) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        OutputDirectory output = new OutputDirectory(directory);
        List<String> deleted = new ArrayList<>();
        for (String file : generated.stream().sorted().distinct().toList()) {
            if (!keep.contains(directory.toAbsolutePath().resolve(file).normalize()) && deleteStale(output, file)) {
                deleted.add(file);
            }
        }
        return deleted;
    }

    /** A manifest entry that leads outside the directory was never Kiln's to write, so it is not Kiln's to delete. */
    static boolean deleteStale(OutputDirectory output, String stale) throws IOException {
        Path file;
        try {
            file = output.resolve(stale);
        } catch (IOException outside) {
            return false;
        }
        if (!output.isInside(file.getParent()) || !Files.deleteIfExists(file)) {
            return false;
        }
        output.removeEmptyDirectories(file.getParent());
        return true;
    }

    /**
     * The manifest's content for a set of files: their paths, sorted, one a line.
     *
     * @param files the generated files
     * @return the manifest's text
     */
    public static String manifest(List<GeneratedFile> files) {
        return manifestOf(files.stream().map(GeneratedFile::relativePath).toList());
    }

    /** The manifest's content for a set of paths: sorted, one a line. */
    static String manifestOf(Collection<String> paths) {
        StringBuilder text = new StringBuilder();
        paths.stream().sorted().forEach(path -> text.append(path).append('\n'));
        return text.toString();
    }

    /**
     * Tells whether a directory holds a complete earlier output of the SDK for {@code basePackage}: its manifest
     * and every file the manifest lists.
     *
     * @param outputDirectory the output directory
     * @param basePackage the SDK's base package
     * @return {@code false} when the manifest or any file it lists is missing
     * @throws IOException when the manifest cannot be read
     */
    public static boolean isComplete(Path outputDirectory, String basePackage) throws IOException {
        String manifestName = manifestName(basePackage);
        if (!Files.isRegularFile(outputDirectory.resolve(manifestName))) {
            return false;
        }
        for (String path : readManifest(outputDirectory, manifestName)) {
            if (!Files.isRegularFile(outputDirectory.resolve(path))) {
                return false;
            }
        }
        return true;
    }

    static List<String> readManifest(Path outputDirectory, String manifestName) throws IOException {
        Path manifest = outputDirectory.resolve(manifestName);
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .toList();
    }
}
