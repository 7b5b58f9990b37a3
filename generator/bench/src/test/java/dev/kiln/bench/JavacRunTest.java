package dev.kiln.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavacRunTest {
    @Test
    void readsTheErrorCountJavacPrintsLast() {
        assertEquals(1, JavacRun.errors("A.java:1: error: x\n1 error\n"));
        assertEquals(240, JavacRun.errors("...\n100 errors\nonly showing...\n240 errors\n"));
    }

    @Test
    void compilesGoodSourcesWithoutErrorsAndCountsTheErrorsOfBadOnes(@TempDir Path root) throws Exception {
        Path good = root.resolve("Good.java");
        Files.writeString(good, "class Good { int x() { return 1; } }\n");
        Path bad = root.resolve("Bad.java");
        Files.writeString(bad, "class Bad { int x() { return \"no\"; } int y() { return z; } }\n");
        assertEquals(
                0,
                JavacRun.compile(List.of(good), root.resolve("good-classes"), root.resolve("logs"))
                        .errors());
        assertEquals(true, Files.exists(root.resolve("good-classes/Good.class")));
        assertEquals(
                2,
                JavacRun.compile(List.of(bad), root.resolve("bad-classes"), root.resolve("logs"))
                        .errors());
    }
}
