package dev.kiln.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public API of each golden case's SDK ({@link PublicApi}: every public signature but the shipped runtime's,
 * sorted, one per line) is exactly its {@code api.txt}, so that a change to what users can call shows in review as
 * a diff of that file, even when the generated files change for another reason. {@code -Dkiln.updateGoldens=true}
 * rewrites the files, as it does the golden Java (see {@link GoldenCasesTest}), and then fails on purpose.
 */
class PublicApiTest {
    private static final boolean UPDATE = Boolean.getBoolean("kiln.updateGoldens");

    static List<FeatureCase> cases() {
        return FeatureCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSdksPublicApiIsTheRecordedOne(FeatureCase feature) throws IOException {
        CompiledSdk sdk = CompiledSdk.clean(feature.name());
        String api = PublicApi.of(feature.basePackage(), sdk.classesDirectory(), sdk.loader());
        Path recorded = feature.directory().resolve("api.txt");
        if (UPDATE) {
            Files.writeString(recorded, api, StandardCharsets.UTF_8);
            fail("kiln.updateGoldens is set: rewrote " + recorded + "; review it with git diff, then run the tests "
                    + "without the property.");
        }
        if (!Files.isRegularFile(recorded)) {
            fail("case " + feature + " has no " + recorded + "; rewrite it with -Dkiln.updateGoldens=true");
        }
        String expected = Files.readString(recorded, StandardCharsets.UTF_8);
        assertEquals(
                expected,
                api,
                () -> "the public API of case " + feature + " differs from " + recorded
                        + " (- recorded, + now); if the change is intended, rewrite it with -Dkiln.updateGoldens=true:\n"
                        + LineDiff.of(expected, api));
    }
}
