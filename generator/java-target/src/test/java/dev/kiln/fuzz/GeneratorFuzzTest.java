package dev.kiln.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiln.cases.SdkCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Fuzzes the generator: each try draws a random valid spec ({@link RandomSpec}: objects, string and integer
 * enums, unions with and without a discriminator, maps, arrays, nullables, allOf, recursive references, inline
 * nesting, names made of keywords, unicode, digits and punctuation, and a few operations using them), generates
 * its SDK in-process (twice: the files must be the same), compiles it with {@code -Xlint:all -Werror}, and
 * round-trips random instances of every component schema that became a class: the JSON is read by the generated
 * {@code fromJson} (or the enum's codec), validated, and written back, and must be the same JSON (numbers
 * compared by value).
 *
 * <p>A QuickTheories property ({@link PropertyRun}) over {@link FuzzCase#drawn}: {@code mvn verify} runs a fixed seed
 * and {@code kiln.fuzz.tries} tries (10, set in the module's POM). A longer run, with other specs than the fixed ones
 * (any number as {@code kiln.fuzz.seed} is mixed into the seed):
 *
 * <pre>
 * mvn -pl :kiln-java-target -am test -Dtest=GeneratorFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dkiln.fuzz.tries=5000 -Dkiln.fuzz.seed=42
 * </pre>
 *
 * <p>A failing case is shrunk (at most {@code kiln.fuzz.shrinks} more specs, 100 unless given; see {@link FuzzCase} for
 * what shrinks) and reported with the seed and the command that reruns it. Each spec tried is left in {@code
 * target/fuzz/<case>/spec.yaml}, with the SDK's sources when it did not compile, and the instances that did not
 * round-trip in {@code failures.txt}.
 */
class GeneratorFuzzTest {
    /** Component schemas drawn per spec: many, so that one javac run checks many schemas. */
    private static final int SCHEMAS_PER_SPEC = 20;
    /** Random instances round-tripped per component schema that became a class. */
    private static final int INSTANCES_PER_SCHEMA = 4;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final AtomicInteger SPECS = new AtomicInteger();
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static final AtomicInteger CLASSES = new AtomicInteger();
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    @Test
    void everyRandomSpecGeneratesCodeThatCompilesAndRoundTripsItsInstances(TestInfo test) {
        PropertyRun.check(
                test,
                20261129L,
                FuzzCase.drawn(SCHEMAS_PER_SPEC, INSTANCES_PER_SCHEMA),
                GeneratorFuzzTest::generatesCodeThatCompilesAndRoundTrips);
    }

    private static void generatesCodeThatCompilesAndRoundTrips(FuzzCase fuzzCase) throws IOException {
        FuzzedSdk sdk = FuzzedSdk.generate(fuzzCase);
        assertTrue(
                sdk.deterministic(),
                () -> "generating " + sdk.directory().resolve("spec.yaml") + " twice gave different files");
        assertEquals(
                List.of(),
                sdk.problems(),
                () -> "the SDK of " + sdk.directory().resolve("spec.yaml")
                        + " does not compile cleanly (sources in "
                        + sdk.directory().resolve("src") + "):"
                        + SdkCompiler.describe(sdk.problems()));

        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> schema : sdk.result().schemaClasses().entrySet()) {
            for (JsonNode instance : fuzzCase.instances().get(schema.getKey())) {
                roundTrip(sdk, schema.getKey(), schema.getValue(), instance).ifPresent(failures::add);
            }
        }
        SPECS.incrementAndGet();
        SCHEMAS.addAndGet(fuzzCase.spec().components().size());
        CLASSES.addAndGet(sdk.result().schemaClasses().size());
        INSTANCES.addAndGet(sdk.result().schemaClasses().size() * INSTANCES_PER_SCHEMA);
        if (!failures.isEmpty()) {
            Files.writeString(
                    sdk.directory().resolve("failures.txt"), String.join("\n\n", failures), StandardCharsets.UTF_8);
            fail(failures.size() + " instance(s) of " + sdk.directory().resolve("spec.yaml") + " did not round-trip:\n"
                    + String.join("\n", failures.subList(0, Math.min(5, failures.size()))));
        }
        sdk.close();
    }

    /** The failure of one round trip, if it failed. */
    private static Optional<String> roundTrip(FuzzedSdk sdk, String component, String className, JsonNode instance)
            throws JsonProcessingException {
        String json = JSON.writeValueAsString(instance);
        try {
            JsonNode written = sdk.roundTrip(className, json);
            if (SameJson.test(instance, written)) {
                return Optional.empty();
            }
            return Optional.of(component + " (" + className + "):\n  read  " + json + "\n  wrote " + written);
        } catch (Throwable e) {
            return Optional.of(component + " (" + className + "):\n  read  " + json + "\n  threw " + e);
        }
    }

    @AfterAll
    static void report() {
        System.out.printf(
                "Generator fuzzing: %d specs, %d component schemas, %d classes, %d instances round-tripped%n",
                SPECS.get(), SCHEMAS.get(), CLASSES.get(), INSTANCES.get());
    }
}
