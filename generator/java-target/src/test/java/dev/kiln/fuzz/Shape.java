package dev.kiln.fuzz;

import java.util.List;
import java.util.Optional;

/**
 * The shape of a random schema, before it is written as OpenAPI: what the fuzzer knows about a schema so that it
 * can also make a JSON instance of it.
 */
sealed interface Shape {

    /** The JSON scalars a schema may name, with the {@code format} that picks Kiln's Java type. */
    enum ScalarKind {
        STRING,
        INT32,
        INT64,
        NUMBER,
        BOOLEAN,
        DATE,
        DATE_TIME
    }

    /** A string, integer, number or boolean. */
    record Scalar(ScalarKind kind) implements Shape {}

    /** A string enum ({@code values} are strings) or an integer enum ({@code values} are longs) of two or more values. */
    record Enumeration(List<Object> values) implements Shape {
        public Enumeration {
            values = List.copyOf(values);
        }

        boolean integer() {
            return values.get(0) instanceof Long;
        }
    }

    /** A string with one allowed value: {@code const} in 3.1, a one-value {@code enum} in 3.0. */
    record Literal(String value) implements Shape {}

    /** A JSON array. */
    record ArrayOf(Shape items) implements Shape {}

    /** A JSON object used as a map: {@code additionalProperties} only. */
    record MapOf(Shape values) implements Shape {}

    /**
     * A JSON object with declared properties and, optionally, typed additional properties.
     *
     * @param fields the declared properties in spec order
     * @param additional the schema of every other member; empty to leave {@code additionalProperties} out
     */
    record ObjectOf(List<Field> fields, Optional<Shape> additional) implements Shape {
        public ObjectOf {
            fields = List.copyOf(fields);
        }
    }

    /** A {@code $ref} to a component schema. */
    record Ref(String component) implements Shape {}

    /** A schema that also admits JSON {@code null}. */
    record Nullable(Shape inner) implements Shape {}

    /** A {@code oneOf} without a discriminator: the first variant that reads the JSON wins. */
    record OneOf(List<Shape> variants) implements Shape {
        public OneOf {
            variants = List.copyOf(variants);
        }
    }

    /**
     * A {@code oneOf} of object components told apart by a property, each variant holding that property as a
     * required literal.
     *
     * @param property the discriminator's property name
     * @param variants the components, each with the tag it declares
     * @param explicitMapping whether the discriminator lists a {@code mapping} (otherwise the tags are the
     *     components' names)
     */
    record Tagged(String property, List<TaggedVariant> variants, boolean explicitMapping) implements Shape {
        public Tagged {
            variants = List.copyOf(variants);
        }
    }

    /** A variant of a {@link Tagged} union. */
    record TaggedVariant(String tag, String component) {}

    /** An {@code allOf} of a parent object component and properties of its own. */
    record AllOf(String parent, ObjectOf own) implements Shape {}

    /** A property of an object. */
    record Field(String name, Shape shape, boolean required) {}
}
