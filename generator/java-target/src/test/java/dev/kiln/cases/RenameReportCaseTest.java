package dev.kiln.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kiln.emit.JavaTarget;
import dev.kiln.generate.Generator;
import dev.kiln.lifecycle.ApiChange;
import dev.kiln.lifecycle.ApiComparison;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The golden case of the rule that a rename is an API change: the report between {@code before.yaml} and
 * {@code after.yaml} of {@code reports/names-rename} (a method renamed in place, and one moved to a nested resource,
 * both by {@code x-kiln-name}), with the Java target's names, is the committed {@code report.txt}, rewritten with
 * {@code -Dkiln.updateGoldens=true} like the generated goldens.
 */
class RenameReportCaseTest {
    private static final Path CASE = Path.of("src", "test", "resources", "reports", "names-rename");

    @Test
    void aRenamedMethodIsABreakingChangeInTheReport() throws IOException {
        Generator generator = new Generator(new JavaTarget());
        List<String> report = new ApiComparison()
                        .compare(
                                generator.snapshot(CASE.resolve("before.yaml"), "before.yaml"),
                                generator.snapshot(CASE.resolve("after.yaml"), "after.yaml"))
                        .stream()
                        .map(ApiChange::toString)
                        .toList();
        Path expected = CASE.resolve("report.txt");
        String text = String.join("\n", report) + "\n";
        if (Boolean.getBoolean("kiln.updateGoldens")) {
            Files.writeString(expected, text, StandardCharsets.UTF_8);
            fail("kiln.updateGoldens is set: rewrote " + expected + "; review it with git diff, then run the tests"
                    + " without the property.");
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), text);
    }
}
