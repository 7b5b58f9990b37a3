package dev.kiln.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.emit.JavaTarget;
import dev.kiln.link.Mappings;
import dev.kiln.link.NameOverrides;
import dev.kiln.link.OperationSelection;
import dev.kiln.problems.ProblemKind;
import dev.kiln.spec.ReadLimits;
import dev.kiln.spec.SpecSettings;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The up-to-date check covers every setting that changes the output or the build's verdict, and every file the output
 * depends on: change any one, and the next build generates again instead of finding the output up to date.
 */
class FingerprintCoverageTest {
    private static final String SPEC = """
            openapi: 3.0.3
            info:
              title: Pets
              version: 1.0.0
            paths:
              /pets:
                get:
                  operationId: listPets
                  parameters:
                    - name: Idempotency-Key
                      in: header
                      schema: {type: string}
                  responses:
                    '200':
                      description: The pets.
                      content:
                        application/json:
                          schema:
                            type: array
                            items:
                              $ref: '#/components/schemas/Pet'
            components:
              schemas:
                Pet:
                  type: object
                  required: [kind]
                  properties:
                    kind: {type: string}
                  discriminator:
                    propertyName: kind
                    mapping:
                      dog: 'dog.yaml'
            """;
    /** Reached from the spec only through the discriminator's mapping: no {@code $ref} names it. */
    private static final String DOG = """
            allOf:
              - $ref: 'pets.yaml#/components/schemas/Pet'
              - type: object
                properties:
                  bark: {type: string}
            """;

    /**
     * Each request setting, changed. A setting added to {@link GenerationRequest} fails the test until it is given a
     * changed value here, and it is decided whether it belongs in {@link FingerprintSettings}.
     */
    private static final Map<String, Object> CHANGED_REQUEST = Map.ofEntries(
            Map.entry("spec", Path.of("renamed.yaml")),
            Map.entry("specDisplayName", "spec/pets.yaml"),
            Map.entry("basePackage", "com.example.animals"),
            Map.entry("clientName", Optional.of("Animals")),
            Map.entry("maxDroppedPercent", 50),
            Map.entry("operations", OperationSelection.parse(List.of("id:listPets"), List.of())),
            Map.entry("idempotencyHeader", Optional.of("X-Request-Id")),
            Map.entry("pagination", Map.of("listPets", "none")),
            Map.entry("specSettings", new SpecSettings(ReadLimits.parse(List.of("aliases=10")))),
            Map.entry("mappings", Mappings.parse(List.of("date-time=java.time.Instant"), List.of())),
            Map.entry("testKit", false),
            Map.entry("names", NameOverrides.parse(List.of("id:listPets=pets.all"))));

    /** Each output setting, changed; the same rule as for the request. */
    private static final Map<String, Object> CHANGED_OUTPUT = Map.of(
            "outputDirectory", Path.of("elsewhere"),
            "fingerprintFile", Path.of("state/other.fingerprint"),
            "sdkVersion", Optional.of("2.0.0"),
            "failOnBreakingChange", true,
            "checkVersionBump", true,
            "testKitDirectory", Optional.of(Path.of("other-kit")));

    /**
     * The settings that shape neither the output nor the verdict of a build whose spec did not change, each with why.
     */
    private static final Map<String, String> NOT_FINGERPRINTED = Map.of(
            "specDisplayName", "it only names the spec in messages",
            "failOnBreakingChange", "a spec that did not change since the last generation has no change to refuse");

    @TempDir
    Path folder;

    private final Generation generation =
            new Generation(new RecordingLog(), new OptionNames("--fail", "--check"), new JavaTarget());

    private GenerationRequest request() throws Exception {
        Path spec = folder.resolve("pets.yaml");
        Files.writeString(spec, SPEC);
        Files.writeString(folder.resolve("dog.yaml"), DOG);
        Files.copy(spec, folder.resolve("renamed.yaml"));
        GenerationRequest plain = GenerationRequest.builder(spec, "pets.yaml", "com.example.pets")
                .clientName("Pets")
                .build();
        // the test kit on, so that turning it off is a change too
        return changed(plain, component(GenerationRequest.class, "testKit"), Map.of("testKit", true));
    }

    private OutputSettings output() {
        return new OutputSettings(
                folder.resolve("out"),
                folder.resolve("state/pets.fingerprint"),
                Optional.of("1.0.0"),
                false,
                false,
                Optional.of(folder.resolve("kit")));
    }

    private static RecordComponent component(Class<? extends Record> type, String name) {
        return Arrays.stream(type.getRecordComponents())
                .filter(component -> component.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void changingAnySettingThatShapesTheOutputOrTheVerdictGeneratesAgain() throws Exception {
        GenerationRequest request = request();
        OutputSettings output = output();
        generation.generate(request, output);
        assertTrue(generation.isUpToDate(request, output));

        for (RecordComponent component : GenerationRequest.class.getRecordComponents()) {
            GenerationRequest changed = changed(request, component, CHANGED_REQUEST);
            assertEquals(
                    NOT_FINGERPRINTED.containsKey(component.getName()),
                    generation.isUpToDate(changed, output),
                    component.getName());
        }
        for (RecordComponent component : OutputSettings.class.getRecordComponents()) {
            OutputSettings changed = changed(output, component, CHANGED_OUTPUT);
            assertEquals(
                    NOT_FINGERPRINTED.containsKey(component.getName()),
                    generation.isUpToDate(request, changed),
                    component.getName());
        }
    }

    /** A copy of a settings record with one component changed, its value resolved in the test's folder if a path. */
    private <T extends Record> T changed(T settings, RecordComponent changed, Map<String, Object> values)
            throws Exception {
        Object value = values.get(changed.getName());
        assertNotNull(
                value,
                settings.getClass().getSimpleName() + "." + changed.getName() + " is new: decide whether it changes the"
                        + " output or the verdict (then FingerprintSettings must cover it), and give it a changed"
                        + " value here");
        if (value instanceof Path path) {
            value = folder.resolve(path);
        } else if (value instanceof Optional<?> optional && optional.orElse(null) instanceof Path path) {
            value = Optional.of(folder.resolve(path));
        }
        RecordComponent[] components = settings.getClass().getRecordComponents();
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            arguments[i] = components[i].getName().equals(changed.getName())
                    ? value
                    : components[i].getAccessor().invoke(settings);
        }
        Class<?>[] types =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        @SuppressWarnings("unchecked")
        T copy = (T) settings.getClass().getDeclaredConstructor(types).newInstance(arguments);
        return copy;
    }

    @Test
    void everySettingLeftOutIsASettingTheRecordsHave() {
        Set<String> names = new HashSet<>();
        Arrays.stream(GenerationRequest.class.getRecordComponents()).forEach(c -> names.add(c.getName()));
        Arrays.stream(OutputSettings.class.getRecordComponents()).forEach(c -> names.add(c.getName()));
        assertTrue(
                names.containsAll(NOT_FINGERPRINTED.keySet()),
                NOT_FINGERPRINTED.keySet().toString());
    }

    @Test
    void loweringMaxDroppedPercentIsAVerdictTheNextBuildReaches() throws Exception {
        Path spec = Files.writeString(folder.resolve("notes.yaml"), """
                openapi: 3.0.3
                info: {title: Notes, version: 1.0.0}
                paths:
                  /notes:
                    put:
                      operationId: putNote
                      parameters:
                        - name: version
                          in: path
                          schema: {type: string}
                      responses:
                        '204':
                          description: Stored.
                """);
        OutputSettings output = output();
        generation.generate(
                GenerationRequest.builder(spec, "notes.yaml", "com.example.notes")
                        .maxDroppedPercent(100)
                        .build(),
                output);

        GenerationRequest strict = GenerationRequest.builder(spec, "notes.yaml", "com.example.notes")
                .maxDroppedPercent(5)
                .build();
        assertFalse(generation.isUpToDate(strict, output));
        GenerationFailure failure = assertThrows(GenerationFailure.class, () -> generation.generate(strict, output));
        assertEquals(ProblemKind.TOO_MUCH_DROPPED, failure.problems().get(0).kind());
    }

    @Test
    void editingAFileNamedOnlyInADiscriminatorMappingGeneratesAgain() throws Exception {
        GenerationRequest request = request();
        OutputSettings output = output();
        generation.generate(request, output);
        Path dog = folder.resolve("out/com/example/pets/models/Dog.java");
        assertFalse(Files.readString(dog).contains("wag"));

        Files.writeString(folder.resolve("dog.yaml"), DOG + "      wag: {type: boolean}\n");

        assertFalse(generation.isUpToDate(request, output));
        assertInstanceOf(GenerateOutcome.Written.class, generation.generate(request, output));
        assertTrue(Files.readString(dog).contains("wag"), Files.readString(dog));
        assertTrue(Files.readString(folder.resolve("state/pets.fingerprint")).contains("\ndog.yaml\n"));
    }
}
