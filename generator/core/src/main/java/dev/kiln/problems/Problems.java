package dev.kiln.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Collects problems while a spec is read and linked, each placed at its file and line, and fails once, with all
 * of them, before anything is emitted.
 */
public final class Problems {
    private final Function<JsonPointer, SourceLocation> locator;
    private final List<Problem> problems = new ArrayList<>();

    /**
     * Creates a collector.
     *
     * @param locator finds the file and line of a JSON pointer
     */
    public Problems(Function<JsonPointer, SourceLocation> locator) {
        this.locator = locator;
    }

    /**
     * Reports a problem at a JSON pointer.
     *
     * @param kind the kind
     * @param pointer where it is
     * @param message what is wrong
     * @param hint what to do, or null
     */
    public void report(ProblemKind kind, JsonPointer pointer, String message, String hint) {
        add(new Problem(kind, pointer, locator.apply(pointer), message, Optional.ofNullable(hint)));
    }

    /**
     * Adds a problem found and placed elsewhere, such as by an earlier stage's collector; the same problem found twice
     * (a file reached by two paths) is reported once.
     *
     * @param problem the problem
     */
    public void add(Problem problem) {
        if (!problems.contains(problem)) {
            problems.add(problem);
        }
    }

    /**
     * Reports a problem whose file and line the caller knows, such as one in another file of the spec.
     *
     * @param kind the kind
     * @param pointer where it is, in the file of {@code location}
     * @param location the file and line
     * @param message what is wrong
     * @param hint what to do, or null
     */
    public void report(ProblemKind kind, JsonPointer pointer, SourceLocation location, String message, String hint) {
        add(new Problem(kind, pointer, location, message, Optional.ofNullable(hint)));
    }

    /** The warnings so far. */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /**
     * Fails when any error was reported.
     *
     * @throws SpecException with every problem, errors first
     */
    public void throwIfErrors() {
        if (problems.stream().anyMatch(Problem::isError)) {
            List<Problem> ordered =
                    new ArrayList<>(problems.stream().filter(Problem::isError).toList());
            ordered.addAll(warnings());
            throw new SpecException(ordered);
        }
    }
}
