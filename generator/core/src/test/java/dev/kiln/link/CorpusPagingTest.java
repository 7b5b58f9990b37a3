package dev.kiln.link;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.generate.Generator;
import dev.kiln.ir.Api;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Pagination;
import dev.kiln.ir.Service;
import dev.kiln.language.PlainTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Paging recognised on the public corpus (read where the project keeps it, {@code ../shared/specs/corpus}; skipped
 * when it is absent): each spec's operations counted by the style Kiln pages them in, printed, and the style each
 * vendor documents found among them.
 */
class CorpusPagingTest {
    private static final Path CORPUS = Path.of(System.getProperty("kiln.corpus.dir", "../../../shared/specs/corpus"));

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "github-2020.json, LinkHeader",
        "stripe-2022.json, LastItemCursor starting_after",
        "openai.yaml, Cursor after",
        "together.yaml, ''",
        "asana.yaml, Cursor offset",
        "twilio-api-v2010.json, NextUrl",
        "kubernetes-core-v1.json, Cursor continue",
        "spotify.yml, NextUrl",
        "box.json, Offset offset",
        "discord.json, ''",
    })
    void recognisesEachVendorsPagingStyle(String spec, String expected) {
        Path file = CORPUS.resolve(spec);
        assumeTrue(Files.isRegularFile(file), "the corpus is not here: " + CORPUS.toAbsolutePath());
        Api api = new Generator(new PlainTarget()).api(file, spec);
        Map<String, Integer> styles = new TreeMap<>();
        int operations = 0;
        for (Service service : api.services()) {
            for (Operation operation : service.operations()) {
                operations++;
                operation.pagination().ifPresent(style -> styles.merge(name(style), 1, Integer::sum));
            }
        }
        int paged = styles.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("paging " + spec + ": " + paged + " of " + operations + " operations paged " + styles);
        if (!expected.isEmpty()) {
            assertTrue(styles.containsKey(expected), () -> spec + " pages no operation by " + expected + ": " + styles);
        }
    }

    private static String name(Pagination style) {
        String kind = style.getClass().getSimpleName();
        if (style instanceof Pagination.Cursor cursor) {
            return kind + " " + cursor.parameter();
        }
        if (style instanceof Pagination.LastItemCursor cursor) {
            return kind + " " + cursor.parameter();
        }
        if (style instanceof Pagination.PageNumber page) {
            return kind + " " + page.parameter();
        }
        if (style instanceof Pagination.Offset offset) {
            return kind + " " + offset.parameter();
        }
        return kind;
    }
}
