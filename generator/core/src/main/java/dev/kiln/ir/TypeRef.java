package dev.kiln.ir;

/**
 * How a value is typed where it is used: a scalar, a generated type, a list, a map, raw JSON, or a class of the
 * user's that a mapping names.
 */
public sealed interface TypeRef
        permits TypeRef.Scalar, TypeRef.Named, TypeRef.ListOf, TypeRef.MapOf, TypeRef.AnyJson, TypeRef.Mapped {

    /** The JSON scalars Kiln maps to Java types. */
    enum ScalarKind {
        STRING,
        BOOLEAN,
        INT32,
        INT64,
        DOUBLE,
        DATE_TIME,
        DATE,
        /** Raw octets ({@code format: binary}): a file to upload, kept as text inside JSON. */
        BINARY
    }

    /** A JSON scalar. */
    record Scalar(ScalarKind kind) implements TypeRef {}

    /** A generated type. */
    record Named(TypeId id) implements TypeRef {}

    /** A JSON array whose elements have one type. */
    record ListOf(TypeRef element) implements TypeRef {}

    /** A JSON object used as a map from names to values of one type. */
    record MapOf(TypeRef value) implements TypeRef {}

    /** Any JSON value, kept as it is. */
    record AnyJson() implements TypeRef {}

    /**
     * A class the user maps a type, a format or a schema to ({@code java.time.Instant}, {@code com.acme.Money}): no
     * type is generated for it, and its values are read and written as the target knows that class, or as Jackson
     * does.
     *
     * @param className the class's fully qualified name
     */
    record Mapped(String className) implements TypeRef {}

    static TypeRef scalar(ScalarKind kind) {
        return new Scalar(kind);
    }

    static TypeRef named(TypeId id) {
        return new Named(id);
    }
}
