package dev.kiln.problems;

/** The kinds of problem Kiln reports, each with a stable id users can search for. */
public enum ProblemKind {
    SPEC_NOT_FOUND("KILN-SPEC-NOT-FOUND", Severity.ERROR),
    SPEC_UNPARSEABLE("KILN-SPEC-UNPARSEABLE", Severity.ERROR),
    SPEC_INVALID("KILN-SPEC-INVALID", Severity.ERROR),
    /** A file is larger, holds more YAML aliases to maps or lists, or nests deeper than Kiln reads. */
    SPEC_LIMIT("KILN-SPEC-LIMIT", Severity.ERROR),
    UNRESOLVED_REF("KILN-UNRESOLVED-REF", Severity.ERROR),
    REF_FILE_NOT_FOUND("KILN-REF-FILE-NOT-FOUND", Severity.ERROR),
    REMOTE_REF("KILN-REMOTE-REF", Severity.ERROR),
    REF_CYCLE("KILN-REF-CYCLE", Severity.ERROR),
    INVALID_TYPE("KILN-INVALID-TYPE", Severity.ERROR),
    INVALID_ENUM("KILN-INVALID-ENUM", Severity.ERROR),
    TOO_MUCH_DROPPED("KILN-TOO-MUCH-DROPPED", Severity.ERROR),
    UNSUPPORTED_VERSION("KILN-UNSUPPORTED-VERSION", Severity.ERROR),
    DUPLICATE_OPERATION_ID("KILN-DUPLICATE-OPERATION-ID", Severity.ERROR),
    BAD_DISCRIMINATOR("KILN-BAD-DISCRIMINATOR", Severity.ERROR),
    /** A selector of the operations to generate names none of the spec's. */
    SELECTOR_MATCHES_NOTHING("KILN-SELECTOR-MATCHES-NOTHING", Severity.ERROR),
    /** A type or schema mapping names no type, format or schema of the spec. */
    MAPPING_MATCHES_NOTHING("KILN-MAPPING-MATCHES-NOTHING", Severity.ERROR),
    /** An {@code x-kiln-*-mappings} extension maps to something that is no class name. */
    BAD_MAPPING("KILN-BAD-MAPPING", Severity.ERROR),
    /** An overlay file is missing, is not an Overlay document, or has an action without a JSONPath target. */
    OVERLAY_INVALID("KILN-OVERLAY-INVALID", Severity.ERROR),
    /** A name override of the settings names no operation, tag, schema, property, parameter or enum value. */
    NAME_MATCHES_NOTHING("KILN-NAME-MATCHES-NOTHING", Severity.ERROR),
    /** A name override gives a name another member of the same place already has. */
    NAME_COLLISION("KILN-NAME-COLLISION", Severity.ERROR),
    SPEC_WARNING("KILN-SPEC-WARNING", Severity.WARNING),
    /** An overlay action's target selects nothing in the spec. */
    OVERLAY_TARGET_MATCHES_NOTHING("KILN-OVERLAY-TARGET-MATCHES-NOTHING", Severity.WARNING),
    DROPPED("KILN-DROPPED", Severity.WARNING),
    UNSUPPORTED("KILN-UNSUPPORTED", Severity.WARNING),
    /** Converting a Swagger 2.0 spec to OpenAPI 3 lost or guessed something. */
    SWAGGER_2_CONVERSION("KILN-SWAGGER-2-CONVERSION", Severity.WARNING);

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
