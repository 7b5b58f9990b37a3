package dev.kiln.runtime.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * What every generated model of a JSON object is: an immutable value holding its declared fields, each absent,
 * explicitly {@code null} or a value, and the members the spec does not declare, in the order received, so that
 * nothing a newer server sends is lost. Equality, hashing, printing, checking and JSON reading and writing are done
 * here, once, from the model's {@link ModelSchema}; a generated model only names its fields.
 *
 * <p>Reading is tolerant: a field the server sent with a value of another type, or left out though the spec
 * requires it, is kept as sent, and only its accessor throws a {@link JsonDataException} naming its JSON path
 * (as {@link #validate()} does for every field at once). Its {@code _field()} accessor gives it as sent.
 *
 * @param <M> the model
 * @param <B> the model's builder
 * @param <A> the type of its undeclared members: {@code JsonNode}, or the type the spec gives them
 */
@JsonSerialize(using = JsonObjectModel.Writer.class)
public abstract class JsonObjectModel<M extends JsonObjectModel<M, B, A>, B extends AbstractModelBuilder<M, B>, A>
        implements JsonModel {
    private final ModelSchema<M, B> schema;
    private final Object[] values;
    private final Map<String, ?> additional;

    /** Where the model was read, for the messages of its accessors; null for a model built in Java. */
    private final String path;

    /**
     * Creates the model; only its generated subclass calls this, from its schema or its builder.
     *
     * @param schema the model's schema
     * @param values one slot per declared field, in spec order (see {@link ModelSchema})
     * @param additional the undeclared members, unmodifiable
     * @param path where the model was read, or null when it was built in Java
     */
    protected JsonObjectModel(ModelSchema<M, B> schema, Object[] values, Map<String, ?> additional, String path) {
        this.schema = schema;
        this.values = values;
        this.additional = additional;
        this.path = path;
    }

    /**
     * Returns a required field that may not be null.
     *
     * @param index the field's index in spec order
     * @param <T> the field's type
     * @return its value
     * @throws JsonDataException when the field is absent, null, or holds JSON of another type, naming its path
     */
    @SuppressWarnings("unchecked")
    protected final <T> T required(int index) {
        Object slot = values[index];
        if (isPlain(slot)) {
            return (T) slot;
        }
        return this.<T>field(index).required(schema.field(index).jsonName(), path());
    }

    /**
     * Returns a required field that may be null.
     *
     * @param index the field's index in spec order
     * @param <T> the field's type
     * @return its value, or empty when it is null
     * @throws JsonDataException when the field is absent or holds JSON of another type, naming its path
     */
    @SuppressWarnings("unchecked")
    protected final <T> Optional<T> requiredNullable(int index) {
        Object slot = values[index];
        if (isPlain(slot)) {
            return Optional.of((T) slot);
        }
        return this.<T>field(index).requiredNullable(schema.field(index).jsonName(), path());
    }

    /**
     * Returns an optional field.
     *
     * @param index the field's index in spec order
     * @param <T> the field's type
     * @return its value, or empty when it is absent or null
     * @throws JsonDataException when the field was read from JSON of another type, naming its path
     */
    @SuppressWarnings("unchecked")
    protected final <T> Optional<T> optional(int index) {
        Object slot = values[index];
        if (isPlain(slot)) {
            return Optional.of((T) slot);
        }
        return this.<T>field(index).optional();
    }

    /**
     * Returns a field as it was read or set: absent, explicitly null, a value, or JSON its type does not describe.
     *
     * @param index the field's index in spec order
     * @param <T> the field's type
     * @return the field
     */
    protected final <T> JsonField<T> field(int index) {
        return Slots.field(values[index], schema.field(index).codec(), path != null);
    }

    /**
     * Returns the members the spec does not declare, in the order received, so that nothing a newer server sends is
     * lost.
     *
     * @return the members
     */
    @SuppressWarnings("unchecked")
    public Map<String, A> additionalProperties() {
        return (Map<String, A>) additional;
    }

    /**
     * Checks every field eagerly, in spec order: required ones present, each of its type, nested objects valid too.
     *
     * @return this model
     * @throws JsonDataException for the first field that is absent though required or holds a value of another
     *     type, naming its JSON path
     */
    @SuppressWarnings("unchecked")
    public M validate() {
        schema.check(this, values, path());
        return (M) this;
    }

    /**
     * Returns a builder holding this model's fields and undeclared members, to change some of them.
     *
     * @return the builder
     */
    public B toBuilder() {
        return schema.builderOf(values, additional);
    }

    @Override
    public JsonNode toJsonNode() {
        return schema.encode(values, additional);
    }

    /** Writes this model as compact JSON text straight from its fields, without a tree. */
    @Override
    public String toJson() {
        return Json.write(this);
    }

    /**
     * Writes models through Jackson straight from their fields: for {@link #toJson()}, and for a user's
     * {@code ObjectMapper} writing a model inside their own objects. (A model does not implement Jackson's
     * {@code JsonSerializable}: its nested types would be inherited by every model, and shadow the model's own.)
     */
    static final class Writer extends StdSerializer<JsonObjectModel<?, ?, ?>> {
        private static final long serialVersionUID = 1L;

        @SuppressWarnings({"unchecked", "rawtypes"})
        Writer() {
            super((Class) JsonObjectModel.class);
        }

        @Override
        public void serialize(JsonObjectModel<?, ?, ?> model, JsonGenerator generator, SerializerProvider serializers)
                throws IOException {
            model.schema.write(generator, model.values, model.additional);
        }
    }

    /** Two models are equal when they are of one class and every field and undeclared member is equal. */
    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || other.getClass() != getClass()) {
            return false;
        }
        JsonObjectModel<?, ?, ?> that = (JsonObjectModel<?, ?, ?>) other;
        for (int i = 0; i < values.length; i++) {
            if (!Slots.equal(values[i], that.values[i])) {
                return false;
            }
        }
        return additional.equals(that.additional);
    }

    @Override
    public final int hashCode() {
        int hash = 1;
        for (Object slot : values) {
            hash = 31 * hash + Slots.hash(slot);
        }
        return 31 * hash + additional.hashCode();
    }

    /** Prints {@code Name{field=value, ..., additionalProperties={...}}}, fields by their Java names. */
    @Override
    public final String toString() {
        StringBuilder text = new StringBuilder(getClass().getSimpleName()).append('{');
        for (int i = 0; i < values.length; i++) {
            text.append(schema.field(i).javaName())
                    .append('=')
                    .append(Slots.toString(values[i]))
                    .append(", ");
        }
        return text.append("additionalProperties=")
                .append(additional)
                .append('}')
                .toString();
    }

    /** The slots, for the builder that copies them and the schema that writes them. */
    final Object[] slots() {
        return values;
    }

    final Map<String, ?> members() {
        return additional;
    }

    private String path() {
        return path == null ? JsonPaths.ROOT : path;
    }

    private static boolean isPlain(Object slot) {
        return slot != null && slot != Slots.NULL && !(slot instanceof JsonField);
    }
}
