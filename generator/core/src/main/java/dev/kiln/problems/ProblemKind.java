package dev.kiln.problems;

/** The kinds of problem Kiln reports, each with a stable id users can search for. */
public enum ProblemKind {
    SPEC_NOT_FOUND("KILN-SPEC-NOT-FOUND", Severity.ERROR),
    SPEC_UNPARSEABLE("KILN-SPEC-UNPARSEABLE", Severity.ERROR),
    SPEC_INVALID("KILN-SPEC-INVALID", Severity.ERROR),
    UNRESOLVED_REF("KILN-UNRESOLVED-REF", Severity.ERROR),
    REF_FILE_NOT_FOUND("KILN-REF-FILE-NOT-FOUND", Severity.ERROR),
    REMOTE_REF("KILN-REMOTE-REF", Severity.ERROR),
    REF_CYCLE("KILN-REF-CYCLE", Severity.ERROR),
    INVALID_TYPE("KILN-INVALID-TYPE", Severity.ERROR),
    INVALID_ENUM("KILN-INVALID-ENUM", Severity.ERROR),
    TOO_MUCH_DROPPED("KILN-TOO-MUCH-DROPPED", Severity.ERROR),
    SWAGGER_2("KILN-SWAGGER-2", Severity.ERROR),
    UNSUPPORTED_VERSION("KILN-UNSUPPORTED-VERSION", Severity.ERROR),
    DUPLICATE_OPERATION_ID("KILN-DUPLICATE-OPERATION-ID", Severity.ERROR),
    BAD_DISCRIMINATOR("KILN-BAD-DISCRIMINATOR", Severity.ERROR),
    /** A selector of the operations to generate names none of the spec's. */
    SELECTOR_MATCHES_NOTHING("KILN-SELECTOR-MATCHES-NOTHING", Severity.ERROR),
    /** A name override of the settings names no operation, tag, schema, property, parameter or enum value. */
    NAME_MATCHES_NOTHING("KILN-NAME-MATCHES-NOTHING", Severity.ERROR),
    /** A name override gives a name another member of the same place already has. */
    NAME_COLLISION("KILN-NAME-COLLISION", Severity.ERROR),
    SPEC_WARNING("KILN-SPEC-WARNING", Severity.WARNING),
    DROPPED("KILN-DROPPED", Severity.WARNING),
    UNSUPPORTED("KILN-UNSUPPORTED", Severity.WARNING);

    /** How bad a problem is. */
    public enum Severity {
        /** Generation stops. */
        ERROR,
        /** Generation goes on; the user should look. */
        WARNING
    }

    private final String id;
    private final Severity severity;

    ProblemKind(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    /** The stable id, such as {@code KILN-UNRESOLVED-REF}. */
    public String id() {
        return id;
    }

    /** Whether this kind stops generation. */
    public Severity severity() {
        return severity;
    }
}
