package dev.kiln.runtime.core;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A model's field read as {@link ModelSchema} keeps it: the value itself when writing it gives back what was read,
 * else the value with its source (read again only when asked), or the JSON as sent with why it does not fit.
 */
final class FieldValues {
    private FieldValues() {}

    /** A field's value read from JSON: the value, the value with its source, or the JSON with why it does not fit. */
    static Object read(ModelSchema.Field field, JsonNode value, String path) {
        try {
            Object decoded = field.codec().decodeMember(value, path, field.jsonName());
            return field.codec().roundTrips() ? decoded : JsonField.read(decoded, value);
        } catch (JsonDataException mismatch) {
            return JsonField.mismatched(value, mismatch);
        }
    }

    /** A field's value read from tokens: as {@link #read(ModelSchema.Field, JsonNode, String)} reads it from a tree. */
    static Object read(ModelSchema.Field field, JsonInput input) {
        Codec<Object> codec = field.codec();
        if (codec.roundTrips()) {
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
}
