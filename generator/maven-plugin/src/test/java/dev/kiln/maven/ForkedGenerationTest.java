package dev.kiln.maven;

import static dev.kiln.generate.Generation.Staleness.STALE;
import static dev.kiln.generate.Generation.Staleness.UNKNOWN_UNTIL_FETCHED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.emit.JavaTarget;
import dev.kiln.generate.Generation;
import dev.kiln.generate.GenerationFailure;
import dev.kiln.generate.OutputSettings;
import dev.kiln.generate.RecordingLog;
import dev.kiln.generate.WrittenSettings;
import dev.kiln.write.DiskState;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kiln:generate} in a JVM of its own: the same files as in the build's JVM, its log and its refusals passed on
 * as they would be there, a JVM that cannot start said plainly, and a generation that stops when its build is gone.
 */
class ForkedGenerationTest {
    private static final String PETS = """
            openapi: 3.0.3
            info: {title: Pets, version: '1'}
            paths:
              /pets/{id}:
                get:
                  operationId: getPet
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                  responses:
                    '200':
                      description: the pet
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Pet'}
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    name: {type: string}
            """;

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    private final List<String> logged = log.lines;

    private static OutputSettings output(Path root) {
        return new OutputSettings(
                root.resolve("sdk"), root.resolve("kiln/pets.fingerprint"), Optional.of("1.0.0"), false, false);
    }

    private ForkedGeneration fork(List<String> options) {
        return new ForkedGeneration(log, options, ForkedGeneration.pluginClasspath());
    }

    @Test
    void writesTheFilesTheBuildsJvmWritesAndPassesTheLogOn() throws Exception {
        Path spec = Files.writeString(dir.resolve("pets.yaml"), PETS);
        fork(ForkedGeneration.launcherOptions())
                .run(ForkOrder.generate(PetsSettings.of(spec), output(dir.resolve("forked")), STALE));

        OutputSettings here = output(dir.resolve("here"));
        new Generation(new RecordingLog(), RefusalSwitches.MAVEN, new JavaTarget())
                .generate(PetsSettings.of(spec).request(), here);

        Map<String, String> forked = DiskState.files(dir.resolve("forked/sdk"));
        assertTrue(
                forked.keySet().stream().anyMatch(file -> file.endsWith("models/Pet.java")), forked.keySet()::toString);
        assertEquals(DiskState.files(here.outputDirectory()), forked);
        assertTrue(Files.isRegularFile(dir.resolve("forked/kiln/pets.fingerprint")));
        assertTrue(
                logged.stream()
                        .anyMatch(line -> line.startsWith("info Kiln: ")
                                && line.contains(" files in " + dir.resolve("forked/sdk") + " (")),
                logged::toString);
        assertTrue(
                logged.contains("info Kiln: generating in a JVM of its own ("
                        + String.join(" ", ForkedGeneration.launcherOptions()) + ")"),
                logged::toString);
    }

    @Test
    void theGenerationsJvmGetsTheLaunchersOptions() {
        List<String> options = ForkedGeneration.launcherOptions();

        assertFalse(options.isEmpty());
        assertEquals(ForkedGeneration.options(System.getProperty("kiln.launcher.jvmOptions")), options);
    }

    @Test
    void aBrokenSpecIsRefusedWithItsProblemsLoggedAsInTheBuildsJvm() throws Exception {
        Path spec = Files.writeString(dir.resolve("pets.yaml"), PETS.replace("schemas/Pet'", "schemas/Pett'"));
        GenerationFailure failure = assertThrows(
                GenerationFailure.class,
                () -> fork(ForkedGeneration.launcherOptions())
                        .run(ForkOrder.generate(PetsSettings.of(spec), output(dir), STALE)));

        assertEquals(GenerationFailure.Reason.SPEC_PROBLEMS, failure.reason());
        assertTrue(failure.getMessage().contains("pets.yaml"), failure.getMessage());
        List<String> errors =
                logged.stream().filter(line -> line.startsWith("error ")).toList();
        assertEquals(
                List.of("error [KILN-UNRESOLVED-REF] cannot resolve '#/components/schemas/Pett' at"
                        + " #/paths/~1pets~1{id}/get/responses/200/content/application~1json/schema/$ref"
                        + " (pets.yaml:14); did you mean 'Pet'?"),
                errors);
        assertFalse(Files.exists(dir.resolve("sdk")), "an SDK was written from a broken spec");
    }

    @Test
    void aJvmThatCannotStartSaysWhy() throws Exception {
        Path spec = Files.writeString(dir.resolve("pets.yaml"), PETS);
        IllegalStateException failure = assertThrows(
                IllegalStateException.class,
                () -> fork(List.of("-Xmx1q")).run(ForkOrder.generate(PetsSettings.of(spec), output(dir), STALE)));

        assertTrue(failure.getMessage().contains("exit code 1"), failure.getMessage());
        assertTrue(failure.getMessage().contains("Invalid maximum heap size: -Xmx1q"), failure.getMessage());
    }

    @Test
    void stopsWithoutAFingerprintWhenItsBuildIsGone() throws Exception {
        Path spec = Files.writeString(dir.resolve("pets.yaml"), PETS);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                ForkedGeneration.pluginClasspath(),
                GenerationProcess.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write((ForkOrder.generate(PetsSettings.of(spec), output(dir), STALE)
                                    .json() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the generation went on after its build was gone");

        assertEquals(GenerationProcess.ORPHANED, process.exitValue());
        assertFalse(Files.exists(dir.resolve("kiln/pets.fingerprint")), "an orphaned generation called itself done");
    }

    @Test
    void anOrderReadsBackAsItWasWritten() throws Exception {
        WrittenSettings settings = new WrittenSettings()
                .spec(null, "https://specs.example.com/pets.yaml")
                .remote(new WrittenSettings.Remote(
                        "https://specs.example.com/pets.yaml",
                        Map.of("Authorization", "Bearer ü\"\n"),
                        dir.resolve("a folder with spaces"),
                        true,
                        7))
                .basePackage("com.example.pets")
                .clientName("Pets")
                .maxDroppedPercent(50)
                .operations(List.of("tag:pets"), List.of("id:deletePet"))
                .idempotencyHeader("Idempotency-Key")
                .pagination(List.of("id:listPets=none"))
                .specLimits(List.of("aliases=10"))
                .specChecksum("sha256:" + "0".repeat(64))
                .overlays(List.of(dir.resolve("fix.overlay.yaml")))
                .mappings(List.of("date-time=java.time.Instant"), List.of("Pet=com.acme.Pet"))
                .names(List.of("schema:Pet=Animal"))
                .testKit(true);
        OutputSettings output = new OutputSettings(
                dir.resolve("sdk"),
                dir.resolve("kiln/x.fingerprint"),
                Optional.of("2.0.0"),
                true,
                true,
                Optional.of(dir.resolve("kit")));
        ForkOrder generate = ForkOrder.generate(settings, output, STALE);
        ForkOrder check = ForkOrder.check(settings, dir.resolve("src"), Optional.of(dir.resolve("kit")), "make sdk");

        ForkOrder readGenerate = ForkOrder.read(generate.json());
        ForkOrder readCheck = ForkOrder.read(check.json());

        assertEquals(generate.json(), readGenerate.json());
        assertEquals(check.json(), readCheck.json());
        assertEquals(settings.request(), readGenerate.settings().request());
        assertEquals(settings.request(), readCheck.settings().request());
        assertEquals(output, readGenerate.output());
        assertTrue(readGenerate.knownStale());
        assertEquals(check.check(), readCheck.check());
        assertEquals(Optional.of(dir.resolve("kit")), readCheck.check().testKitDirectory());
        assertFalse(generate.json().contains("\n"), "an order is one line");
    }

    @Test
    void theBuildsProxyAndTrustStoreGoToTheGenerationsJvmInItsOrder() throws Exception {
        Path spec = Files.writeString(dir.resolve("pets.yaml"), PETS);
        String before = System.getProperty("https.proxyHost");
        System.setProperty("https.proxyHost", "proxy.example.com");
        ForkOrder order;
        try {
            order = ForkOrder.generate(PetsSettings.of(spec), output(dir), STALE);
        } finally {
            System.clearProperty("https.proxyHost");
        }
        ForkOrder read = ForkOrder.read(order.json());
        assertEquals("proxy.example.com", read.network().get("https.proxyHost"));
        assertFalse(read.network().containsKey("user.home"), "only the network's properties go");

        try {
            assertEquals(null, GenerationProcess.run(read, new RecordingLog()), "the order ran");
            assertEquals("proxy.example.com", System.getProperty("https.proxyHost"), "set where the order runs");
        } finally {
            if (before == null) {
                System.clearProperty("https.proxyHost");
            } else {
                System.setProperty("https.proxyHost", before);
            }
        }
    }

    @Test
    void aGenerationTheBuildFoundStaleIsNotCheckedAgainInItsJvm() throws Exception {
        Path spec = Files.writeString(dir.resolve("pets.yaml"), PETS);
        OutputSettings here = output(dir);
        new Generation(new RecordingLog(), RefusalSwitches.MAVEN, new JavaTarget())
                .generate(PetsSettings.of(spec).request(), here);
        ForkedGeneration fork = fork(ForkedGeneration.launcherOptions());

        fork.run(ForkOrder.generate(PetsSettings.of(spec), here, UNKNOWN_UNTIL_FETCHED));
        assertTrue(logged.contains("info Kiln: " + here.outputDirectory() + " is up to date"), logged::toString);

        logged.clear();
        fork.run(ForkOrder.generate(PetsSettings.of(spec), here, STALE));
        assertFalse(logged.stream().anyMatch(line -> line.endsWith(" is up to date")), logged::toString);
        assertTrue(
                logged.stream().anyMatch(line -> line.contains(" files in " + here.outputDirectory() + " (0 written,")),
                logged::toString);
    }

    @Test
    void aCheckInAJvmOfItsOwnPassesOnTheCurrentSdkAndNamesEachStaleFile() throws Exception {
        Path spec = Files.writeString(dir.resolve("pets.yaml"), PETS);
        OutputSettings here = output(dir);
        new Generation(new RecordingLog(), RefusalSwitches.MAVEN, new JavaTarget())
                .generate(PetsSettings.of(spec).request(), here);
        ForkOrder check =
                ForkOrder.check(PetsSettings.of(spec), here.outputDirectory(), Optional.empty(), "mvn kiln:generate");

        fork(ForkedGeneration.launcherOptions()).run(check);
        assertTrue(logged.get(0).startsWith("info Kiln: checking in a JVM of its own ("), logged::toString);
        assertTrue(
                logged.stream()
                        .anyMatch(line -> line.startsWith("info Kiln: " + here.outputDirectory() + " is current (")),
                logged::toString);

        Path pet = here.outputDirectory().resolve("com/example/pets/models/Pet.java");
        Files.writeString(pet, Files.readString(pet) + "// edited\n");
        GenerationFailure stale = assertThrows(
                GenerationFailure.class,
                () -> fork(ForkedGeneration.launcherOptions()).run(check));

        assertEquals(GenerationFailure.Reason.STALE_OUTPUT, stale.reason());
        assertTrue(stale.getMessage().startsWith("[KILN-STALE-OUTPUT] " + here.outputDirectory()), stale.getMessage());
        assertTrue(stale.getMessage().contains("Pet.java"), stale.getMessage());
        assertTrue(stale.getMessage().endsWith("Regenerate it with: mvn kiln:generate"), stale.getMessage());
    }
}
