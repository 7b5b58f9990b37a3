package dev.kiln.cases;

import java.util.ArrayList;
import java.util.List;

/** A unified-style diff of two texts, line by line, for failure messages: {@code -} expected, {@code +} actual. */
final class LineDiff {
    private static final int CONTEXT = 2;
    private static final int MAX_LINES = 60;

    private LineDiff() {}

    /**
     * Describes how {@code actual} differs from {@code expected}.
     *
     * @return hunks headed {@code @@ -line +line @@}, cut after {@value #MAX_LINES} lines; empty when the texts are
     *     equal
     */
    static String of(String expected, String actual) {
        if (expected.equals(actual)) {
            return "";
        }
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        List<Edit> edits = edits(a, b);
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int[] hunk : hunks(edits)) {
            Edit first = edits.get(hunk[0]);
            out.append("@@ -")
                    .append(first.expectedLine())
                    .append(" +")
                    .append(first.actualLine())
                    .append(" @@\n");
            for (int k = hunk[0]; k < hunk[1]; k++) {
                if (shown++ == MAX_LINES) {
                    return out.append("... (diff cut)\n").toString();
                }
                out.append(edits.get(k).kind()).append(edits.get(k).text()).append('\n');
            }
        }
        return out.length() == 0 ? "the texts differ only in line endings or the final newline\n" : out.toString();
    }

    /** The ranges of edits to show: each change with {@value #CONTEXT} lines around it, overlapping ranges merged. */
    private static List<int[]> hunks(List<Edit> edits) {
        List<int[]> hunks = new ArrayList<>();
        for (int k = 0; k < edits.size(); k++) {
            if (edits.get(k).kind() == ' ') {
                continue;
            }
            int start = Math.max(0, k - CONTEXT);
            int end = Math.min(edits.size(), k + CONTEXT + 1);
            int[] last = hunks.isEmpty() ? null : hunks.get(hunks.size() - 1);
            if (last != null && start <= last[1]) {
                last[1] = end;
            } else {
                hunks.add(new int[] {start, end});
            }
        }
        return hunks;
    }

    /** One line of the diff: {@code ' '} kept, {@code '-'} only expected, {@code '+'} only actual; lines from 1. */
    private record Edit(char kind, String text, int expectedLine, int actualLine) {}

    /** The shortest edit script by longest common subsequence; generated files are small enough for it. */
    private static List<Edit> edits(List<String> a, List<String> b) {
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                edits.add(new Edit(' ', a.get(i), i + 1, j + 1));
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                edits.add(new Edit('-', a.get(i), i + 1, j + 1));
                i++;
            } else {
                edits.add(new Edit('+', b.get(j), i + 1, j + 1));
                j++;
            }
        }
        return edits;
    }
}
