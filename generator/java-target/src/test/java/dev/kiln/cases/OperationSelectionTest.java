package dev.kiln.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.emit.JavaTarget;
import dev.kiln.generate.GenerationRequest;
import dev.kiln.generate.GenerationResult;
import dev.kiln.generate.Generator;
import dev.kiln.language.GeneratedFile;
import dev.kiln.link.OperationSelection;
import dev.kiln.problems.Problem;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.SpecException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generating only some operations: the SDK has those operations and every type they reach (through fields,
 * {@code allOf} parents, union variants, parameters and the shared error body), no other, compiles, and says
 * what it left out; a selector that names no operation fails with a hint.
 */
class OperationSelectionTest {
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Shop, version: 1.0.0}
            paths:
              /pets:
                get:
                  operationId: listPets
                  tags: [pets]
                  parameters:
                    - {name: kind, in: query, schema: {$ref: '#/components/schemas/Kind'}}
                  responses:
                    '200':
                      description: The pets.
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}
                    '404':
                      description: None.
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Problem'}
              /store/orders:
                post:
                  operationId: placeOrder
                  tags: [store]
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/Order'}
                  responses:
                    '201': {description: Placed.}
              /users/{id}:
                get:
                  operationId: getUser
                  tags: [users]
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                  responses:
                    '200':
                      description: The user.
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/User'}
            components:
              schemas:
                Animal:
                  type: object
                  properties:
                    name: {type: string}
                Pet:
                  allOf:
                    - $ref: '#/components/schemas/Animal'
                    - type: object
                      properties:
                        owner: {$ref: '#/components/schemas/Owner'}
                        toy: {$ref: '#/components/schemas/Toy'}
                Owner:
                  type: object
                  properties:
                    since: {type: string, format: date}
                Toy:
                  oneOf:
                    - $ref: '#/components/schemas/Ball'
                    - type: string
                Ball:
                  type: object
                  properties:
                    size: {type: integer}
                Kind:
                  type: string
                  enum: [cat, dog]
                Problem:
                  type: object
                  properties:
                    message: {type: string}
                Order:
                  type: object
                  properties:
                    pets: {type: array, items: {$ref: '#/components/schemas/Pet'}}
                User:
                  type: object
                  properties:
                    orders: {type: array, items: {$ref: '#/components/schemas/Order'}}
            """;

    @TempDir
    Path folder;

    @Test
    void onlyTheSelectedOperationsAndTheTypesTheyReachAreGenerated() throws IOException {
        GenerationResult result = generate(OperationSelection.parse(List.of("tag:pets"), List.of()));

        assertEquals(
                List.of("Animal", "Ball", "Kind", "ListPetsParams", "Owner", "Pet", "Problem", "Toy"),
                result.files().stream()
                        .map(GeneratedFile::relativePath)
                        .filter(path -> path.startsWith("com/example/shop/models/"))
                        .map(path -> path.substring("com/example/shop/models/".length())
                                .replace(".java", ""))
                        .sorted()
                        .toList());
        assertEquals(
                List.of("PetsService.java"),
                result.files().stream()
                        .map(GeneratedFile::relativePath)
                        .filter(path -> path.startsWith("com/example/shop/services/") && path.endsWith("Service.java"))
                        .map(path -> path.substring("com/example/shop/services/".length()))
                        .toList());
        assertEquals(List.of("placeOrder", "getUser"), result.api().leftOut().operations());
        assertEquals(List.of("Order", "User"), result.api().leftOut().types());
        List<String> problems = SdkCompiler.compile(result.files(), Files.createDirectories(folder.resolve("classes")));
        assertTrue(problems.isEmpty(), SdkCompiler.describe(problems));
    }

    @Test
    void excludedOperationsAreLeftOutEvenWhenIncluded() throws IOException {
        GenerationResult result =
                generate(OperationSelection.parse(List.of("path:/**"), List.of("tag:users", "id:listPets")));

        assertEquals(List.of("listPets", "getUser"), result.api().leftOut().operations());
        assertEquals(List.of("Kind", "Problem", "User"), result.api().leftOut().types());
        assertTrue(result.files().stream().anyMatch(file -> file.relativePath().endsWith("models/Order.java")));
    }

    @Test
    void everyOperationIsGeneratedWithoutASelection() throws IOException {
        GenerationResult result = generate(OperationSelection.ALL);

        assertTrue(result.api().leftOut().isEmpty());
        assertEquals(9, result.api().types().size());
    }

    @Test
    void aSelectorThatNamesNoOperationFailsWithTheClosestName() throws IOException {
        SpecException e = assertThrows(
                SpecException.class,
                () -> generate(OperationSelection.parse(List.of("tag:pet", "id:nothingLikeIt"), List.of())));

        List<Problem> problems = e.problems().stream()
                .filter(problem -> problem.kind() == ProblemKind.SELECTOR_MATCHES_NOTHING)
                .toList();
        assertEquals(2, problems.size(), e.getMessage());
        assertTrue(
                problems.get(0).format().contains("'tag:pet' names no operation"),
                problems.get(0).format());
        assertTrue(
                problems.get(0).format().contains("did you mean 'tag:pets'?"),
                problems.get(0).format());
        assertTrue(problems.get(1).format().contains("#/paths"), problems.get(1).format());
    }

    private GenerationResult generate(OperationSelection selection) throws IOException {
        Path spec = Files.writeString(folder.resolve("shop.yaml"), SPEC);
        return new Generator(new JavaTarget())
                .generate(GenerationRequest.builder(spec, "shop.yaml", "com.example.shop")
                        .clientName("Shop")
                        .maxDroppedPercent(5)
                        .operations(selection)
                        .build());
    }
}
