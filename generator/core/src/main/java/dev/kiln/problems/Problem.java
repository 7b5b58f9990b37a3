package dev.kiln.problems;

import java.util.Optional;

/**
 * One problem in a spec.
 *
 * @param kind what kind of problem, with its id and severity
 * @param pointer the JSON pointer of the offending element, such as {@code #/components/schemas/Pet}
 * @param location the file and line, when known
 * @param message what is wrong
 * @param hint what to do about it, when Kiln can tell
 */
public record Problem(
        ProblemKind kind, JsonPointer pointer, SourceLocation location, String message, Optional<String> hint) {

    /** Tells whether this problem stops generation. */
    public boolean isError() {
        return kind.severity() == ProblemKind.Severity.ERROR;
    }

    /**
     * Formats the problem on one line, for example {@code [KILN-UNRESOLVED-REF] cannot resolve
     * '#/components/schemas/Pett' at #/paths/~1pets/get (spec/x.yaml:42); did you mean 'Pet'?}.
     */
    public String format() {
        StringBuilder text = new StringBuilder()
                .append('[')
                .append(kind.id())
                .append("] ")
                .append(message)
                .append(" at ")
                .append(pointer)
                .append(" (")
                .append(location)
                .append(')');
        hint.ifPresent(h -> text.append("; ").append(h));
        return text.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
