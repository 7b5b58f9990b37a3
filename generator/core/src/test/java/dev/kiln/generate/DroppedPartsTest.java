package dev.kiln.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.ir.Operation;
import dev.kiln.ir.Returns;
import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeRef;
import dev.kiln.language.PlainTarget;
import dev.kiln.problems.Problem;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.SourceLocation;
import dev.kiln.problems.SpecException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No operation loses a parameter, body or answer in silence: each loss is a {@code KILN-DROPPED} warning naming the
 * operation, what it lost and where the spec writes it; and when more than the allowed share of operations lose
 * something, the generation fails unless the user allows it.
 */
class DroppedPartsTest {
    private static final String HEAD = """
            openapi: 3.0.3
            info:
              title: Notes
              version: 1.0.0
            paths:
            """;

    @TempDir
    Path folder;

    @Test
    void eachLossIsReportedWhereTheSpecWritesIt() throws IOException {
        Path spec = write(HEAD + """
                  /notes/{id}:
                    put:
                      operationId: putNote
                      parameters:
                        - name: id
                          in: path
                          required: true
                          schema: {type: string}
                        - name: version
                          in: path
                          schema: {type: string}
                      requestBody:
                        content:
                          text/plain:
                            schema: {type: string}
                      responses:
                        '204':
                          description: Stored.
                """);

        GenerationResult result = generate(spec, 100);

        List<Problem> dropped = result.warnings().stream()
                .filter(p -> p.kind() == ProblemKind.DROPPED)
                .toList();
        assertEquals(
                List.of(
                        "[KILN-DROPPED] 'putNote' is generated without the path parameter 'version': the path /notes/{id} "
                                + "has no {version} at #/paths/~1notes~1{id}/put/parameters/1 (notes.yaml:14); name it in "
                                + "the path, or make it a query or header parameter",
                        "[KILN-DROPPED] 'putNote' is generated without its request body: bodies of type text/plain are not "
                                + "supported at #/paths/~1notes~1{id}/put/requestBody (notes.yaml:17); describe it as JSON, "
                                + "multipart/form-data or application/x-www-form-urlencoded, or give its schema format: "
                                + "binary, to get one"),
                dropped.stream().map(Problem::format).toList());
    }

    @Test
    void moreThanTheAllowedShareOfOperationsLosingSomethingFailsTheGeneration() throws IOException {
        Path spec = write(operations(20, 2));

        SpecException failure =
                assertThrows(SpecException.class, () -> generate(spec, GenerationRequest.DEFAULT_MAX_DROPPED_PERCENT));

        List<Problem> errors =
                failure.problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(ProblemKind.TOO_MUCH_DROPPED, errors.get(0).kind());
        assertEquals(
                "2 of 20 operations (10.0%) would be generated without part of what the spec says, more than the 5% allowed",
                errors.get(0).message());
        assertTrue(errors.get(0).hint().orElseThrow().contains("-Dkiln.maxDroppedPercent=100"));
        assertEquals(
                2,
                failure.problems().stream()
                        .filter(p -> p.kind() == ProblemKind.DROPPED)
                        .count(),
                "the failure lists what was dropped too");
    }

    @Test
    void upToTheAllowedShareGeneratesWithWarnings() throws IOException {
        GenerationResult result = generate(write(operations(20, 1)), GenerationRequest.DEFAULT_MAX_DROPPED_PERCENT);

        assertEquals(
                1,
                result.warnings().stream()
                        .filter(p -> p.kind() == ProblemKind.DROPPED)
                        .count());
    }

    @Test
    void theUserCanAllowAnyShare() throws IOException {
        GenerationResult result = generate(write(operations(4, 4)), 100);

        assertEquals(
                4,
                result.warnings().stream()
                        .filter(p -> p.kind() == ProblemKind.DROPPED)
                        .count());
    }

    @Test
    void anOperationWithOnlyADefaultAnswerGivesItBack() throws IOException {
        Path spec = write(HEAD + """
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
                """);

        GenerationResult result = generate(spec, GenerationRequest.DEFAULT_MAX_DROPPED_PERCENT);

        assertEquals("NotesService", result.api().services().get(0).typeName());
        Operation list = result.api().services().get(0).operations().get(0);
        assertEquals("list", list.methodName());
        assertEquals(new Returns.Json(TypeRef.named(TypeId.topLevel("Note"))), list.returns());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void aJsonBodyWithoutASchemaTakesAnyJsonAsAJsonAnswerWithoutOneGivesIt() throws IOException {
        Path spec = write(HEAD + """
                  /notes:
                    post:
                      operationId: postNote
                      requestBody:
                        required: true
                        content:
                          text/plain: {}
                          application/json:
                            examples:
                              note: {value: {text: hello}}
                      responses:
                        '200':
                          description: The note stored.
                          content:
                            application/json: {}
                  /drafts:
                    post:
                      operationId: postDraft
                      requestBody:
                        content:
                          multipart/form-data: {}
                      responses:
                        '204':
                          description: Stored.
                """);

        GenerationResult result = generate(spec, 100);

        Operation post = result.api().services().stream()
                .flatMap(service -> service.operations().stream())
                .filter(operation -> operation.operationId().equals("postNote"))
                .findFirst()
                .orElseThrow();
        assertEquals(new TypeRef.AnyJson(), post.body().orElseThrow().type());
        assertTrue(post.body().orElseThrow().required());
        assertEquals(new Returns.Json(new TypeRef.AnyJson()), post.returns());
        // a form without a schema has no fields to send: that one is still reported
        assertEquals(
                List.of("'postDraft' is generated without its request body: bodies of type multipart/form-data are not "
                        + "supported"),
                result.warnings().stream()
                        .filter(p -> p.kind() == ProblemKind.DROPPED)
                        .map(Problem::message)
                        .toList());
    }

    @Test
    void aReferenceToAParameterThatDoesNotExistIsAnErrorNotALoss() throws IOException {
        Path spec = write(HEAD + """
                  /notes:
                    get:
                      operationId: listNotes
                      parameters:
                        - $ref: '#/components/parameters/limt'
                      responses:
                        '204':
                          description: Nothing.
                components:
                  parameters:
                    limit:
                      name: limit
                      in: query
                      schema: {type: integer}
                """);

        SpecException failure = assertThrows(SpecException.class, () -> generate(spec, 100));

        Problem problem = failure.problems().get(0);
        assertEquals(ProblemKind.UNRESOLVED_REF, problem.kind());
        assertEquals(new SourceLocation("notes.yaml", 10), problem.location());
        assertEquals(Optional.of("did you mean 'limit'?"), problem.hint());
    }

    /** {@code count} operations, the first {@code losing} of which have a body Kiln cannot send. */
    private static String operations(int count, int losing) {
        return HEAD
                + IntStream.range(0, count)
                        .mapToObj(i -> """
                  /notes%d:
                    post:
                      operationId: postNote%d
                      requestBody:
                        content:
                          %s:
                            schema: {type: string}
                      responses:
                        '204':
                          description: Stored.
                """.formatted(i, i, i < losing ? "text/plain" : "application/json"))
                        .collect(Collectors.joining());
    }

    private GenerationResult generate(Path spec, int maxDroppedPercent) {
        return new Generator(new PlainTarget())
                .generate(GenerationRequest.builder(spec, "notes.yaml", "com.example.notes")
                        .clientName("Notes")
                        .maxDroppedPercent(maxDroppedPercent)
                        .build());
    }

    private Path write(String content) throws IOException {
        return Files.writeString(folder.resolve("notes.yaml"), content, StandardCharsets.UTF_8);
    }
}
