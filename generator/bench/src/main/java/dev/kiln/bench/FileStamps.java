package dev.kiln.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every file under a directory with its size and last-modified time, to tell whether a run touched any. */
final class FileStamps {
    private FileStamps() {}

    static Map<String, String> of(Path root) throws IOException {
        Map<String, String> stamps = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                stamps.put(
                        root.relativize(file).toString(),
                        Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis() + "/"
                                + Files.getLastModifiedTime(file).toInstant().getNano());
            }
        }
        return stamps;
    }

    /** How many files differ, appeared or disappeared between two stamps. */
    static int changed(Map<String, String> before, Map<String, String> after) {
        int changed = 0;
        for (Map.Entry<String, String> entry : before.entrySet()) {
            if (!entry.getValue().equals(after.get(entry.getKey()))) {
                changed++;
            }
        }
        for (String file : after.keySet()) {
            if (!before.containsKey(file)) {
                changed++;
            }
        }
        return changed;
    }
}
