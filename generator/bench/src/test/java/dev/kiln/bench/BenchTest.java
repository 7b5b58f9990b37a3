package dev.kiln.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchTest {
    @Test
    void withoutTheCorpusTheBenchSaysSoAndStillWritesItsReport(@TempDir Path root) throws Exception {
        Path report = root.resolve("bench-report.md");
        Bench.run(BenchSettings.from(Map.of(
                "bench.corpus", root.resolve("no-corpus-here").toString(),
                "bench.sections", "generation,noop",
                "bench.work", root.resolve("work").toString(),
                "bench.report", report.toString())::get));
        String text = Files.readString(report);
        assertTrue(text.contains("The corpus is not beside this checkout"), text);
        assertTrue(text.contains("- machine: ") && text.contains(" cores, "), text);
        assertTrue(text.contains("- command: `mvn -B -Pbench -pl :kiln-bench -am verify"), text);
        assertTrue(!text.contains("## Generation"), text);
    }

    @Test
    void aSmallCorpusGetsEveryCorpusSection(@TempDir Path root) throws Exception {
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        Files.copy(CorpusSpecTest.BENCH_MODELS, corpus.resolve("bench-models.yaml"));
        Path report = root.resolve("bench-report.md");
        Bench.run(BenchSettings.from(Map.of(
                "bench.corpus",
                corpus.toString(),
                "bench.sections",
                "generation,size,noop",
                "bench.warmup",
                "0",
                "bench.warmup.most",
                "0",
                "bench.runs",
                "1",
                "bench.work",
                root.resolve("work").toString(),
                "bench.report",
                report.toString())::get));
        String text = Files.readString(report);
        assertTrue(text.contains("## Generation in one warm JVM"), text);
        assertTrue(text.contains("## Generated code and javac"), text);
        assertTrue(text.contains("## No-op rebuild over kiln.skip"), text);
        assertTrue(text.contains("| bench-models.yaml |"), text);
        assertTrue(!text.contains("## One cold run"), "a section not asked for is left out");
    }
}
