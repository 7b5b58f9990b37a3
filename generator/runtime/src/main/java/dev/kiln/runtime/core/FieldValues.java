package dev.kiln.runtime.core;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A model's field read as {@link ModelSchema} keeps it: the value itself when writing it gives back what was read,
 * else the value with its source (read again only when asked), or the JSON as sent with why it does not fit.
 */
final class FieldValues {
    /** A field read through its codec: not one of the scalars read straight from the parser. */
    static final int THROUGH_CODEC = 0;

    private static final int STRING = 1;
    private static final int INT64 = 2;
    private static final int INT32 = 3;
    private static final int BOOLEAN = 4;

    private FieldValues() {}

    /**
     * How a field of this codec is read from tokens: a string, an integer or a boolean straight from the parser, each
     * at a call site of its own (as Jackson's generated binding calls the one deserializer of a property), anything
     * else through its codec.
     */
    static int scalar(Codec<?> codec) {
        if (codec == Codecs.STRING) {
            return STRING;
        }
        if (codec == Codecs.INT64) {
            return INT64;
        }
        if (codec == Codecs.INT32) {
            return INT32;
        }
        return codec == Codecs.BOOLEAN ? BOOLEAN : THROUGH_CODEC;
    }

    /** A field's value read from JSON: the value, the value with its source, or the JSON with why it does not fit. */
    static Object read(ModelSchema.Field field, JsonNode value, String path) {
        try {
            Object decoded = field.codec().decodeMember(value, path, field.jsonName());
            return field.roundTrips() ? decoded : JsonField.read(decoded, value);
        } catch (JsonDataException mismatch) {
            return JsonField.mismatched(value, mismatch);
        }
    }

    /** A field's value read from tokens: as {@link #read(ModelSchema.Field, JsonNode, String)} reads it from a tree. */
    static Object read(ModelSchema.Field field, JsonInput input) {
        Object plain = field.scalar() == THROUGH_CODEC ? null : scalar(field.scalar(), input);
        if (plain != null) {
            return plain;
        }
        // through the codec; for a scalar, a token of another type, which the codec reads as sent and fails
        Codec<Object> codec = field.codec();
        if (field.roundTrips()) {
            try {
                return codec.read(input);
            } catch (JsonDataException mismatch) {
                return JsonField.mismatched(input.takeFailedValue(), mismatch);
            }
        }
        // taken before reading: reading a value as a tree leaves the parser on no token
        boolean container = input.atContainer();
        long start = container ? input.tokenStart() : -1;
        JsonField.Lazy scalar = container ? null : input.scalarSource();
        try {
            Object value = codec.read(input);
            return JsonField.readLazily(value, container ? input.span(start) : scalar);
        } catch (JsonDataException mismatch) {
            return JsonField.mismatched(input.takeFailedValue(), mismatch);
        }
    }

    /** The scalar read straight from the current token, or null when the token is not of its type. */
    private static Object scalar(int scalar, JsonInput input) {
        return switch (scalar) {
            case STRING -> TokenRead.STRING.read(input);
            case INT64 -> TokenRead.INT64.read(input);
            case INT32 -> TokenRead.INT32.read(input);
            default -> TokenRead.BOOLEAN.read(input);
        };
    }
}
