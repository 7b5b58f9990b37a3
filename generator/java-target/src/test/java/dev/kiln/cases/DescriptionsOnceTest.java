package dev.kiln.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.generate.GenerationResult;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Service;
import dev.kiln.language.GeneratedFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An operation's description is written once in the SDK, on its blocking call with every argument: the overloads,
 * the raw-response views and the asynchronous interface link to that call instead of repeating it, and each of them
 * still has its {@code @param} and {@code @return} tags.
 */
class DescriptionsOnceTest {
    static List<FeatureCase> cases() {
        return FeatureCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachOperationsDescriptionIsWrittenOnce(FeatureCase feature) {
        GenerationResult result = CompiledSdk.of(feature).result();
        List<String> services = result.files().stream()
                .filter(file -> file.relativePath().contains("/services/"))
                .map(GeneratedFile::content)
                .toList();
        List<String> repeated = new ArrayList<>();
        for (Service service : result.api().services()) {
            for (Operation operation : service.operations()) {
                operation
                        .docs()
                        .summary()
                        .map(summary -> summary.lines().findFirst().orElse("").strip())
                        .filter(DescriptionsOnceTest::plain)
                        .ifPresent(line -> {
                            long times = services.stream()
                                    .mapToLong(text -> occurrences(text, "* " + line + "\n"))
                                    .sum();
                            if (times != 1) {
                                repeated.add(operation.operationId() + ": " + times + " times: " + line);
                            }
                        });
            }
        }
        assertEquals(List.of(), repeated);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void anOverloadLinksToTheCallItCompletes(FeatureCase feature) {
        for (GeneratedFile file : CompiledSdk.of(feature).result().files()) {
            if (!file.relativePath().contains("/services/")) {
                continue;
            }
            List<String> lines = file.content().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().startsWith("default ")) {
                    String doc = javadocAbove(lines, i);
                    assertTrue(
                            doc.contains("{@link #"),
                            () -> file.relativePath() + ": an overload without a link to its full call: " + doc);
                }
            }
        }
    }

    /** The Javadoc comment right above a declaration (annotations between them skipped). */
    private static String javadocAbove(List<String> lines, int declaration) {
        int end = declaration - 1;
        while (end >= 0 && lines.get(end).strip().startsWith("@")) {
            end--;
        }
        int start = end;
        while (start >= 0 && !lines.get(start).strip().startsWith("/**")) {
            start--;
        }
        return start < 0 ? "" : String.join("\n", lines.subList(start, end + 1));
    }

    /** A description line the Javadoc carries as it is: nothing to escape, long enough to be told apart. */
    private static boolean plain(String line) {
        return line.length() > 12 && line.chars().noneMatch(c -> "&<>@*/\\{}".indexOf(c) >= 0);
    }

    private static long occurrences(String text, String part) {
        long count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
