package dev.kiln;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No class in the generator's main sources is over {@value #MAX_LINES} lines: every {@code src/main/java} file of
 * every module beside this one ({@code generator/*}) is counted, so a class grown too long in any module fails here.
 */
class ClassSizeTest {
    private static final int MAX_LINES = 500;
    private static final Path MODULES = Path.of("..");

    @Test
    void noMainClassIsOverTheLimit() {
        Map<String, Integer> sizes = mainSourceSizes();
        assertTrue(sizes.containsKey("core/src/main/java/dev/kiln/generate/Generator.java"), sizes::toString);

        Map<String, Integer> over = new TreeMap<>();
        sizes.forEach((file, lines) -> {
            if (lines > MAX_LINES) {
                over.put(file, lines);
            }
        });
        assertEquals(Map.of(), over, "classes over " + MAX_LINES + " lines: split them");
    }

    /** The line count of every main Java file of every module, by its path below {@code generator/}. */
    private static Map<String, Integer> mainSourceSizes() {
        Map<String, Integer> sizes = new TreeMap<>();
        try (Stream<Path> modules = Files.list(MODULES)) {
            for (Path module : modules.toList()) {
                Path sources = module.resolve("src/main/java");
                if (!Files.isDirectory(sources)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(sources)) {
                    for (Path file :
                            files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        sizes.put(MODULES.relativize(file).toString().replace('\\', '/'), lines(file));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sizes;
    }

    private static int lines(Path file) {
        try {
            return Files.readAllLines(file).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
