package dev.kiln.emit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.generate.GenerationRequest;
import dev.kiln.generate.GenerationResult;
import dev.kiln.generate.Generator;
import dev.kiln.language.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated client sends the idempotency header the API names by default: the {@code idempotencyHeader}
 * setting, else the header an operation of the spec declares for a key, else none. (Which header the API names is the
 * core's {@code IdempotencyHeaderTest}'s.)
 */
class ClientIdempotencyHeaderTest {
    private static final String CLIENT = "com/example/charges/Charges.java";

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
        return new Generator(new JavaTarget())
                .generate(GenerationRequest.builder(spec, "charges.yaml", "com.example.charges")
                        .clientName("Charges")
                        .maxDroppedPercent(5)
                        .idempotencyHeader(setting)
                        .build());
    }

    private static String client(GenerationResult result) {
        return result.files().stream()
                .filter(file -> file.relativePath().equals(CLIENT))
                .map(GeneratedFile::content)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theHeaderAnOperationDeclaresForAKeyIsTheClientsDefault() throws IOException {
        GenerationResult result = generate(spec("X-Idempotency-Key"), Optional.empty());

        assertTrue(client(result).contains(".idempotencyHeader(\"X-Idempotency-Key\")"), client(result));
    }

    @Test
    void theSettingWinsOverTheSpec() throws IOException {
        GenerationResult result = generate(spec("X-Idempotency-Key"), Optional.of("Idempotency-Key"));

        assertTrue(client(result).contains(".idempotencyHeader(\"Idempotency-Key\")"));
        assertFalse(client(result).contains(".idempotencyHeader(\"X-Idempotency-Key\")"));
    }

    @Test
    void withoutSettingOrHeaderTheClientSendsNoKey() throws IOException {
        GenerationResult withOtherHeader = generate(spec("X-Trace-Id"), Optional.empty());
        GenerationResult withoutHeader = new Generator(new JavaTarget())
                .generate(GenerationRequest.builder(spec(null), "charges.yaml", "com.example.charges")
                        .clientName("Charges")
                        .build());

        assertFalse(client(withOtherHeader).contains(".idempotencyHeader(\""));
        assertFalse(client(withoutHeader).contains(".idempotencyHeader(\""));
    }
}
