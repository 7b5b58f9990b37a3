package dev.kiln.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.language.PlainTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The idempotency header the API names for its client: the {@code idempotencyHeader} setting, else the header an
 * operation of the spec declares for a key, else none, so that a spec and settings without one generate what they
 * always did. (What the Java client makes of it is {@code ClientIdempotencyHeaderTest}'s.)
 */
class IdempotencyHeaderTest {
    @TempDir
    Path folder;

    private Path spec(String headerParameter) throws IOException {
        String parameters = headerParameter == null ? "" : """
                      parameters:
                        - name: %s
                          in: header
                          schema: {type: string}
                """.formatted(headerParameter);
        Path spec = folder.resolve("charges.yaml");
        Files.writeString(spec, """
                openapi: 3.0.3
                info:
                  title: Charges
                  version: 1.0.0
                paths:
                  /charges:
                    post:
                      operationId: createCharge
                %s      responses:
                        '204':
                          description: Made.
                """.formatted(parameters), StandardCharsets.UTF_8);
        return spec;
    }

    private static GenerationResult generate(Path spec, Optional<String> setting) {
        return new Generator(new PlainTarget())
                .generate(GenerationRequest.builder(spec, "charges.yaml", "com.example.charges")
                        .clientName("Charges")
                        .maxDroppedPercent(5)
                        .idempotencyHeader(setting)
                        .build());
    }

    @Test
    void theHeaderAnOperationDeclaresForAKeyIsTheDefault() throws IOException {
        GenerationResult result = generate(spec("X-Idempotency-Key"), Optional.empty());

        assertEquals(Optional.of("X-Idempotency-Key"), result.api().idempotencyHeader());
    }

    @Test
    void theSettingWinsOverTheSpec() throws IOException {
        GenerationResult result = generate(spec("X-Idempotency-Key"), Optional.of("Idempotency-Key"));

        assertEquals(Optional.of("Idempotency-Key"), result.api().idempotencyHeader());
    }

    @Test
    void withoutSettingOrHeaderThereIsNone() throws IOException {
        GenerationResult withOtherHeader = generate(spec("X-Trace-Id"), Optional.empty());
        GenerationResult withoutHeader = new Generator(new PlainTarget())
                .generate(GenerationRequest.builder(spec(null), "charges.yaml", "com.example.charges")
                        .clientName("Charges")
                        .build());

        assertEquals(Optional.empty(), withOtherHeader.api().idempotencyHeader());
        assertEquals(Optional.empty(), withoutHeader.api().idempotencyHeader());
    }

    @Test
    void aSettingThatIsNoHeaderNameIsRefused() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> GenerationRequest.builder(folder.resolve("x.yaml"), "x.yaml", "com.example")
                        .maxDroppedPercent(5)
                        .idempotencyHeader(Optional.of("Idempotency Key"))
                        .build());

        assertTrue(e.getMessage().contains("idempotencyHeader"), e.getMessage());
    }
}
