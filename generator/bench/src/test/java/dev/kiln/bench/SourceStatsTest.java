package dev.kiln.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceStatsTest {
    @Test
    void javadocLinesRunFromTheOpeningToTheClosingLine() {
        List<String> file = List.of(
                "package a;",
                "/**",
                " * A class.",
                " */",
                "final class A {",
                "    /** One line. */",
                "    int x;",
                "    /* a block comment, not Javadoc */",
                "    /**/ int y;",
                "    /** Opens here",
                "     * and closes here. */ int z;",
                "}");
        assertEquals(6, SourceStats.javadocLines(file));
    }

    @Test
    void countsJavaFilesAndTheirLinesUnderADirectory(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("a/b"));
        Files.writeString(root.resolve("a/One.java"), "/** Doc. */\nclass One {}\n");
        Files.writeString(root.resolve("a/b/Two.java"), "class Two {\n}\n\n");
        Files.writeString(root.resolve("a/readme.txt"), "not java\n");
        SourceStats stats = SourceStats.of(root);
        assertEquals(2, stats.files().size());
        assertEquals(5, stats.lines());
        assertEquals(1, stats.javadocLines());
        assertEquals(0.2, stats.javadocShare(), 1e-9);
    }

    @Test
    void aMissingDirectoryHasNoSources(@TempDir Path root) throws Exception {
        assertEquals(0, SourceStats.of(root.resolve("absent")).lines());
    }
}
