package dev.kiln.runtime.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One field of a model in one of three states: absent, explicitly {@code null}, or holding a value. A field
 * read from JSON also keeps the JSON it was read from, so that writing the model back reproduces it exactly.
 *
 * <p>A field set with {@link #raw(Object)} holds JSON its type does not describe, for a server that accepts more
 * than its spec says: it is written as it is, {@link #value()} is empty and a required accessor throws.
 *
 * @param <T> the field's Java type
 */
public final class JsonField<T> {
    private static final JsonField<?> MISSING = new JsonField<>(State.MISSING, null, null);
    private static final JsonField<?> NULL = new JsonField<>(State.NULL, null, null);

    private enum State {
        MISSING,
        NULL,
        VALUE,
        RAW
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
     * Returns a field holding JSON its declared type need not describe, written as it is: a value the spec does
     * not allow but the server accepts.
     *
     * @param json a {@code JsonNode}, or a plain Java value turned into JSON by {@link Json#toJsonNode(Object)}
     *     ({@code null} is JSON {@code null})
     * @param <T> the field's type
     * @return the field
     */
    public static <T> JsonField<T> raw(Object json) {
        return new JsonField<>(State.RAW, null, Json.toJsonNode(json));
    }

    /**
     * Returns a list field holding the items of {@code list} and then {@code item}; an absent or null field counts
     * as an empty list. For builders' {@code addX} methods.
     *
     * @param list the field
     * @param item the item to add, not null
     * @param <E> the items' type
     * @return a new field holding an unmodifiable list
     * @throws IllegalStateException when the field holds raw JSON
     */
    public static <E> JsonField<List<E>> withItem(JsonField<List<E>> list, E item) {
        List<E> items = new ArrayList<>(typed(list).orElse(List.of()));
        items.add(Objects.requireNonNull(item, "item"));
        return of(Collections.unmodifiableList(items));
    }

    /**
     * Returns a map field holding the entries of {@code map} with {@code key} set to {@code value}; an absent or null
     * field counts as an empty map. For builders' {@code putX} methods.
     *
     * @param map the field
     * @param key the key, not null
     * @param value the value, not null
     * @param <V> the values' type
     * @return a new field holding an unmodifiable map, in insertion order
     * @throws IllegalStateException when the field holds raw JSON
     */
    public static <V> JsonField<Map<String, V>> withEntry(JsonField<Map<String, V>> map, String key, V value) {
        return withEntries(map, Map.of(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value")));
    }

    /**
     * Returns a map field holding the entries of {@code map} and then those of {@code entries}, which replace any of
     * the same key. For builders' {@code putAllX} methods.
     *
     * @param map the field
     * @param entries the entries to put, none of them null
     * @param <V> the values' type
     * @return a new field holding an unmodifiable map, in insertion order
     * @throws IllegalStateException when the field holds raw JSON
     */
    public static <V> JsonField<Map<String, V>> withEntries(
            JsonField<Map<String, V>> map, Map<String, ? extends V> entries) {
        Map<String, V> all = new LinkedHashMap<>(typed(map).orElse(Map.of()));
        entries.forEach((key, value) ->
                all.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value")));
        return of(Collections.unmodifiableMap(all));
    }

    private static <T> Optional<T> typed(JsonField<T> field) {
        if (field.isRaw()) {
            throw new IllegalStateException("the field holds raw JSON, which cannot be added to: set it whole first");
        }
        return field.value();
    }

    /**
     * Tells whether the field holds JSON set with {@link #raw(Object)}, which {@link #source()} returns.
     *
     * @return true when the field holds raw JSON
     */
    public boolean isRaw() {
        return state == State.RAW;
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
     * Returns the value, or empty when the field is absent, null or raw JSON.
     *
     * @return the value, if there is one
     */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns the JSON this field was read from or set to with {@link #raw(Object)}, or empty for a typed value set
     * in Java.
     *
     * @return the source JSON, if the field was read from JSON or is raw
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
            case RAW:
                throw notTyped(name, objectPath);
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
        if (state == State.RAW) {
            throw notTyped(name, objectPath);
        }
        return value();
    }

    private JsonDataException notTyped(String name, String objectPath) {
        return new JsonDataException(JsonPaths.member(objectPath, name), "required field '" + name
                + "' was set to raw JSON (" + source.getNodeType().name().toLowerCase(Locale.ROOT)
                + ") that its type may not describe; read it as JSON from the raw accessor");
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
        return state == that.state
                && Objects.equals(value, that.value)
                && (state != State.RAW || source.equals(that.source));
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, value, state == State.RAW ? source : null);
    }

    @Override
    public String toString() {
        switch (state) {
            case VALUE:
                return String.valueOf(value);
            case NULL:
                return "null";
            case RAW:
                return Json.write(source);
            default:
                return "<missing>";
        }
    }
}
