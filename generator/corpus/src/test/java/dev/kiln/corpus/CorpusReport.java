package dev.kiln.corpus;

import dev.kiln.generate.MethodNameQuality;
import java.util.ArrayList;
import java.util.List;

/** The corpus table: one row per spec, Kiln's figures beside OpenAPI Generator's. */
final class CorpusReport {
    /**
     * One spec's figures.
     *
     * @param spec the spec
     * @param schemas its component schemas
     * @param operations its operations
     * @param kiln Kiln's figures
     * @param peer OpenAPI Generator's figures
     */
    record Row(CorpusSpec spec, int schemas, int operations, KilnRun.Result kiln, OpenApiGeneratorRun.Result peer) {}

    /**
     * One spec generated whole and with only a few of its operations.
     *
     * @param spec the spec
     * @param selection the selectors, as written in the settings
     * @param whole Kiln's figures for every operation
     * @param selected Kiln's figures for the selected ones
     */
    record SelectionRow(CorpusSpec spec, String selection, KilnRun.Result whole, KilnRun.Result selected) {}

    private final List<Row> rows = new ArrayList<>();
    private final List<SelectionRow> selections = new ArrayList<>();

    void add(Row row) {
        rows.add(row);
    }

    void add(SelectionRow row) {
        selections.add(row);
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    List<SelectionRow> selections() {
        return List.copyOf(selections);
    }

    /** {@code 3 (1.2%)}. */
    private static String share(int count, int total) {
        return count + " (" + String.format(java.util.Locale.ROOT, "%.1f", total == 0 ? 0.0 : 100.0 * count / total)
                + "%)";
    }

    String markdown() {
        StringBuilder text = new StringBuilder()
                .append(
                        "| spec | schemas | operations | Kiln time (ms) | Kiln files | Kiln lines | Kiln javac errors | Kiln javac warnings "
                                + "| Kiln warnings | examples round-tripped | OpenAPI Generator time (ms) | OpenAPI Generator javac errors |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            JavaCompilation.Result kiln = row.kiln().compilation();
            OpenApiGeneratorRun.Result peer = row.peer();
            String peerTime = peer.failure().isEmpty()
                    ? peer.millis() + (peer.refusedByValidation() ? " (refused; with skip-validate)" : "")
                    : "failed: " + peer.failure().lines().findFirst().orElse("");
            text.append("| ")
                    .append(row.spec().file().getFileName())
                    .append(" | ")
                    .append(row.schemas())
                    .append(" | ")
                    .append(row.operations())
                    .append(" | ")
                    .append(row.kiln().millis())
                    .append(" | ")
                    .append(kiln.sourceFiles())
                    .append(" | ")
                    .append(kiln.lines())
                    .append(" | ")
                    .append(kiln.errors())
                    .append(" | ")
                    .append(kiln.warnings())
                    .append(" | ")
                    .append(row.kiln().warnings())
                    .append(" | ")
                    .append(row.kiln().examples().roundTripped())
                    .append("/")
                    .append(row.kiln().examples().total())
                    .append(" | ")
                    .append(peerTime)
                    .append(" | ")
                    .append(
                            peer.failure().isEmpty()
                                    ? String.valueOf(peer.compilation().errors())
                                    : "-")
                    .append(" |\n");
        }
        long compiling =
                rows.stream().filter(r -> r.kiln().compilation().errors() == 0).count();
        long peerCompiling = rows.stream()
                .filter(r ->
                        r.peer().failure().isEmpty() && r.peer().compilation().errors() == 0)
                .count();
        text.append(linesBesidePeer());
        text.append("\nKiln's output compiles for ")
                .append(compiling)
                .append(" of ")
                .append(rows.size())
                .append(" specs; OpenAPI Generator's (java, native) for ")
                .append(peerCompiling)
                .append(" of ")
                .append(rows.size())
                .append(".\n");
        for (Row row : rows) {
            for (String failure : row.kiln().examples().firstFailures()) {
                text.append("\n- ")
                        .append(row.spec().name())
                        .append(" example: ")
                        .append(failure.replace("|", "\\|"));
            }
            for (String error : row.kiln().compilation().firstErrors()) {
                text.append("\n- ")
                        .append(row.spec().name())
                        .append(" Kiln javac: ")
                        .append(error.replace("|", "\\|"));
            }
        }
        text.append('\n');
        text.append("\nMethod names (MethodNameQuality): methods that echo their path (`getFilesIdContent`) and that ")
                .append("repeat their resource (`files().deleteFile`):\n\n")
                .append("| spec | methods | echo their path | repeat their resource |\n")
                .append("|---|---:|---:|---:|\n");
        for (Row row : rows) {
            MethodNameQuality.Counts names = row.kiln().names();
            text.append("| ")
                    .append(row.spec().file().getFileName())
                    .append(" | ")
                    .append(names.methods())
                    .append(" | ")
                    .append(share(names.echoingPath().size(), names.methods()))
                    .append(" | ")
                    .append(share(names.repeatingResource().size(), names.methods()))
                    .append(" |\n");
        }
        for (Row row : rows) {
            MethodNameQuality.Counts names = row.kiln().names();
            names.echoingPath()
                    .forEach(method -> text.append("\n- ")
                            .append(row.spec().name())
                            .append(" echoes its path: ")
                            .append(method));
            names.repeatingResource()
                    .forEach(method -> text.append("\n- ")
                            .append(row.spec().name())
                            .append(" repeats its resource: ")
                            .append(method));
        }
        text.append('\n');
        if (!selections.isEmpty()) {
            text.append("\nGenerating only some operations (`includeOperations`), beside the whole spec:\n\n")
                    .append(
                            "| spec | selection | operations | types | files | lines | Kiln time (ms) | javac errors |\n")
                    .append("|---|---|---:|---:|---:|---:|---:|---:|\n");
            for (SelectionRow row : selections) {
                appendSelection(text, row.spec(), "every operation", row.whole());
                appendSelection(text, row.spec(), row.selection(), row.selected());
            }
        }
        return text.toString();
    }

    private static void appendSelection(StringBuilder text, CorpusSpec spec, String selection, KilnRun.Result run) {
        text.append("| ")
                .append(spec.file().getFileName())
                .append(" | ")
                .append(selection)
                .append(" | ")
                .append(run.operations())
                .append(" | ")
                .append(run.types())
                .append(" | ")
                .append(run.compilation().sourceFiles())
                .append(" | ")
                .append(run.compilation().lines())
                .append(" | ")
                .append(run.millis())
                .append(" | ")
                .append(run.compilation().errors())
                .append(" |\n");
    }

    /** Kiln's lines beside OpenAPI Generator's (java, native; its whole output), per spec it generated. */
    private String linesBesidePeer() {
        StringBuilder text = new StringBuilder(
                        "\n| spec | Kiln lines | OpenAPI Generator lines | Kiln / OpenAPI Generator |\n")
                .append("|---|---:|---:|---:|\n");
        for (Row row : rows) {
            long kiln = row.kiln().compilation().lines();
            long peer = row.peer().compilation().lines();
            text.append("| ")
                    .append(row.spec().file().getFileName())
                    .append(" | ")
                    .append(kiln)
                    .append(" | ")
                    .append(row.peer().failure().isEmpty() ? String.valueOf(peer) : "-")
                    .append(" | ")
                    .append(
                            row.peer().failure().isEmpty() && peer > 0
                                    ? String.format(java.util.Locale.ROOT, "%.2f", (double) kiln / peer) + "×"
                                    : "-")
                    .append(" |\n");
        }
        return text.toString();
    }
}
