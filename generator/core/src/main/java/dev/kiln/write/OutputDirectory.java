package dev.kiln.write;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The one directory Kiln writes an SDK into, and the check that every file it writes or deletes is inside it: a
 * relative path may not climb out ({@code ../../x}) nor be absolute, and the directories on its way may not be
 * symbolic links that lead elsewhere. The directory itself may be a link: its target is the directory.
 */
final class OutputDirectory {
    private final Path root;
    private final Path realRoot;

    /**
     * Directories found to exist and to lie inside this one, links resolved: an SDK writes many files into each of its
     * few directories, and each is resolved once. A directory removed here leaves the set.
     */
    private final Set<Path> checked = new HashSet<>();

    /**
     * Opens an existing directory.
     *
     * @param directory the directory, or a link to it
     * @throws IOException when it does not exist or cannot be resolved
     */
    OutputDirectory(Path directory) throws IOException {
        this.root = directory.toAbsolutePath().normalize();
        this.realRoot = directory.toRealPath();
    }

    /**
     * Returns where a file of the SDK goes.
     *
     * @param relativePath the file's path inside the directory, with {@code /} between names
     * @return the file's path
     * @throws IOException when the path is empty, absolute, climbs out of the directory, or goes through a
     *     symbolic link to somewhere else
     */
    Path resolve(String relativePath) throws IOException {
        if (relativePath.isEmpty()
                || relativePath.startsWith("/")
                || relativePath.contains("\\")
                || relativePath.contains(":")
                || Path.of(relativePath).isAbsolute()) {
            throw outside(relativePath);
        }
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw outside(relativePath);
        }
        if (!isInside(file.getParent())) {
            throw outside(relativePath);
        }
        return file;
    }

    /**
     * Tells whether a directory, or the part of it that exists, really lies inside this one, links resolved.
     *
     * @param directory a directory inside this one by name
     * @return false when a symbolic link on its way leads elsewhere
     * @throws IOException when an existing part cannot be resolved
     */
    boolean isInside(Path directory) throws IOException {
        if (checked.contains(directory)) {
            return true;
        }
        Path existing = directory;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        boolean inside = existing != null && existing.toRealPath().startsWith(realRoot);
        if (inside && existing.equals(directory)) {
            checked.add(directory);
        }
        return inside;
    }

    /**
     * Creates a directory inside this one, and the directories on its way.
     *
     * @param directory the directory
     * @throws IOException when it would lie outside, or cannot be created
     */
    void createDirectories(Path directory) throws IOException {
        if (checked.contains(directory)) {
            return;
        }
        if (!isInside(directory)) {
            throw outside(root.relativize(directory).toString());
        }
        Files.createDirectories(directory);
    }

    /**
     * Removes a directory inside this one when it is empty, and each directory above it that this leaves empty; this
     * directory itself stays.
     *
     * @param directory a directory inside this one, whose file was just deleted
     * @throws IOException when an empty directory cannot be removed
     */
    void removeEmptyDirectories(Path directory) throws IOException {
        for (Path empty = directory;
                empty != null && empty.startsWith(root) && !empty.equals(root) && isEmptyDirectory(empty);
                empty = empty.getParent()) {
            Files.delete(empty);
            checked.remove(empty);
        }
    }

    private static boolean isEmptyDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            return !entries.iterator().hasNext();
        }
    }

    private IOException outside(String relativePath) {
        return new IOException("refusing to write '" + relativePath + "' outside the output directory " + root
                + " (a generated file's path must stay inside it, and no link inside it may lead elsewhere)");
    }
}
