package dev.kiln.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.generate.GenerationRequest;
import dev.kiln.generate.GenerationResult;
import dev.kiln.generate.Generator;
import dev.kiln.language.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operation that lists only a default answer returns it: the service method is typed by the answer's body. */
class DefaultAnswerTest {
    @TempDir
    Path folder;

    @Test
    void anOperationWithOnlyADefaultAnswerGivesItBack() throws IOException {
        Path spec = Files.writeString(folder.resolve("notes.yaml"), """
                openapi: 3.0.3
                info:
                  title: Notes
                  version: 1.0.0
                paths:
                  /notes:
                    get:
                      operationId: listNotes
                      tags: [Notes]
                      responses:
                        default:
                          description: The notes, or what went wrong.
                          content:
                            application/json:
                              schema:
                                $ref: '#/components/schemas/Note'
                components:
                  schemas:
                    Note:
                      type: object
                      properties:
                        text: {type: string}
                """, StandardCharsets.UTF_8);

        GenerationResult result = new Generator(new JavaTarget())
                .generate(GenerationRequest.builder(spec, "notes.yaml", "com.example.notes")
                        .clientName("Notes")
                        .build());

        String service = result.files().stream()
                .filter(file -> file.relativePath().endsWith("services/NotesService.java"))
                .map(GeneratedFile::content)
                .findFirst()
                .orElseThrow();
        assertTrue(service.contains("    Note list(RequestOptions requestOptions);"), service);
        assertEquals(List.of(), result.warnings());
    }
}
