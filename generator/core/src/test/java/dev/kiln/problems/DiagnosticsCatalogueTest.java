package dev.kiln.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every id a user can meet, each kind of problem and each refusal the goals and the command line name, has its entry
 * in the catalogue of {@code docs/diagnostics.md}, and the catalogue names no id Kiln no longer has.
 */
class DiagnosticsCatalogueTest {
    private static final Path CATALOGUE = Path.of("..", "..", "docs", "diagnostics.md");
    private static final Path CORE_SOURCES = Path.of("src", "main", "java");
    private static final Pattern ID = Pattern.compile("KILN-[A-Z0-9]+(?:-[A-Z0-9]+)*");

    @Test
    void everyIdKilnReportsIsInTheCatalogue() throws IOException {
        Set<String> documented = ids(Files.readString(CATALOGUE, StandardCharsets.UTF_8));
        Set<String> reported = reportedIds();
        for (ProblemKind kind : ProblemKind.values()) {
            assertTrue(reported.contains(kind.id()), kind.id());
        }

        Set<String> missing = new TreeSet<>(reported);
        missing.removeAll(documented);
        assertEquals(Set.of(), missing, "ids Kiln reports that docs/diagnostics.md does not explain");
        Set<String> stale = new TreeSet<>(documented);
        stale.removeAll(reported);
        assertEquals(Set.of(), stale, "ids docs/diagnostics.md explains that Kiln no longer reports");
    }

    /** The ids written in core's main sources: the problem kinds' and those of the refusals. */
    private static Set<String> reportedIds() throws IOException {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CORE_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                ids.addAll(ids(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return ids;
    }

    private static Set<String> ids(String text) {
        Set<String> ids = new TreeSet<>();
        Matcher matcher = ID.matcher(text);
        while (matcher.find()) {
            ids.add(matcher.group());
        }
        return ids;
    }
}
