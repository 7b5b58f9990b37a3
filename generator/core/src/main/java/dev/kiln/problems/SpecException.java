package dev.kiln.problems;

import java.util.List;
import java.util.stream.Collectors;

/** A spec Kiln cannot generate from: the user's mistake, not Kiln's. */
public final class SpecException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems found, at least one of them an error
     */
    public SpecException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems found, errors first. */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        return "the spec has " + errors + (errors == 1 ? " error" : " errors") + ":\n"
                + problems.stream().map(p -> "  " + p.format()).collect(Collectors.joining("\n"));
    }
}
