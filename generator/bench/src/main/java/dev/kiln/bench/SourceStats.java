package dev.kiln.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The size of a tree of Java sources: files, lines, and lines that belong to a Javadoc comment ({@code /**} to
 * its closing {@code *}{@code /}, both lines included).
 *
 * @param files the {@code .java} files
 * @param lines their lines
 * @param javadocLines lines within Javadoc comments
 */
record SourceStats(List<Path> files, long lines, long javadocLines) {

    double javadocShare() {
        return lines == 0 ? 0 : (double) javadocLines / lines;
    }

    static SourceStats of(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return new SourceStats(List.of(), 0, 0);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        long lines = 0;
        long javadoc = 0;
        for (Path file : files) {
            List<String> content = Files.readAllLines(file, StandardCharsets.UTF_8);
            lines += content.size();
            javadoc += javadocLines(content);
        }
        return new SourceStats(files, lines, javadoc);
    }

    /** Lines of Javadoc in one file; a comment opened by {@code /**} runs to the first {@code *}{@code /} after it. */
    static long javadocLines(List<String> lines) {
        long count = 0;
        boolean inside = false;
        for (String line : lines) {
            String text = line.strip();
            if (!inside && text.startsWith("/**") && !text.startsWith("/**/")) {
                inside = true;
            }
            if (inside) {
                count++;
                int opening = text.startsWith("/**") ? 3 : 0;
                if (text.indexOf("*/", opening) >= 0) {
                    inside = false;
                }
            }
        }
        return count;
    }
}
