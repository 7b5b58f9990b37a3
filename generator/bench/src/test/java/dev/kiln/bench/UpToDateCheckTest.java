package dev.kiln.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpToDateCheckTest {
    @Test
    void anUnchangedSpecIsUpToDateAndAChangedSpecOrAMissingFileIsNot(@TempDir Path root) throws Exception {
        Path specFile = root.resolve("corpus/bench-models.yaml");
        Files.createDirectories(specFile.getParent());
        Files.copy(CorpusSpecTest.BENCH_MODELS, specFile);
        Path output = root.resolve("out");
        Path fingerprint = root.resolve("kiln/default.fingerprint");
        UpToDateCheck check = new UpToDateCheck(specFile, output, fingerprint);
        assertFalse(check.isUpToDate(), "nothing generated yet");

        check.generate();
        assertTrue(check.isUpToDate());

        Files.writeString(specFile, Files.readString(specFile).replace("title: Bench models", "title: Bench models 2"));
        assertFalse(check.isUpToDate(), "the spec changed");
    }

    @Test
    void theNoOpRebuildTouchesNoFile(@TempDir Path root) throws Exception {
        Path corpus = root.resolve("corpus");
        Files.createDirectories(corpus);
        Files.copy(CorpusSpecTest.BENCH_MODELS, corpus.resolve("bench-models.yaml"));
        CorpusSpec spec = CorpusSpec.in(corpus, List.of()).get(0);
        NoOpRebuild.Row row = new NoOpRebuild(0, 3, root.resolve("work")).measure(spec);
        assertEquals(0, row.filesTouched());
        assertEquals(3, row.runs());
        assertTrue(row.firstCheckMillis() > 0, "the fresh JVM reported its first check");
    }
}
