package dev.kiln.runtime.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One field of a model in one of three states: absent, explicitly {@code null}, or holding a value. A field
 * read from JSON also keeps the JSON it was read from, so that writing the model back reproduces it exactly.
 *
 * @param <T> the field's Java type
 */
public final class JsonField<T> {
    private static final JsonField<?> MISSING = new JsonField<>(State.MISSING, null, null);
    private static final JsonField<?> NULL = new JsonField<>(State.NULL, null, null);

    private enum State {
        MISSING,
        NULL,
        VALUE
    }

    private final State state;
    private final T value;
    private final JsonNode source;

    private JsonField(State state, T value, JsonNode source) {
        this.state = state;
        this.value = value;
        this.source = source;
    }

    /**
     * Returns an absent field: it is not written to JSON at all.
     *
     * @param <T> the field's type
     * @return the absent field
     */
    @SuppressWarnings("unchecked")
    public static <T> JsonField<T> missing() {
        return (JsonField<T>) MISSING;
    }

    /**
     * Returns a field that is explicitly {@code null}: it is written as {@code "name": null}.
     *
     * @param <T> the field's type
     * @return the null field
     */
    @SuppressWarnings("unchecked")
    public static <T> JsonField<T> ofNull() {
        return (JsonField<T>) NULL;
    }

    /**
     * Returns a field holding {@code value}.
     *
     * @param value the value, not null
     * @param <T> the field's type
     * @return the field
     */
    public static <T> JsonField<T> of(T value) {
        return new JsonField<>(State.VALUE, Objects.requireNonNull(value, "value"), null);
    }

    /**
     * Returns a field holding {@code value}, or an explicitly null field when {@code value} is null.
     *
     * @param value the value, or null
     * @param <T> the field's type
     * @return the field
     */
    public static <T> JsonField<T> ofNullable(T value) {
        return value == null ? ofNull() : of(value);
    }

    /**
     * Returns a field holding {@code value} that was read from {@code source}.
     *
     * @param value the decoded value
     * @param source the JSON it was decoded from, written back unchanged
     * @param <T> the field's type
     * @return the field
     */
    public static <T> JsonField<T> read(T value, JsonNode source) {
        return new JsonField<>(
                State.VALUE, Objects.requireNonNull(value, "value"), Objects.requireNonNull(source, "source"));
    }

    /**
     * Tells whether the field is absent.
     *
     * @return true when the field is absent
     */
    public boolean isMissing() {
        return state == State.MISSING;
    }

    /**
     * Tells whether the field is explicitly null.
     *
     * @return true when the field is explicitly null
     */
    public boolean isNull() {
        return state == State.NULL;
    }

    /**
     * Tells whether the field holds a value.
     *
     * @return true when the field holds a value
     */
    public boolean isPresent() {
        return state == State.VALUE;
    }

    /**
     * Returns the value, or empty when the field is absent or null.
     *
     * @return the value, if there is one
     */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns the JSON this field was read from, or empty for a field set in Java.
     *
     * @return the source JSON, if the field was read from JSON
     */
    public Optional<JsonNode> source() {
        return Optional.ofNullable(source);
    }

    /**
     * Returns the value of a required, non-nullable field.
     *
     * @param name the field's JSON name
     * @param objectPath the JSON path of the object holding the field
     * @return the value
     * @throws JsonDataException when the field is absent or null
     */
    public T required(String name, String objectPath) {
        switch (state) {
            case VALUE:
                return value;
            case NULL:
                throw new JsonDataException(
                        JsonPaths.member(objectPath, name), "required field '" + name + "' is null");
            default:
                throw new JsonDataException(
                        JsonPaths.member(objectPath, name), "required field '" + name + "' is missing");
        }
    }

    /**
     * Returns the value of a required field that may be null.
     *
     * @param name the field's JSON name
     * @param objectPath the JSON path of the object holding the field
     * @return the value, or empty when it is null
     * @throws JsonDataException when the field is absent
     */
    public Optional<T> requiredNullable(String name, String objectPath) {
        if (state == State.MISSING) {
            throw new JsonDataException(
                    JsonPaths.member(objectPath, name), "required field '" + name + "' is missing");
        }
        return value();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof JsonField)) {
            return false;
        }
        JsonField<?> that = (JsonField<?>) other;
        return state == that.state && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, value);
    }

    @Override
    public String toString() {
        switch (state) {
            case VALUE:
                return String.valueOf(value);
            case NULL:
                return "null";
            default:
                return "<missing>";
        }
    }
}
