package dev.kiln.corpus;

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

    private final List<Row> rows = new ArrayList<>();

    void add(Row row) {
        rows.add(row);
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    String markdown() {
        StringBuilder text = new StringBuilder()
                .append("| spec | schemas | operations | Kiln time (ms) | Kiln files | Kiln lines | Kiln javac errors | Kiln javac warnings "
                        + "| Kiln warnings | examples round-tripped | OpenAPI Generator time (ms) | OpenAPI Generator javac errors |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            JavaCompilation.Result kiln = row.kiln().compilation();
            OpenApiGeneratorRun.Result peer = row.peer();
            String peerTime = peer.failure().isEmpty()
                    ? peer.millis() + (peer.refusedByValidation() ? " (refused; with skip-validate)" : "")
                    : "failed: " + peer.failure().lines().findFirst().orElse("");
            text.append("| ").append(row.spec().file().getFileName())
                    .append(" | ").append(row.schemas())
                    .append(" | ").append(row.operations())
                    .append(" | ").append(row.kiln().millis())
                    .append(" | ").append(kiln.sourceFiles())
                    .append(" | ").append(kiln.lines())
                    .append(" | ").append(kiln.errors())
                    .append(" | ").append(kiln.warnings())
                    .append(" | ").append(row.kiln().warnings())
                    .append(" | ").append(row.kiln().examples().roundTripped()).append("/").append(row.kiln().examples().total())
                    .append(" | ").append(peerTime)
                    .append(" | ").append(peer.failure().isEmpty() ? String.valueOf(peer.compilation().errors()) : "-")
                    .append(" |\n");
        }
        long compiling = rows.stream().filter(r -> r.kiln().compilation().errors() == 0).count();
        long peerCompiling = rows.stream().filter(r -> r.peer().failure().isEmpty() && r.peer().compilation().errors() == 0).count();
        text.append("\nKiln's output compiles for ").append(compiling).append(" of ").append(rows.size())
                .append(" specs; OpenAPI Generator's (java, native) for ").append(peerCompiling).append(" of ").append(rows.size()).append(".\n");
        for (Row row : rows) {
            for (String failure : row.kiln().examples().firstFailures()) {
                text.append("\n- ").append(row.spec().name()).append(" example: ").append(failure.replace("|", "\\|"));
            }
            for (String error : row.kiln().compilation().firstErrors()) {
                text.append("\n- ").append(row.spec().name()).append(" Kiln javac: ").append(error.replace("|", "\\|"));
            }
        }
        return text.append('\n').toString();
    }
}
