package dev.kiln.cases;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kiln.generate.GenerationResult;
import dev.kiln.language.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden feature cases: for each directory in {@code src/test/resources/cases/}, the SDK generated from its
 * {@code spec.yaml} (base package {@code dev.kiln.cases.<name_with_underscores>}, client {@code Cases}) holds
 * exactly the files under its {@code expected/}, byte for byte, and all of the SDK's files compile with
 * {@code -Xlint:all -Werror --release 17} without a single warning. Kiln gives no warning for a case's spec, but for
 * those its {@code warnings.txt} lists ({@code <id> <pointer>} a line).
 *
 * <p>Only the files a case is about are golden; a case with no expected file fails. To add a file to a case,
 * create it empty at its path under {@code expected/} and rewrite the goldens. To rewrite every expected file
 * from the current generator:
 *
 * <pre>
 * mvn -pl :kiln-java-target -am test -Dtest=GoldenCasesTest -Dsurefire.failIfNoSpecifiedTests=false -Dkiln.updateGoldens=true
 * </pre>
 *
 * <p>That run writes the files into the source tree and then fails on purpose, so that it never passes as a
 * check; review the change with {@code git diff} (each file must read like hand-written Java) and run the tests
 * again without the property.
 */
class GoldenCasesTest {
    private static final boolean UPDATE = Boolean.getBoolean("kiln.updateGoldens");

    static List<FeatureCase> cases() {
        return FeatureCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatesTheExpectedJavaAndItCompilesWithoutWarnings(FeatureCase feature) throws IOException {
        CompiledSdk sdk = CompiledSdk.of(feature);
        GenerationResult result = sdk.result();
        Map<String, String> generated = Stream.concat(result.files().stream(), result.testKitFiles().stream())
                .collect(Collectors.toMap(GeneratedFile::relativePath, GeneratedFile::content));
        List<Path> expectedFiles = expectedFiles(feature);
        assertFalse(
                expectedFiles.isEmpty(), () -> "case " + feature + " has no file under " + feature.expectedDirectory());

        if (UPDATE) {
            List<String> notGenerated = rewrite(feature, expectedFiles, generated);
            List<String> problems = sdk.problems();
            fail("kiln.updateGoldens is set: rewrote " + (expectedFiles.size() - notGenerated.size())
                    + " expected file(s) of case "
                    + feature + "; review them with git diff, then run the tests without the property."
                    + (notGenerated.isEmpty() ? "" : "\nNo longer generated, so left as they are: " + notGenerated)
                    + (problems.isEmpty()
                            ? ""
                            : "\nThe generated SDK does not compile cleanly:" + SdkCompiler.describe(problems)));
        }
        assertAll(
                () -> assertEquals(
                        feature.expectedWarnings(),
                        result.warnings().stream()
                                .map(warning -> warning.kind().id() + " " + warning.pointer())
                                .toList(),
                        "a case's spec should be fully supported, but for the warnings its warnings.txt lists"),
                () -> assertMatchesGoldens(feature, expectedFiles, generated),
                () -> assertEquals(
                        List.of(),
                        sdk.problems(),
                        () -> "case " + feature + " does not compile cleanly:" + SdkCompiler.describe(sdk.problems())));
    }

    private static void assertMatchesGoldens(
            FeatureCase feature, List<Path> expectedFiles, Map<String, String> generated) throws IOException {
        List<String> failures = new ArrayList<>();
        for (Path file : expectedFiles) {
            String path = relativePath(feature, file);
            String actual = generated.get(path);
            if (actual == null) {
                failures.add(path + " was not generated; generated files include:\n  "
                        + generated.keySet().stream()
                                .filter(p -> p.contains("/models/") || p.contains("/services/"))
                                .sorted()
                                .collect(Collectors.joining("\n  ")));
                continue;
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                failures.add(path + " differs from " + file + " (- expected, + generated):\n"
                        + LineDiff.of(expected, actual));
            }
        }
        if (!failures.isEmpty()) {
            fail("case " + feature + ": " + failures.size() + " golden file(s) differ; if the change is intended, see "
                    + "GoldenCasesTest's Javadoc to rewrite them.\n" + String.join("\n", failures));
        }
    }

    /** Rewrites each expected file from the generated one; returns those no longer generated. */
    private static List<String> rewrite(FeatureCase feature, List<Path> expectedFiles, Map<String, String> generated)
            throws IOException {
        List<String> notGenerated = new ArrayList<>();
        for (Path file : expectedFiles) {
            String content = generated.get(relativePath(feature, file));
            if (content == null) {
                notGenerated.add(relativePath(feature, file));
            } else {
                Files.writeString(file, content, StandardCharsets.UTF_8);
            }
        }
        return notGenerated;
    }

    private static List<Path> expectedFiles(FeatureCase feature) throws IOException {
        if (!Files.isDirectory(feature.expectedDirectory())) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(feature.expectedDirectory())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The path of a generated file, {@code /}-separated, as {@link GeneratedFile#relativePath()} gives it. */
    private static String relativePath(FeatureCase feature, Path expectedFile) {
        return feature.expectedDirectory().relativize(expectedFile).toString().replace('\\', '/');
    }
}
