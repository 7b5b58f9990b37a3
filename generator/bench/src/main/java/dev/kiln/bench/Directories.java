package dev.kiln.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Fresh output directories for each run, so no contender profits from files a previous run left. */
final class Directories {
    private Directories() {}

    /** Deletes the directory with everything in it, if it exists, and creates it empty. */
    static Path fresh(Path directory) throws IOException {
        delete(directory);
        return Files.createDirectories(directory);
    }

    static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
