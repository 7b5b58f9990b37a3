package dev.kiln.runtime.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * How a model keeps one field in a slot of its value array, without an object per field: {@code null} for an absent
 * field, {@link #NULL} for an explicit JSON {@code null}, the typed value itself for a value that writes back as it
 * was read, or a {@link JsonField} for anything more (raw JSON, a value that did not fit its type, or a value with
 * the JSON it was read from, when writing the value would not give that JSON back).
 */
final class Slots {
    /** The slot of a field that is explicitly {@code null}. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private Slots() {}

    /** The slot for a field as a {@link JsonField} holds it. */
    static Object of(JsonField<?> field) {
        if (field.isMissing()) {
            return null;
        }
        if (field.isNull()) {
            return NULL;
        }
        Object value = field.valueOrNull();
        if (value != null && field.sourceOrNull() == null) {
            return value;
        }
        return field;
    }

    /** The slot's value as a {@link JsonField}: {@code read} tells a value read from JSON, which has its source. */
    @SuppressWarnings("unchecked")
    static <T> JsonField<T> field(Object slot, Codec<?> codec, boolean read) {
        if (slot == null) {
            return JsonField.missing();
        }
        if (slot == NULL) {
            return JsonField.ofNull();
        }
        if (slot instanceof JsonField<?> field) {
            return (JsonField<T>) field;
        }
        return read ? JsonField.read((T) slot, ((Codec<Object>) codec).encode(slot)) : JsonField.of((T) slot);
    }

    /** The typed value in a slot, or null when it holds none. */
    static Object value(Object slot) {
        if (slot == null || slot == NULL) {
            return null;
        }
        if (slot instanceof JsonField<?> field) {
            return field.valueOrNull();
        }
        return slot;
    }

    /** Whether two slots hold the same field, as {@link JsonField#equals} tells. */
    static boolean equal(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a == NULL || b == NULL) {
            return false;
        }
        JsonNode rawA = raw(a);
        JsonNode rawB = raw(b);
        if (rawA != null || rawB != null) {
            return rawA != null && rawA.equals(rawB);
        }
        return Objects.equals(value(a), value(b));
    }

    /** The hash of a slot, as {@link JsonField#hashCode} gives it. */
    static int hash(Object slot) {
        if (slot == null) {
            return 0;
        }
        if (slot == NULL) {
            return 1;
        }
        JsonNode raw = raw(slot);
        return raw != null ? raw.hashCode() : value(slot).hashCode();
    }

    /** The slot as {@link JsonField#toString} prints it. */
    static String toString(Object slot) {
        if (slot == null) {
            return "<missing>";
        }
        if (slot == NULL) {
            return "null";
        }
        return String.valueOf(slot);
    }

    /** The raw JSON of a slot holding no typed value, or null. */
    private static JsonNode raw(Object slot) {
        return slot instanceof JsonField<?> field && field.isRaw() ? field.sourceOrNull() : null;
    }
}
