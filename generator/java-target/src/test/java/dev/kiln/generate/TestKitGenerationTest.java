package dev.kiln.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.emit.JavaTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test kit is written into its own directory when the request asks for it, and checked like the SDK. */
class TestKitGenerationTest {
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Pets, version: 1.0.0}
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    '204': {description: None.}
            """;

    @TempDir
    Path folder;

    private final Generation generation = new Generation(
            new GenerationLog() {
                @Override
                public void info(String message) {}

                @Override
                public void warn(String message) {}

                @Override
                public void error(String message) {}
            },
            new OptionNames("--fail", "--check"),
            new JavaTarget());

    private GenerationRequest request(boolean testKit) throws Exception {
        Path spec = folder.resolve("pets.yaml");
        Files.writeString(spec, SPEC);
        return GenerationRequest.builder(spec, "pets.yaml", "com.example.pets")
                .clientName("Pets")
                .maxDroppedPercent(5)
                .testKit(testKit)
                .build();
    }

    private OutputSettings output() {
        return new OutputSettings(
                folder.resolve("out"),
                folder.resolve("state/pets.fingerprint"),
                Optional.empty(),
                false,
                false,
                Optional.of(folder.resolve("test-kit")));
    }

    @Test
    void theTestKitGoesIntoItsDirectoryWhenAskedFor() throws Exception {
        generation.generate(request(true), output());

        Path testing = folder.resolve("test-kit/com/example/pets/testing");
        assertTrue(Files.isRegularFile(testing.resolve("PetsFakes.java")));
        assertTrue(Files.isRegularFile(testing.resolve("FakeTransport.java")));
        assertTrue(Files.isRegularFile(testing.resolve("CassetteExtension.java")));
        assertTrue(Files.readString(testing.resolve("FakeTransport.java")).contains("import com.example.pets.core."));
        assertFalse(Files.exists(folder.resolve("out/com/example/pets/testing")), "nothing of it in the SDK");
    }

    @Test
    void withoutTheSettingNoTestKitIsWritten() throws Exception {
        generation.generate(request(false), output());

        assertTrue(Files.isRegularFile(folder.resolve("out/com/example/pets/Pets.java")));
        assertFalse(Files.exists(folder.resolve("test-kit")));
    }

    @Test
    void aDeletedTestKitFileIsWrittenAgainAndAStaleOneFailsTheCheck() throws Exception {
        generation.generate(request(true), output());
        Path fakes = folder.resolve("test-kit/com/example/pets/testing/PetsFakes.java");
        Files.delete(fakes);

        assertInstanceOf(GenerateOutcome.Written.class, generation.generate(request(true), output()));
        assertTrue(Files.isRegularFile(fakes));

        Files.writeString(fakes, "// edited");
        GenerationFailure stale = assertThrows(
                GenerationFailure.class,
                () -> generation.check(
                        request(true), folder.resolve("out"), Optional.of(folder.resolve("test-kit")), "regenerate"));
        assertTrue(stale.getMessage().contains("PetsFakes.java"), stale.getMessage());
        assertEquals(GenerationFailure.Reason.STALE_OUTPUT, stale.reason(), "the edited test kit is stale output");
    }
}
