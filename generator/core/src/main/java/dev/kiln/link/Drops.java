package dev.kiln.link;

import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.Problems;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the linker had to leave out of operations (a parameter, a request body, an answer), each reported where the
 * spec writes it, and the share of operations that lost something, which fails the generation past a limit.
 */
final class Drops {
    private final Problems problems;
    private final Set<String> operations = new LinkedHashSet<>();

    Drops(Problems problems) {
        this.problems = problems;
    }

    /**
     * Reports something an operation is generated without.
     *
     * @param operationId the operation
     * @param pointer where the spec writes what was left out
     * @param what what was left out, such as {@code the query parameter 'limit'}
     * @param why why Kiln could not keep it
     * @param hint what the user can do
     */
    void drop(String operationId, JsonPointer pointer, String what, String why, String hint) {
        operations.add(operationId);
        problems.report(
                ProblemKind.DROPPED, pointer, "'" + operationId + "' is generated without " + what + ": " + why, hint);
    }

    /**
     * Fails the generation when more than {@code maxPercent} of the operations lost something.
     *
     * @param total how many operations the spec has
     * @param maxPercent the share allowed, 0 to 100
     */
    void failAbove(int total, int maxPercent) {
        if (operations.isEmpty() || operations.size() * 100L <= (long) maxPercent * total) {
            return;
        }
        problems.report(
                ProblemKind.TOO_MUCH_DROPPED,
                JsonPointer.ROOT.child("paths"),
                operations.size() + " of " + total + " operations (" + percent(operations.size(), total)
                        + ") would be generated without part of what the spec says, more than the " + maxPercent
                        + "% allowed",
                "see the KILN-DROPPED warnings for what and where; fix the spec there, or allow it with "
                        + "<maxDroppedPercent>100</maxDroppedPercent> (-Dkiln.maxDroppedPercent=100)");
    }

    private static String percent(int part, int total) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", part * 100.0 / total);
    }
}
