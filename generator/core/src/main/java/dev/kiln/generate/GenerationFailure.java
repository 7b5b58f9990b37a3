package dev.kiln.generate;

import dev.kiln.problems.Problem;
import java.util.List;

/**
 * A generation, check or diff that Kiln refuses to finish because of what the user gave it: a spec with errors, a
 * setting it cannot use, a change it was told to refuse, a checked-in SDK that is stale. Its message is the one the
 * user reads; nothing was written.
 */
public final class GenerationFailure extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why Kiln refused, so that a front end can tell the cases apart (the command line's exit code). */
    public enum Reason {
        /** The spec is missing, malformed or has errors; each was logged as it was found. */
        SPEC_PROBLEMS,
        /** A setting, such as the base package or the client name, has a value Kiln cannot use. */
        BAD_SETTING,
        /** The API changed in a way that breaks the SDK's users, and the request said to refuse that. */
        BREAKING_CHANGE,
        /** The SDK's version does not follow the API's changes, and the request said to refuse that. */
        VERSION_BUMP,
        /** A checked-in SDK is not what the spec generates now. */
        STALE_OUTPUT,
        /** A remote spec could not be fetched, or is not cached offline. */
        SPEC_UNAVAILABLE,
        /** The spec's SHA-256 is not the one the settings pin. */
        SPEC_CHECKSUM
    }

    private final Reason reason;
    private final transient List<Problem> problems;

    /**
     * Creates a failure.
     *
     * @param reason why
     * @param message what the user reads
     * @param problems the spec's problems, errors first; empty unless the reason is {@link Reason#SPEC_PROBLEMS}
     */
    public GenerationFailure(Reason reason, String message, List<Problem> problems) {
        super(message);
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates a failure that is not about the spec's problems.
     *
     * @param reason why
     * @param message what the user reads
     */
    public GenerationFailure(Reason reason, String message) {
        this(reason, message, List.of());
    }

    /** Why Kiln refused. */
    public Reason reason() {
        return reason;
    }

    /** The spec's problems, errors first; empty for the other reasons. */
    public List<Problem> problems() {
        return problems;
    }
}
