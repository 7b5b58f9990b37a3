package dev.kiln.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.generate.MethodNameQuality;
import dev.kiln.link.OperationSelection;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The corpus measure: every public spec in {@code ../shared/specs/corpus} generated and compiled by Kiln, with
 * OpenAPI Generator's figures beside it, written to {@code target/corpus-report.md} and the build output.
 * Rerun with {@code mvn -B -Pcorpus -pl :kiln-corpus -am verify -Dtest=CorpusReportTest -Dsurefire.failIfNoSpecifiedTests=false -Dinvoker.skip}.
 */
class CorpusReportTest {
    private static final String GITHUB = "github-2020.json";
    /** What an app that shows a user's repositories, their issues and pull requests calls. */
    private static final OperationSelection GITHUB_SELECTION = OperationSelection.parse(
            List.of(
                    "id:repos/get",
                    "id:repos/list-for-user",
                    "id:issues/list-for-repo",
                    "id:issues/create",
                    "id:pulls/get",
                    "id:pulls/list"),
            List.of());

    @Test
    void everyCorpusSpecGeneratesAndCompilesWithKiln() throws Exception {
        Path corpus = Path.of(System.getProperty("kiln.corpus.dir", "../../../shared/specs/corpus"));
        assumeTrue(Files.isDirectory(corpus), "the corpus is not beside this checkout: " + corpus.toAbsolutePath());
        Path work = Path.of(System.getProperty("kiln.corpus.work", "target/corpus"));
        CorpusReport report = new CorpusReport();
        for (CorpusSpec spec : CorpusSpec.in(corpus)) {
            OpenAPI openApi = parse(spec);
            int schemas =
                    openApi.getComponents() == null || openApi.getComponents().getSchemas() == null
                            ? 0
                            : openApi.getComponents().getSchemas().size();
            int operations = openApi.getPaths() == null
                    ? 0
                    : openApi.getPaths().values().stream()
                            .mapToInt(OperationCount::of)
                            .sum();
            KilnRun.Result kiln = KilnRun.run(spec, work);
            if (spec.file().getFileName().toString().equals(GITHUB)) {
                KilnRun.Result selected = KilnRun.run(spec, work, GITHUB_SELECTION, spec.name() + "-selected");
                report.add(new CorpusReport.SelectionRow(spec, GITHUB_SELECTION.toString(), kiln, selected));
            }
            OpenApiGeneratorRun.Result peer = OpenApiGeneratorRun.run(spec, work);
            report.add(new CorpusReport.Row(spec, schemas, operations, kiln, peer));
            System.out.println("corpus: " + spec.name() + " done (Kiln javac errors: "
                    + kiln.compilation().errors() + ")");
        }
        String markdown = report.markdown();
        Path reportFile = Path.of(System.getProperty("kiln.corpus.report", "target/corpus-report.md"));
        Files.createDirectories(reportFile.toAbsolutePath().getParent());
        Files.writeString(reportFile, markdown, StandardCharsets.UTF_8);
        System.out.println(markdown);

        List<String> failing = report.rows().stream()
                .filter(row -> row.kiln().compilation().errors() > 0)
                .map(row -> row.spec().name() + " (" + row.kiln().compilation().errors() + " errors, first: "
                        + row.kiln().compilation().firstErrors() + ")")
                .collect(Collectors.toList());
        report.selections().stream()
                .filter(row -> row.selected().compilation().errors() > 0)
                .forEach(row -> failing.add(row.spec().name() + " with " + row.selection() + " (first: "
                        + row.selected().compilation().firstErrors() + ")"));
        assertEquals(List.of(), failing, "Kiln's output must compile for every corpus spec");

        // method names: none that echo their path or repeat their resource on Together's spec, under 5% on every spec
        List<String> badlyNamed = new ArrayList<>();
        for (CorpusReport.Row row : report.rows()) {
            MethodNameQuality.Counts names = row.kiln().names();
            int limit = row.spec().name().startsWith("together") ? 0 : names.methods() * 5 / 100;
            if (names.echoingPath().size() > limit || names.repeatingResource().size() > limit) {
                badlyNamed.add(row.spec().name() + ": " + names.echoingPath() + " " + names.repeatingResource());
            }
        }
        assertEquals(List.of(), badlyNamed, "methods that echo their path or repeat their resource");
    }

    private static OpenAPI parse(CorpusSpec spec) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        return new OpenAPIV3Parser()
                .readLocation(spec.file().toString(), null, options)
                .getOpenAPI();
    }

    /** Counts the HTTP operations of a path. */
    private static final class OperationCount {
        static int of(PathItem item) {
            return item.readOperations().size();
        }
    }
}
