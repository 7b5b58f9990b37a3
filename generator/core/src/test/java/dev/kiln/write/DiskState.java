package dev.kiln.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What a folder holds on disk, for tests that prove a failed generation left it exactly as it was. */
public final class DiskState {
    private DiskState() {}

    /**
     * Every file below {@code root} with its text, by relative path: what two generations wrote, to compare.
     *
     * @param root the folder
     * @return each file's relative path with its text, in path order
     * @throws IOException when the folder cannot be read
     */
    public static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), Files.readString(path));
            }
        }
        return files;
    }

    /**
     * Every file and folder below {@code root}, with its bytes (as Latin-1, one char a byte) and its mtime.
     *
     * @param root the folder
     * @return each entry's relative path with its mtime and content, in path order
     * @throws IOException when the folder cannot be read
     */
    public static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted().toList()) {
                String content = Files.isDirectory(path)
                        ? "<folder>"
                        : new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
                entries.put(root.relativize(path).toString(), Files.getLastModifiedTime(path) + " " + content);
            }
        }
        return entries;
    }

    /**
     * The names directly in a folder, sorted.
     *
     * @param directory the folder
     * @return its entries' names
     * @throws IOException when the folder cannot be read
     */
    public static List<String> entries(Path directory) throws IOException {
        try (Stream<Path> children = Files.list(directory)) {
            return children.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
