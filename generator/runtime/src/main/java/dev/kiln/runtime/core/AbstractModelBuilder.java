package dev.kiln.runtime.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What every generated builder does, from its model's {@link ModelSchema}: it holds one slot per field, absent until
 * set (literals are filled in), takes values, explicit nulls, raw JSON and items one at a time, and builds an
 * immutable model once every required field is set. A list or map grown item by item is grown in place and copied
 * once, by {@link #build()}, so adding n items costs O(n) however often the builder builds.
 *
 * @param <M> the model
 * @param <B> the builder
 */
public abstract class AbstractModelBuilder<M extends JsonObjectModel<M, B, ?>, B extends AbstractModelBuilder<M, B>> {
    private final ModelSchema<M, B> schema;
    private Object[] values;
    private Map<String, Object> additional = new LinkedHashMap<>();

    /**
     * Creates an empty builder: every field absent but the literals.
     *
     * @param schema the model's schema
     */
    protected AbstractModelBuilder(ModelSchema<M, B> schema) {
        this.schema = schema;
        this.values = schema.prefilled();
    }

    /**
     * Sets a field to a value; a list or map is copied (a list may not hold null).
     *
     * @param index the field's index in spec order
     * @param value the value, not null
     * @return this builder
     */
    protected final B set(int index, Object value) {
        values[index] =
                copied(Objects.requireNonNull(value, () -> schema.field(index).javaName()));
        return self();
    }

    /**
     * Sets a field that may be null: {@code null} sends an explicit JSON {@code null}.
     *
     * @param index the field's index in spec order
     * @param value the value, or null
     * @return this builder
     */
    protected final B setNullable(int index, Object value) {
        values[index] = value == null ? Slots.NULL : copied(value);
        return self();
    }

    /**
     * Sets a field from an {@code Optional}: empty leaves it absent.
     *
     * @param index the field's index in spec order
     * @param value the value
     * @return this builder
     */
    protected final B setOptional(int index, Optional<?> value) {
        values[index] = value.isPresent() ? copied(value.get()) : null;
        return self();
    }

    /**
     * Sets a field as a {@link JsonField}: absent, null, a value, or raw JSON the spec does not allow.
     *
     * @param index the field's index in spec order
     * @param field the field
     * @return this builder
     */
    protected final B setField(int index, JsonField<?> field) {
        values[index] =
                Slots.of(Objects.requireNonNull(field, () -> schema.field(index).javaName()));
        return self();
    }

    /**
     * Adds an item to a list field; an absent or null field counts as an empty list.
     *
     * @param index the field's index in spec order
     * @param item the item, not null
     * @return this builder
     * @throws IllegalStateException when the field holds raw JSON
     */
    @SuppressWarnings("unchecked")
    protected final B add(int index, Object item) {
        Objects.requireNonNull(item, "item");
        if (!(values[index] instanceof GrowingList)) {
            values[index] = new GrowingList((Collection<Object>) typed(index, List.of()));
        }
        ((GrowingList) values[index]).add(item);
        return self();
    }

    /**
     * Puts an entry into a map field; an absent or null field counts as an empty map.
     *
     * @param index the field's index in spec order
     * @param key the key, not null
     * @param value the value, not null
     * @return this builder
     * @throws IllegalStateException when the field holds raw JSON
     */
    protected final B put(int index, String key, Object value) {
        growingMap(index).put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return self();
    }

    /**
     * Puts every entry of a map into a map field, in its order.
     *
     * @param index the field's index in spec order
     * @param entries the entries, none of them null
     * @return this builder
     * @throws IllegalStateException when the field holds raw JSON
     */
    protected final B putAll(int index, Map<String, ?> entries) {
        GrowingMap map = growingMap(index);
        entries.forEach(
                (key, value) -> map.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value")));
        return self();
    }

    /** Replaces the undeclared members; {@link ModelBuilder} and {@link TypedModelBuilder} type the map. */
    final B replaceAdditional(Map<String, ?> members) {
        additional = new LinkedHashMap<>(members);
        return self();
    }

    /** Adds an undeclared member, as it is when its type is declared, else turned into JSON ({@code null} too). */
    final B putAdditional(String name, Object value) {
        Objects.requireNonNull(name, "name");
        if (schema.untypedMembers()) {
            additional.put(name, Json.toJsonNode(value));
        } else {
            additional.put(name, Objects.requireNonNull(value, "value"));
        }
        return self();
    }

    /**
     * Builds the model.
     *
     * @return the model
     * @throws IllegalStateException when a required field was not set, naming every one
     */
    public M build() {
        List<String> missing = schema.missing(values);
        if (!missing.isEmpty()) {
            throw new IllegalStateException(schema.name() + " is missing required fields: " + missing);
        }
        Object[] built = values.clone();
        for (int i = 0; i < built.length; i++) {
            if (built[i] instanceof GrowingList list) {
                built[i] = Collections.unmodifiableList(new ArrayList<>(list));
            } else if (built[i] instanceof GrowingMap map) {
                built[i] = Collections.unmodifiableMap(new LinkedHashMap<>(map));
            }
        }
        return schema.create(built, Collections.unmodifiableMap(new LinkedHashMap<>(additional)), null);
    }

    /** Takes a model's fields and members, for its {@code toBuilder()}. */
    final void copy(Object[] source, Map<String, ?> members) {
        values = source.clone();
        additional = new LinkedHashMap<>(members);
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    private GrowingMap growingMap(int index) {
        if (!(values[index] instanceof GrowingMap)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> entries = (Map<String, Object>) typed(index, Map.of());
            values[index] = new GrowingMap(entries);
        }
        return (GrowingMap) values[index];
    }

    /** The typed value of a field, {@code empty} when it is absent or null. */
    private Object typed(int index, Object empty) {
        Object slot = values[index];
        if (slot instanceof JsonField<?> field && field.isRaw()) {
            throw new IllegalStateException("the field holds raw JSON, which cannot be added to: set it whole first");
        }
        Object value = Slots.value(slot);
        return value == null ? empty : value;
    }

    /** A list or map copied, so that the caller's later changes do not reach the model. */
    private static Object copied(Object value) {
        if (value instanceof List<?> list) {
            return List.copyOf(list);
        }
        if (value instanceof Map<?, ?> map) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }
        return value;
    }

    /** A list the builder grows in place; never held by a built model. */
    private static final class GrowingList extends ArrayList<Object> {
        private static final long serialVersionUID = 1L;

        GrowingList(Collection<Object> items) {
            super(items);
        }
    }

    /** A map the builder grows in place; never held by a built model. */
    private static final class GrowingMap extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;

        GrowingMap(Map<String, Object> entries) {
            super(entries);
        }
    }
}
