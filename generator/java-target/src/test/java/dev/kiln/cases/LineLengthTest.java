package dev.kiln.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.language.GeneratedFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No line of a generated model, parameters class or exception is longer than 120 columns, the limit of hand-written
 * Java: JavaPoet wraps the code, and comments are wrapped as they are emitted. (The services and the client are
 * not held to it yet.)
 */
class LineLengthTest {
    private static final int LIMIT = 120;

    static List<FeatureCase> cases() {
        return FeatureCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void noModelOrExceptionLineIsLongerThanTheLimit(FeatureCase feature) {
        List<String> tooLong = new ArrayList<>();
        for (GeneratedFile file : CompiledSdk.of(feature).result().files()) {
            String path = file.relativePath();
            if (!path.contains("/models/") && !path.contains("/errors/")) {
                continue;
            }
            List<String> lines = file.content().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).length() > LIMIT) {
                    tooLong.add(path + ":" + (i + 1) + " (" + lines.get(i).length() + "): "
                            + lines.get(i).strip());
                }
            }
        }
        assertEquals(List.of(), tooLong, () -> "lines over " + LIMIT + " columns:\n" + String.join("\n", tooLong));
    }
}
