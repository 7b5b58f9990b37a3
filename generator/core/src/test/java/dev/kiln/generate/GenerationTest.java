package dev.kiln.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.language.PlainTarget;
import dev.kiln.lifecycle.ApiChange;
import dev.kiln.problems.ProblemKind;
import dev.kiln.write.DiskState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sequence every front end runs: generate (up to date, change report, refusals, writing), check and diff, seen
 * through their typed outcomes, their failures and what they log.
 */
class GenerationTest {
    private static final String V1 = """
            openapi: 3.0.3
            info:
              title: Pets
              version: 1.0.0
            paths:
              /pets:
                get:
                  operationId: listPets
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
                  properties:
                    name: {type: string}
                    nickName: {type: string}
            """;
    /** V1 without {@code Pet.nickName}: a breaking change. */
    private static final String V2 = V1.replace("    nickName: {type: string}\n", "");

    private static final OptionNames OPTIONS = new OptionNames("--fail", "--check");

    @TempDir
    Path folder;

    private final RecordingLog recording = new RecordingLog();
    private final List<String> log = recording.lines;
    private final Generation generation = new Generation(recording, OPTIONS, new PlainTarget());

    private Path spec(String text) throws IOException {
        Path spec = folder.resolve("pets.yaml");
        Files.writeString(spec, text);
        return spec;
    }

    private GenerationRequest request(Path spec) {
        return GenerationRequest.builder(spec, "pets.yaml", "com.example.pets")
                .clientName("Pets")
                .build();
    }

    private OutputSettings output(Optional<String> version, boolean failOnBreaking, boolean checkVersionBump) {
        return new OutputSettings(
                folder.resolve("out"),
                folder.resolve("state/pets.fingerprint"),
                version,
                failOnBreaking,
                checkVersionBump);
    }

    private OutputSettings output() {
        return output(Optional.empty(), false, false);
    }

    @Test
    void aSecondGenerationOfTheSameSpecIsUpToDateAndTouchesNoFile() throws Exception {
        Path spec = spec(V1);
        GenerateOutcome first = generation.generate(request(spec), output());
        GenerateOutcome.Written written = assertInstanceOf(GenerateOutcome.Written.class, first);
        assertEquals(written.files(), written.sync().written().size());
        assertTrue(written.changes().isEmpty());
        assertTrue(Files.isRegularFile(folder.resolve("state/pets.fingerprint")));
        assertTrue(Files.isRegularFile(folder.resolve("state/pets.api.json")));
        age(folder);
        Map<String, String> before = DiskState.snapshot(folder);
        log.clear();

        GenerateOutcome second = generation.generate(request(spec), output());

        assertInstanceOf(GenerateOutcome.UpToDate.class, second);
        assertEquals(List.of("info Kiln: " + folder.resolve("out") + " is up to date"), log);
        assertEquals(before, DiskState.snapshot(folder));
    }

    @Test
    void aDeletedGeneratedFileIsWrittenAgainThoughTheFingerprintMatches() throws Exception {
        Path spec = spec(V1);
        generation.generate(request(spec), output());
        Path pet = folder.resolve("out/com/example/pets/models/Pet.java");
        Files.delete(pet);

        GenerateOutcome again = generation.generate(request(spec), output());

        GenerateOutcome.Written written = assertInstanceOf(GenerateOutcome.Written.class, again);
        assertEquals(List.of("com/example/pets/models/Pet.java"), written.sync().written());
        assertTrue(Files.isRegularFile(pet));
    }

    @Test
    void aChangedSpecIsReportedChangeByChangeAndWritten() throws Exception {
        generation.generate(request(spec(V1)), output());
        log.clear();

        GenerateOutcome outcome = generation.generate(request(spec(V2)), output());

        GenerateOutcome.Written written = assertInstanceOf(GenerateOutcome.Written.class, outcome);
        assertEquals(
                List.of(new ApiChange(ApiChange.Impact.BREAKING, "removed field Pet.nickName")), written.changes());
        assertEquals(List.of("com/example/pets/models/Pet.java"), written.sync().written());
        assertEquals(
                List.of(
                        "info Kiln: the API changed since the last generation (1 change, 1 breaking):",
                        "warn   BREAKING   removed field Pet.nickName",
                        "info Kiln: these changes call for a major version"),
                log.subList(0, 3));
    }

    @Test
    void aRefusedBreakingChangeWritesNothingAndNamesTheFrontEndsSwitch() throws Exception {
        generation.generate(request(spec(V1)), output());
        Path spec = spec(V2);
        age(folder);
        Map<String, String> before = DiskState.snapshot(folder);

        GenerationFailure failure = assertThrows(
                GenerationFailure.class,
                () -> generation.generate(request(spec), output(Optional.empty(), true, false)));

        assertEquals(GenerationFailure.Reason.BREAKING_CHANGE, failure.reason());
        assertEquals(
                "[KILN-BREAKING-CHANGE] 1 change breaks the SDK's users, and failOnBreakingChange is set:\n"
                        + "  removed field Pet.nickName\nAccept them by building once without --fail.",
                failure.getMessage());
        assertEquals(before, DiskState.snapshot(folder));
    }

    @Test
    void aVersionThatDoesNotFollowTheChangesIsRefusedWhenAskedAndAWarningOtherwise() throws Exception {
        generation.generate(request(spec(V1)), output(Optional.of("1.0.0"), false, true));
        Path spec = spec(V2);

        GenerationFailure failure = assertThrows(
                GenerationFailure.class,
                () -> generation.generate(request(spec), output(Optional.of("1.1.0"), false, true)));
        assertEquals(GenerationFailure.Reason.VERSION_BUMP, failure.reason());
        assertTrue(
                failure.getMessage()
                        .startsWith("[KILN-VERSION-BUMP] the API changes since 1.0.0 call for a major"
                                + " version, but 1.0.0 to 1.1.0 is a minor bump; set the version to 2.0.0 or higher"),
                failure.getMessage());
        assertTrue(failure.getMessage().endsWith("Or build once without --check to accept the version as it is."));

        log.clear();
        assertInstanceOf(
                GenerateOutcome.Written.class,
                generation.generate(request(spec), output(Optional.of("1.1.0"), false, false)));
        assertTrue(
                log.contains("warn Kiln: the API changes since 1.0.0 call for a major version, but 1.0.0 to 1.1.0 is a"
                        + " minor bump; set the version to 2.0.0 or higher"),
                String.join("\n", log));
    }

    @Test
    void withoutAVersionNoVersionIsChecked() throws Exception {
        generation.generate(request(spec(V1)), output(Optional.empty(), false, true));

        assertInstanceOf(
                GenerateOutcome.Written.class,
                generation.generate(request(spec(V2)), output(Optional.empty(), false, true)));
        assertTrue(log.stream().noneMatch(line -> line.contains("version, but")), String.join("\n", log));
    }

    @Test
    void aBrokenSpecFailsWithEachErrorLoggedAndWritesNothing() throws Exception {
        Path spec = spec(V1.replace("'#/components/schemas/Pet'", "'#/components/schemas/Pett'"));

        GenerationFailure failure =
                assertThrows(GenerationFailure.class, () -> generation.generate(request(spec), output()));

        assertEquals(GenerationFailure.Reason.SPEC_PROBLEMS, failure.reason());
        assertEquals(ProblemKind.UNRESOLVED_REF, failure.problems().get(0).kind());
        assertEquals(List.of("error " + failure.problems().get(0).format()), log);
        assertTrue(
                failure.problems().get(0).format().endsWith("/items/$ref (pets.yaml:17); did you mean 'Pet'?"),
                failure.problems().get(0).format());
        assertEquals(List.of("pets.yaml"), DiskState.entries(folder));
    }

    @Test
    void aSettingKilnCannotUseIsABadSetting() {
        GenerationFailure failure = assertThrows(
                GenerationFailure.class,
                () -> GenerationRequest.checked(
                        () -> GenerationRequest.builder(folder.resolve("pets.yaml"), "pets.yaml", "com.example-pets")
                                .maxDroppedPercent(5)
                                .build()));

        assertEquals(GenerationFailure.Reason.BAD_SETTING, failure.reason());
        assertEquals(
                "[KILN-BAD-SETTING] basePackage 'com.example-pets' is not a valid Java package name",
                failure.getMessage());
    }

    @Test
    void checkPassesOnWhatGenerateWroteAndNamesEachDifferenceOtherwise() throws Exception {
        Path out = folder.resolve("out");
        GenerateOutcome.Written written =
                assertInstanceOf(GenerateOutcome.Written.class, generation.generate(request(spec(V1)), output()));

        assertEquals(written.files(), generation.check(request(folder.resolve("pets.yaml")), out, "regenerate"));

        Path spec = spec(V2);
        GenerationFailure failure =
                assertThrows(GenerationFailure.class, () -> generation.check(request(spec), out, "regenerate"));
        assertEquals(GenerationFailure.Reason.STALE_OUTPUT, failure.reason());
        assertEquals(
                "[KILN-STALE-OUTPUT] " + out + " is not what Kiln generates from pets.yaml (1 files differ):\n"
                        + "  changed: com/example/pets/models/Pet.java\nRegenerate it with: regenerate",
                failure.getMessage());
    }

    @Test
    void diffReportsEachChangeAndRefusesBreakingOnesWhenAsked() throws Exception {
        Path old = folder.resolve("v1.yaml");
        Path current = folder.resolve("v2.yaml");
        Files.writeString(old, V1);
        Files.writeString(current, V2);

        assertEquals(List.of(), generation.diff(new DiffRequest(old, "v1.yaml", old, "v1.yaml", true)));
        assertEquals(List.of("info Kiln: no API changes from v1.yaml to v1.yaml"), log);

        log.clear();
        List<ApiChange> changes = generation.diff(new DiffRequest(old, "v1.yaml", current, "v2.yaml", false));
        assertEquals(List.of(new ApiChange(ApiChange.Impact.BREAKING, "removed field Pet.nickName")), changes);
        assertEquals(
                List.of(
                        "info Kiln: API changes from v1.yaml to v2.yaml (1 change, 1 breaking):",
                        "warn   BREAKING   removed field Pet.nickName",
                        "info Kiln: these changes call for a major version"),
                log);

        GenerationFailure failure = assertThrows(
                GenerationFailure.class,
                () -> generation.diff(new DiffRequest(old, "v1.yaml", current, "v2.yaml", true)));
        assertEquals(GenerationFailure.Reason.BREAKING_CHANGE, failure.reason());
    }

    @Test
    void whatAGenerationKeepsNamesNoFolderOfTheMachineSoACopiedProjectIsUpToDate() throws Exception {
        List<Path> projects = List.of(folder.resolve("one/project"), folder.resolve("elsewhere/deeper/project"));
        for (Path project : projects) {
            Files.createDirectories(project);
            Files.writeString(project.resolve("pets.yaml"), V1);
            generation.generate(request(project.resolve("pets.yaml")), projectOutput(project));
        }

        assertEquals(
                DiskState.files(projects.get(0).resolve("target")),
                DiskState.files(projects.get(1).resolve("target")));
        String state = String.join(
                "\n", DiskState.files(projects.get(0).resolve("target/kiln")).values());
        assertTrue(!state.contains(folder.toString()) && !state.contains("one/project"), state);
        // a build cache restores the output and the state into another folder: nothing is generated there
        Path copy = folder.resolve("copy/project");
        copyTree(projects.get(0), copy);
        assertTrue(generation.isUpToDate(request(copy.resolve("pets.yaml")), projectOutput(copy)));
    }

    @Test
    void aCheckMadeHereSaysStaleUpToDateOrUnknownUntilFetchedAndAStaleGenerationDoesNotCheckAgain() throws Exception {
        GenerationRequest request = request(spec(V1));

        assertEquals(
                Generation.Staleness.STALE,
                generation.checkHere(request, output()).staleness());
        generation.generate(request, output());
        log.clear();
        assertEquals(
                Generation.Staleness.UP_TO_DATE,
                generation.checkHere(request, output()).staleness());
        assertEquals(List.of("info Kiln: " + folder.resolve("out") + " is up to date"), log);

        // told it is stale, it generates without looking: nothing changed, so nothing is written
        GenerateOutcome again = generation.generateStale(request, output());
        GenerateOutcome.Written written = assertInstanceOf(GenerateOutcome.Written.class, again);
        assertEquals(0, written.sync().written().size());

        GenerationRequest remote = new WrittenSettings()
                .remote(new WrittenSettings.Remote(
                        "https://specs.example.com/pets.yaml", Map.of(), folder.resolve("cache"), true, 5))
                .basePackage("com.example.pets")
                .request();
        assertEquals(
                Generation.Staleness.UNKNOWN_UNTIL_FETCHED,
                generation.checkHere(remote, output()).staleness());
    }

    @Test
    void aSpecWeighsItsFileBeforeAFirstGenerationAndEveryFileItWasReadFromAfter() throws Exception {
        Path spec = spec(V1.replace("$ref: '#/components/schemas/Pet'", "$ref: 'schemas/pet.yaml'"));
        Path pet = folder.resolve("schemas/pet.yaml");
        Files.createDirectories(pet.getParent());
        Files.writeString(pet, "type: object\nproperties:\n  name: {type: string}\n");
        GenerationRequest request = request(spec);

        assertEquals(Files.size(spec), generation.checkHere(request, output()).specBytes());
        generation.generate(request, output());
        assertEquals(
                Files.size(spec) + Files.size(pet),
                generation.checkHere(request, output()).specBytes());

        // the sizes are read now, not recorded
        Files.writeString(pet, "type: object\nproperties:\n  name: {type: string}\n  age: {type: integer}\n");
        assertEquals(
                Files.size(spec) + Files.size(pet),
                generation.checkHere(request, output()).specBytes());
    }

    private static OutputSettings projectOutput(Path project) {
        return new OutputSettings(
                project.resolve("target/generated-sources/kiln"),
                project.resolve("target/kiln/pets.fingerprint"),
                Optional.empty(),
                false,
                false);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    @Test
    void theRecordSitsBesideTheFingerprint() {
        assertEquals(
                Path.of("target/kiln/pets.api.json"),
                new OutputSettings(
                                Path.of("out"), Path.of("target/kiln/pets.fingerprint"), Optional.empty(), false, false)
                        .recordFile());
        assertEquals(
                Path.of("state/pets.api.json"),
                new OutputSettings(Path.of("out"), Path.of("state/pets"), Optional.empty(), false, false).recordFile());
    }

    /** Sets every file's mtime far in the past, so that a file written again would show. */
    private static void age(Path root) throws IOException {
        FileTime old = FileTime.fromMillis(978_307_200_000L);
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(path, old);
            }
        }
    }
}
