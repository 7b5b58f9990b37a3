package dev.kiln.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SerialPhasesTest {
    @Test
    void loadsAndLinksTheSpecEachTimedRunAndReportsBoth(@TempDir Path corpus) throws Exception {
        Files.copy(CorpusSpecTest.BENCH_MODELS, corpus.resolve("bench-models.yaml"));
        CorpusSpec spec = CorpusSpec.in(corpus, List.of()).get(0);

        SerialPhases.Row row = new SerialPhases(1, 3).measure(spec);

        assertEquals(3, row.runs());
        assertTrue(row.loadBytes() > 0 && row.linkBytes() > 0, "a load and a link allocate: " + row);
        String markdown = SerialPhases.markdown(List.of(row));
        assertTrue(markdown.contains("| bench-models.yaml | "), markdown);
        assertEquals(3, markdown.lines().count(), "a header, its rule and one row: " + markdown);
    }
}
