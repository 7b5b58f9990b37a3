package dev.kiln.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusSpecTest {
    static final Path BENCH_MODELS = Path.of("src/main/openapi/bench-models.yaml");

    @Test
    void countsSchemasAndOperationsOfTheNamedSpecsOnly(@TempDir Path corpus) throws Exception {
        Files.copy(BENCH_MODELS, corpus.resolve("bench-models.yaml"));
        Files.writeString(
                corpus.resolve("other.json"),
                "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {}}");
        Files.writeString(corpus.resolve("notes.txt"), "not a spec");

        List<CorpusSpec> all = CorpusSpec.in(corpus, List.of());
        assertEquals(
                List.of("bench-models", "other"),
                all.stream().map(CorpusSpec::name).toList());

        CorpusSpec only = CorpusSpec.in(corpus, List.of("bench-models.yaml")).get(0);
        assertEquals(16, only.schemas());
        assertEquals(2, only.operations());
        assertEquals(Files.size(BENCH_MODELS), only.bytes());
        assertEquals("bench_models", only.packageName());
    }

    @Test
    void aNamedSpecThatIsNotThereIsAnError(@TempDir Path corpus) {
        assertThrows(IllegalArgumentException.class, () -> CorpusSpec.in(corpus, List.of("petstore.yaml")));
    }
}
