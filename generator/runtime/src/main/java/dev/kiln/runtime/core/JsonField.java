package dev.kiln.runtime.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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
 * <p>A field read from JSON that does not fit its type (a string where a number belongs, a literal with another
 * value, one bad element of a list) is kept the same way, as sent, with the reason it does not fit: reading it
 * through {@link #required}, {@link #requiredNullable} or {@link #optional()} throws that {@link JsonDataException},
 * naming the JSON path, the expected and the actual value, so the rest of the object still reads.
 *
 * @param <T> the field's Java type
 */
public final class JsonField<T> {
    private static final JsonField<?> MISSING = new JsonField<>(null, null, null);
    private static final JsonField<?> NULL = new JsonField<>(null, null, null);

    /*
     * The state is told by the fields, not kept in one of its own, so that a field costs no more memory than its
     * value and source: MISSING and NULL are the two shared instances above; a value is non-null only for a
     * present field; a raw field has a source and no value, and a mismatch when it was read and did not fit.
     */
    private final T value;

    /** The JSON the field was read from or set to: a {@code JsonNode}, or a {@link Lazy} that reads it when asked. */
    private final Object source;

    private final JsonDataException mismatch;

    /**
     * The JSON a value was read from, read again only when it is asked for: the text of a number, or the place of a
     * value in the document. Reading a document keeps no tree, so that a field whose value writes back as it was read
     * keeps nothing at all, and one whose value would not (a {@code double}, a date-time) keeps just this.
     */
    @FunctionalInterface
    interface Lazy {
        /** The JSON. */
        JsonNode node();

        /** Writes the JSON as its tree would be written. */
        default void write(JsonGenerator generator) throws IOException {
            generator.writeTree(node());
        }
    }

    private JsonField(T value, Object source, JsonDataException mismatch) {
        this.value = value;
        this.source = source;
        this.mismatch = mismatch;
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
        return new JsonField<>(Objects.requireNonNull(value, "value"), null, null);
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
        return new JsonField<>(Objects.requireNonNull(value, "value"), Objects.requireNonNull(source, "source"), null);
    }

    /** A field holding a value read from JSON that is read again as a tree only when it is asked for. */
    static <T> JsonField<T> readLazily(T value, Lazy source) {
        return new JsonField<>(Objects.requireNonNull(value, "value"), Objects.requireNonNull(source, "source"), null);
    }

    /**
     * Returns a field read from JSON that does not fit its type: it keeps the JSON as sent, to be written back
     * unchanged, and the reason, which reading the field throws.
     *
     * @param source the JSON as sent, not JSON {@code null}
     * @param mismatch why it does not fit, naming its JSON path, the expected and the actual value
     * @param <T> the field's type
     * @return the field
     */
    public static <T> JsonField<T> mismatched(JsonNode source, JsonDataException mismatch) {
        return new JsonField<>(
                null, Objects.requireNonNull(source, "source"), Objects.requireNonNull(mismatch, "mismatch"));
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
        return new JsonField<>(null, Json.toJsonNode(json), null);
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
        entries.forEach(
                (key, value) -> all.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value")));
        return of(Collections.unmodifiableMap(all));
    }

    private static <T> Optional<T> typed(JsonField<T> field) {
        if (field.isRaw()) {
            throw new IllegalStateException("the field holds raw JSON, which cannot be added to: set it whole first");
        }
        return field.value();
    }

    /** The typed value, or null: for the models' slots, without an {@code Optional}. */
    T valueOrNull() {
        return value;
    }

    /** Whether the field has source JSON, without reading a lazy one. */
    boolean hasSource() {
        return source != null;
    }

    /** Writes the source JSON, which there is, as its tree would be written. */
    void writeSource(JsonGenerator generator) throws IOException {
        if (source instanceof Lazy lazy) {
            lazy.write(generator);
        } else {
            generator.writeTree((JsonNode) source);
        }
    }

    /** The source JSON, or null. */
    JsonNode sourceOrNull() {
        return source instanceof Lazy lazy ? lazy.node() : (JsonNode) source;
    }

    /**
     * Tells whether the field holds JSON set with {@link #raw(Object)}, which {@link #source()} returns.
     *
     * @return true when the field holds raw JSON
     */
    public boolean isRaw() {
        return value == null && source != null;
    }

    /**
     * Tells why the JSON read into this field does not fit its type, when it does not; the field then holds that
     * JSON as raw, and its typed accessor throws the exception returned here.
     *
     * @return the mismatch, naming the JSON path, the expected and the actual value; empty when the field fits
     */
    public Optional<JsonDataException> mismatch() {
        return Optional.ofNullable(mismatch);
    }

    /**
     * Tells whether the field is absent.
     *
     * @return true when the field is absent
     */
    public boolean isMissing() {
        return this == MISSING;
    }

    /**
     * Tells whether the field is explicitly null.
     *
     * @return true when the field is explicitly null
     */
    public boolean isNull() {
        return this == NULL;
    }

    /**
     * Tells whether the field holds a value.
     *
     * @return true when the field holds a value
     */
    public boolean isPresent() {
        return value != null;
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
        return Optional.ofNullable(sourceOrNull());
    }

    /**
     * Returns the value of a required, non-nullable field.
     *
     * @param name the field's JSON name
     * @param objectPath the JSON path of the object holding the field
     * @return the value
     * @throws JsonDataException when the field is absent, null, raw JSON, or was read from JSON that does not fit its
     *     type
     */
    public T required(String name, String objectPath) {
        if (value != null) {
            return value;
        }
        if (this == NULL) {
            throw new JsonDataException(JsonPaths.member(objectPath, name), "required field '" + name + "' is null");
        }
        if (this == MISSING) {
            throw new JsonDataException(JsonPaths.member(objectPath, name), "required field '" + name + "' is missing");
        }
        throw notTyped(name, objectPath);
    }

    /**
     * Returns the value of a required field that may be null.
     *
     * @param name the field's JSON name
     * @param objectPath the JSON path of the object holding the field
     * @return the value, or empty when it is null
     * @throws JsonDataException when the field is absent, or was read from JSON that does not fit its type
     */
    public Optional<T> requiredNullable(String name, String objectPath) {
        if (this == MISSING) {
            throw new JsonDataException(JsonPaths.member(objectPath, name), "required field '" + name + "' is missing");
        }
        if (isRaw()) {
            throw notTyped(name, objectPath);
        }
        return value();
    }

    /**
     * Returns the value of an optional field: empty when it is absent, null, or raw JSON set in Java.
     *
     * @return the value, if there is one
     * @throws JsonDataException when the field was read from JSON that does not fit its type, naming the JSON path,
     *     the expected and the actual value
     */
    public Optional<T> optional() {
        if (mismatch != null) {
            throw mismatchFailure();
        }
        return value();
    }

    private JsonDataException notTyped(String name, String objectPath) {
        if (mismatch != null) {
            return mismatchFailure();
        }
        return new JsonDataException(
                JsonPaths.member(objectPath, name),
                "required field '" + name
                        + "' was set to raw JSON ("
                        + sourceOrNull().getNodeType().name().toLowerCase(Locale.ROOT)
                        + ") that its type may not describe; read it as JSON from the raw accessor");
    }

    /** A new exception for each read, so its stack trace shows the read; the decoding failure is its cause. */
    private JsonDataException mismatchFailure() {
        return new JsonDataException(mismatch.path(), mismatch.problem(), mismatch);
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
        if (isRaw() || that.isRaw()) {
            return isRaw() && that.isRaw() && sourceOrNull().equals(that.sourceOrNull());
        }
        return Objects.equals(value, that.value) && (value != null || this == that);
    }

    @Override
    public int hashCode() {
        if (isRaw()) {
            return sourceOrNull().hashCode();
        }
        return value != null ? value.hashCode() : this == NULL ? 1 : 0;
    }

    @Override
    public String toString() {
        if (value != null) {
            return String.valueOf(value);
        }
        if (isRaw()) {
            return Json.write(sourceOrNull());
        }
        return this == NULL ? "null" : "<missing>";
    }
}
