package dev.kiln.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.emit.JavaTarget;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Pagination;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The paging styles a user names in the settings, on the pagination case: winning over the spec, refused when
 * unusable, logged with the Java methods that page.
 */
class PagingSettingsCaseTest {
    private static final Path SPEC = Path.of("src", "test", "resources", "cases", "pagination", "spec.yaml");

    @Test
    void aNamedStyleWinsOverTheSpecAndNoneTurnsPagingOff() {
        GenerationResult result = generate(
                Map.of("recentEvents", "offset:offset", "GetCustomers", "none", "listFiles", "cursor:after:first_id"));

        assertEquals(
                Optional.of(new Pagination.Offset(
                        operation(result, "listEvents")
                                .pagination()
                                .orElseThrow()
                                .item(),
                        "",
                        "offset")),
                operation(result, "recentEvents").pagination());
        assertEquals(Optional.empty(), operation(result, "GetCustomers").pagination());
        Pagination files = operation(result, "listFiles").pagination().orElseThrow();
        assertEquals("/first_id", ((Pagination.Cursor) files).nextCursor());
    }

    @Test
    void aStyleThatCannotBeUsedIsAWarningAndTheOperationStaysUnpaged() {
        GenerationResult result = generate(Map.of("listFiles", "cursor:starting_after", "getProjects", "sideways"));

        assertEquals(Optional.empty(), operation(result, "listFiles").pagination());
        assertEquals(Optional.empty(), operation(result, "getProjects").pagination());
        List<String> warnings =
                result.warnings().stream().map(problem -> problem.format()).toList();
        assertTrue(
                warnings.stream()
                        .anyMatch(w -> w.contains("KILN-UNSUPPORTED")
                                && w.contains("listFiles")
                                && w.contains("starting_after")),
                warnings::toString);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("'sideways'")), warnings::toString);
    }

    @Test
    void theBuildLogSaysHowEachPagedOperationPages() {
        List<String> lines = PagedOperations.lines(generate(Map.of()).api());

        assertEquals(8, lines.size(), lines::toString);
        assertTrue(
                lines.contains(
                        "Kiln: paged GetCustomers (GET /v1/customers) by cursor in starting_after from the last item's /id, "
                                + "until /has_more is false, items at '/data': customers().list(...)"),
                lines::toString);
        assertTrue(
                lines.contains(
                        "Kiln: paged issues/list-for-repo (GET /repos/{owner}/{repo}/issues) by Link header rel=\"next\", "
                                + "items at '': issues().listForRepo(...)"),
                lines::toString);
    }

    private static GenerationResult generate(Map<String, String> pagination) {
        return new Generator(new JavaTarget())
                .generate(GenerationRequest.builder(SPEC, "pagination.yaml", "com.example.paging")
                        .clientName("Paging")
                        .maxDroppedPercent(5)
                        .pagination(pagination)
                        .build());
    }

    private static Operation operation(GenerationResult result, String operationId) {
        return result.api().services().stream()
                .flatMap(service -> service.operations().stream())
                .filter(operation -> operation.operationId().equals(operationId))
                .findFirst()
                .orElseThrow();
    }
}
