package dev.kiln.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The files of one SDK, added one at a time, and the check that no file's path runs through another's (a file
 * {@code a/b} and a file {@code a/b/c} cannot both be written).
 */
final class PathConflicts {
    private final Set<Path> files = new HashSet<>();
    private final Set<Path> directories = new HashSet<>();

    /**
     * Adds a file.
     *
     * @param target the file's path
     * @throws IOException when another file goes inside it, or it goes inside another file
     */
    void add(Path target) throws IOException {
        if (directories.contains(target)) {
            throw new IOException("cannot write " + target + ": another generated file goes inside it");
        }
        for (Path directory = target.getParent(); directory != null; directory = directory.getParent()) {
            if (files.contains(directory)) {
                throw new IOException("cannot write " + directory + ": another generated file goes inside it");
            }
        }
        files.add(target);
        for (Path directory = target.getParent(); directory != null && directories.add(directory); ) {
            directory = directory.getParent();
        }
    }
}
