package dev.kiln.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.emit.JavaTarget;
import dev.kiln.ir.Service;
import dev.kiln.link.NameOverrides;
import dev.kiln.problems.Problem;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.SpecException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Name overrides: what they rename, and the errors for one that names nothing or makes two names one. */
class NameOverridesTest {
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Shop, version: '1'}
            paths:
              /compute/clusters:
                get:
                  operationId: GPUClusterService_List
                  tags: [GPUClusterService]
                  responses: {'204': {description: ok}}
                post:
                  operationId: GPUClusterService_Create
                  tags: [GPUClusterService]
                  responses: {'204': {description: ok}}
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    name: {type: string}
            """;

    @TempDir
    Path directory;

    @Test
    void anOperationMovesToTheResourcesItsNameSays() throws IOException {
        GenerationResult result = generate(List.of("id:GPUClusterService_List=clusters.all"));

        List<Service> services = result.api().services();
        assertEquals(
                List.of("clusters", "gpuCluster"),
                services.stream().map(Service::accessorName).toList());
        assertEquals("all", services.get(0).operations().get(0).methodName());
        assertEquals("create", services.get(1).operations().get(0).methodName());
    }

    @Test
    void anOverrideThatNamesNothingFailsWithTheClosestName() {
        SpecException failure =
                assertThrows(SpecException.class, () -> generate(List.of("id:GPUClusterService_Lst=clusters.list")));

        Problem problem = only(failure, ProblemKind.NAME_MATCHES_NOTHING);
        assertTrue(problem.message().contains("'id:GPUClusterService_Lst=clusters.list'"), problem.message());
        assertEquals(Optional.of("did you mean 'id:GPUClusterService_List'?"), problem.hint());
    }

    @Test
    void aPropertyOverrideThatNamesNothingFailsWithTheClosestName() {
        SpecException failure = assertThrows(SpecException.class, () -> generate(List.of("property:Pet.nam=title")));

        Problem problem = only(failure, ProblemKind.NAME_MATCHES_NOTHING);
        assertEquals(Optional.of("did you mean 'property:Pet.name'?"), problem.hint());
    }

    @Test
    void anOverrideThatMakesTwoNamesOneIsAnError() {
        SpecException failure =
                assertThrows(SpecException.class, () -> generate(List.of("id:GPUClusterService_List=create")));

        Problem problem = only(failure, ProblemKind.NAME_COLLISION);
        assertTrue(problem.message().contains("'create'"), problem.message());
    }

    @Test
    void twoOverridesThatGiveOneNameInAServiceAreAnError() {
        SpecException failure = assertThrows(
                SpecException.class,
                () -> generate(List.of("id:GPUClusterService_List=fetch", "id:GPUClusterService_Create=fetch")));

        Problem problem = only(failure, ProblemKind.NAME_COLLISION);
        assertEquals(
                "the name 'fetch' given to the operation GPUClusterService_Create is taken in gpuCluster()",
                problem.message());
    }

    @Test
    void anOverrideNamedLikeAMemberEveryServiceHasIsNumberedWithoutAnError() throws IOException {
        GenerationResult result = generate(List.of("id:GPUClusterService_List=withRawResponse"));

        assertEquals(
                List.of("withRawResponse_", "create"),
                result.api().services().get(0).operations().stream()
                        .map(operation -> operation.methodName())
                        .toList());
    }

    @Test
    void overridesArePartOfTheFingerprintSettings() {
        NameOverrides one = NameOverrides.parse(List.of("schema:Pet=Animal", "id:a=b"));
        NameOverrides same = NameOverrides.parse(List.of("id:a=b", "schema:Pet=Animal"));
        NameOverrides other = NameOverrides.parse(List.of("schema:Pet=Beast"));

        assertEquals(one.toString(), same.toString(), "the order they are written in changes nothing");
        assertNotEquals(one.toString(), other.toString());
    }

    @Test
    void theSameOverridesLinkAlikeEveryTimeAndAreAValue() throws IOException {
        NameOverrides overrides = NameOverrides.parse(List.of("id:GPUClusterService_List=clusters.all"));
        Path spec = Files.writeString(directory.resolve("spec.yaml"), SPEC);
        GenerationRequest request = GenerationRequest.builder(spec, "spec.yaml", "com.example.shop")
                .clientName("Shop")
                .names(overrides)
                .build();
        Generator generator = new Generator(new JavaTarget());

        GenerationResult first = generator.generate(request);
        GenerationResult second = generator.generate(request);

        assertEquals(first.api().services(), second.api().services());
        assertEquals(overrides, NameOverrides.parse(List.of("id:GPUClusterService_List=clusters.all")));
        assertEquals(
                request.hashCode(),
                GenerationRequest.builder(spec, "spec.yaml", "com.example.shop")
                        .clientName("Shop")
                        .names(NameOverrides.parse(overrides.written()))
                        .build()
                        .hashCode());
    }

    private static Problem only(SpecException failure, ProblemKind kind) {
        List<Problem> problems = failure.problems().stream()
                .filter(problem -> problem.kind() == kind)
                .toList();
        assertEquals(1, problems.size(), failure::getMessage);
        return problems.get(0);
    }

    private GenerationResult generate(List<String> names) throws IOException {
        Path spec = Files.writeString(directory.resolve("spec.yaml"), SPEC);
        return new Generator(new JavaTarget())
                .generate(GenerationRequest.builder(spec, "spec.yaml", "com.example.shop")
                        .clientName("Shop")
                        .names(NameOverrides.parse(names))
                        .build());
    }
}
