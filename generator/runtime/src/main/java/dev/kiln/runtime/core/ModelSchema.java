package dev.kiln.runtime.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The table that tells the runtime how to read, write, check, compare, print and build one generated model: its
 * declared fields in spec order (JSON name, Java name, codec, whether required, whether nullable, and a literal the
 * builder fills in), the codec of its undeclared members when the spec types them, and how to make an instance and
 * a builder. It is the model's codec, too. A generated model describes its fields in one statement each, run once,
 * when the model is first used (so models that refer to each other, or to themselves, describe fields of each
 * other's types without an order of initialisation to respect).
 *
 * @param <M> the model
 * @param <B> its builder
 */
public final class ModelSchema<M extends JsonObjectModel<M, B, ?>, B extends AbstractModelBuilder<M, B>>
        implements Codec<M> {
    /**
     * Makes a model from its slots: the constructor of a generated model.
     *
     * @param <M> the model
     */
    @FunctionalInterface
    public interface Factory<M> {
        /**
         * Makes the model.
         *
         * @param values one slot per declared field
         * @param additional the undeclared members, unmodifiable
         * @param path where the model was read, or null when it was built in Java
         * @return the model
         */
        M create(Object[] values, Map<String, ?> additional, String path);
    }

    /*
     * The declarations take any codec, not a Codec<T> with a literal of T: a generic method would cost the compiler
     * an inference for each of the thousands of fields of a large SDK, for a check the generator has made already.
     */

    /**
     * One declared field.
     *
     * @param jsonName its name on the wire
     * @param javaName its accessor's name
     * @param codec its codec
     * @param required whether the spec requires it
     * @param nullable whether it may be JSON {@code null}
     * @param literal the value the builder fills in, or null
     * @param roundTrips whether its codec's values write back as read ({@link Codec#roundTrips()}), asked once
     * @param scalar how to read it straight from the parser ({@link FieldValues#scalar}), or
     *     {@link FieldValues#THROUGH_CODEC}
     */
    record Field(
            String jsonName,
            String javaName,
            Codec<Object> codec,
            boolean required,
            boolean nullable,
            Object literal,
            boolean roundTrips,
            int scalar) {}

    /** The fields a generated model describes, in spec order. */
    public static final class Fields {
        private final List<Field> fields = new ArrayList<>();
        private Codec<?> additional;

        private Fields() {}

        /**
         * Declares a required field that may not be null.
         *
         * @param jsonName its name on the wire
         * @param javaName its accessor's name
         * @param codec its codec
         */
        public void required(String jsonName, String javaName, Codec<?> codec) {
            add(jsonName, javaName, codec, true, false, null);
        }

        /**
         * Declares a required literal, which a new builder holds already.
         *
         * @param jsonName its name on the wire
         * @param javaName its accessor's name
         * @param codec its codec
         * @param literal its only value
         */
        public void required(String jsonName, String javaName, Codec<?> codec, Object literal) {
            add(jsonName, javaName, codec, true, false, Objects.requireNonNull(literal, "literal"));
        }

        /**
         * Declares a required field that may be null.
         *
         * @param jsonName its name on the wire
         * @param javaName its accessor's name
         * @param codec its codec
         */
        public void requiredNullable(String jsonName, String javaName, Codec<?> codec) {
            add(jsonName, javaName, codec, true, true, null);
        }

        /**
         * Declares a required literal that may be null, which a new builder holds already.
         *
         * @param jsonName its name on the wire
         * @param javaName its accessor's name
         * @param codec its codec
         * @param literal its only value
         */
        public void requiredNullable(String jsonName, String javaName, Codec<?> codec, Object literal) {
            add(jsonName, javaName, codec, true, true, Objects.requireNonNull(literal, "literal"));
        }

        /**
         * Declares an optional field.
         *
         * @param jsonName its name on the wire
         * @param javaName its accessor's name
         * @param codec its codec
         */
        public void optional(String jsonName, String javaName, Codec<?> codec) {
            add(jsonName, javaName, codec, false, true, null);
        }

        /**
         * Declares an optional literal, which a new builder holds already.
         *
         * @param jsonName its name on the wire
         * @param javaName its accessor's name
         * @param codec its codec
         * @param literal its only value
         */
        public void optional(String jsonName, String javaName, Codec<?> codec, Object literal) {
            add(jsonName, javaName, codec, false, true, Objects.requireNonNull(literal, "literal"));
        }

        /**
         * Declares the type of the undeclared members; without it they are kept as JSON.
         *
         * @param codec their codec
         */
        public void additional(Codec<?> codec) {
            this.additional = Objects.requireNonNull(codec, "codec");
        }

        @SuppressWarnings("unchecked")
        private void add(
                String jsonName, String javaName, Codec<?> codec, boolean required, boolean nullable, Object literal) {
            Codec<Object> checked = (Codec<Object>) Objects.requireNonNull(codec, "codec");
            fields.add(new Field(
                    Objects.requireNonNull(jsonName, "jsonName"),
                    Objects.requireNonNull(javaName, "javaName"),
                    checked,
                    required,
                    nullable,
                    literal,
                    checked.roundTrips(),
                    FieldValues.scalar(checked)));
        }
    }

    /**
     * The path of a model read from JSON that needs none, lacking no required field: it is never in a message, and
     * tells the model that its values were read.
     */
    private static final String READ = JsonPaths.ROOT;

    private final Class<M> type;
    private final Factory<M> factory;
    private final Supplier<B> builders;
    private final Consumer<Fields> description;
    private volatile FieldTable table;

    /**
     * Creates the schema of a model.
     *
     * @param type the model's class
     * @param factory its constructor
     * @param builders its builder's constructor
     * @param description declares its fields, in spec order; run once, when the model is first used
     */
    public ModelSchema(Class<M> type, Factory<M> factory, Supplier<B> builders, Consumer<Fields> description) {
        this.type = Objects.requireNonNull(type, "type");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.builders = Objects.requireNonNull(builders, "builders");
        this.description = Objects.requireNonNull(description, "description");
    }

    /**
     * Reads a model from JSON text. A required field left out or a value of another type fails only its accessor
     * (see {@link JsonObjectModel#validate()}).
     *
     * @param json the JSON text
     * @return the model
     * @throws JsonDataException when the text is malformed or not an object
     */
    public M fromJson(String json) {
        return Json.read(json, this);
    }

    /**
     * Reads a model from a JSON tree.
     *
     * @param json the tree
     * @return the model
     * @throws JsonDataException when the JSON is not an object
     */
    public M fromJsonNode(JsonNode json) {
        return decode(json, JsonPaths.ROOT);
    }

    @Override
    public M decode(JsonNode node, String path) {
        if (!node.isObject()) {
            throw Codecs.mismatch(path, "an object", node);
        }
        FieldTable table = table();
        Object[] values = new Object[table.fields.length];
        int declared = 0;
        for (int i = 0; i < values.length; i++) {
            Field field = table.fields[i];
            JsonNode value = node.get(field.jsonName());
            if (value != null) {
                declared++;
                values[i] = value.isNull() ? Slots.NULL : FieldValues.read(field, value, path);
            }
        }
        Map<String, ?> additional = declared == node.size() ? Map.of() : remaining(table, node, path);
        return factory.create(values, additional, path);
    }

    /**
     * Reads a model token by token: each declared field straight into its slot (a value that does not fit kept as
     * sent, with why), each other member as JSON, or typed when the spec types them. Only a model that lacks a
     * required field, or has it null, keeps where it was read, for the message of its accessor.
     */
    @Override
    public M read(JsonInput input) {
        if (input.token() != JsonToken.START_OBJECT) {
            throw input.mismatch("an object");
        }
        FieldTable table = table();
        long start = table.additional == null ? -1 : input.tokenStart();
        Object[] values = new Object[table.fields.length];
        Map<String, Object> additional = null;
        int expected = 0;
        try {
            for (JsonToken token = input.next(); token != JsonToken.END_OBJECT; token = input.next()) {
                String name = input.name();
                token = input.next();
                int index = table.indexOf(name, expected);
                if (index >= 0) {
                    values[index] =
                            token == JsonToken.VALUE_NULL ? Slots.NULL : FieldValues.read(table.fields[index], input);
                    expected = index + 1;
                    continue;
                }
                if (additional == null) {
                    additional = new LinkedHashMap<>();
                }
                if (table.additional == null) {
                    additional.put(name, input.readTree());
                } else if (token == JsonToken.VALUE_NULL) {
                    throw input.nullValue();
                } else {
                    additional.put(name, table.additional.read(input));
                }
            }
        } catch (JsonDataException member) {
            // a typed undeclared member fails the whole object, as decoding a tree does
            input.containerFailed(start);
            throw member;
        }
        String path = READ;
        for (int i = 0; i < values.length; i++) {
            Field field = table.fields[i];
            if (field.required() && (values[i] == null || (values[i] == Slots.NULL && !field.nullable()))) {
                path = input.path();
                break;
            }
        }
        return factory.create(values, additional == null ? Map.of() : Collections.unmodifiableMap(additional), path);
    }

    @Override
    public JsonNode encode(M value) {
        return value.toJsonNode();
    }

    @Override
    public void write(JsonGenerator generator, M value) throws IOException {
        write(generator, value.slots(), value.members());
    }

    /** Writes the fields present, then the undeclared members, as {@link #encode(Object[], Map)} builds them. */
    void write(JsonGenerator generator, Object[] values, Map<String, ?> additional) throws IOException {
        FieldTable table = table();
        generator.writeStartObject();
        for (int i = 0; i < values.length; i++) {
            Object slot = values[i];
            if (slot == null) {
                continue;
            }
            Field field = table.fields[i];
            generator.writeFieldName(field.jsonName());
            if (slot == Slots.NULL) {
                generator.writeNull();
            } else if (slot instanceof JsonField<?> jsonField) {
                if (jsonField.hasSource()) {
                    jsonField.writeSource(generator);
                } else {
                    field.codec().write(generator, jsonField.valueOrNull());
                }
            } else {
                field.codec().write(generator, slot);
            }
        }
        for (Map.Entry<String, ?> member : additional.entrySet()) {
            generator.writeFieldName(member.getKey());
            if (table.additional == null) {
                generator.writeTree((JsonNode) member.getValue());
            } else {
                table.additional.write(generator, member.getValue());
            }
        }
        generator.writeEndObject();
    }

    @Override
    public void validate(M value) {
        value.validate();
    }

    @Override
    public boolean roundTrips() {
        return true;
    }

    private static Map<String, ?> remaining(FieldTable table, JsonNode node, String path) {
        Map<String, Object> members = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> member : Json.members(node)) {
            String name = member.getKey();
            if (table.index.containsKey(name)) {
                continue;
            }
            JsonNode value = member.getValue();
            if (table.additional == null) {
                members.put(name, value);
            } else if (value.isNull()) {
                throw Codecs.nullValue(JsonPaths.member(path, name));
            } else {
                members.put(name, table.additional.decodeMember(value, path, name));
            }
        }
        return Collections.unmodifiableMap(members);
    }

    /** Writes the fields present, then the undeclared members, as a JSON object. */
    ObjectNode encode(Object[] values, Map<String, ?> additional) {
        FieldTable table = table();
        ObjectNode object = Json.nodes().objectNode();
        for (int i = 0; i < values.length; i++) {
            Object slot = values[i];
            if (slot == null) {
                continue;
            }
            String name = table.fields[i].jsonName();
            if (slot == Slots.NULL) {
                object.putNull(name);
            } else if (slot instanceof JsonField<?> field) {
                JsonNode source = field.sourceOrNull();
                object.set(
                        name, source != null ? source : table.fields[i].codec().encode(field.valueOrNull()));
            } else {
                object.set(name, table.fields[i].codec().encode(slot));
            }
        }
        additional.forEach((name, value) ->
                object.set(name, table.additional == null ? (JsonNode) value : table.additional.encode(value)));
        return object;
    }

    /** Reads every field as its accessor would, and checks nested values, as {@code validate()} does. */
    void check(JsonObjectModel<M, B, ?> model, Object[] values, String path) {
        FieldTable table = table();
        for (int i = 0; i < values.length; i++) {
            Field field = table.fields[i];
            JsonField<Object> read = Slots.field(values[i], field.codec(), false);
            Object value;
            if (field.required() && !field.nullable()) {
                value = read.required(field.jsonName(), path);
            } else if (field.required()) {
                value = read.requiredNullable(field.jsonName(), path).orElse(null);
            } else {
                value = read.optional().orElse(null);
            }
            if (value != null) {
                field.codec().validate(value);
            }
        }
        if (table.additional != null) {
            model.members().values().forEach(table.additional::validate);
        }
    }

    /** A new builder holding these slots and members. */
    B builderOf(Object[] values, Map<String, ?> additional) {
        B builder = builders.get();
        builder.copy(values, additional);
        return builder;
    }

    /** The slots of a new builder: empty but for the literals, which it holds already. */
    Object[] prefilled() {
        Field[] fields = table().fields;
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            values[i] = fields[i].literal();
        }
        return values;
    }

    /** The Java names of the required fields these slots leave absent. */
    List<String> missing(Object[] values) {
        Field[] fields = table().fields;
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].required() && values[i] == null) {
                missing.add(fields[i].javaName());
            }
        }
        return missing;
    }

    /** Makes a model. */
    M create(Object[] values, Map<String, ?> additional, String path) {
        return factory.create(values, additional, path);
    }

    /** The model's simple name, for messages. */
    String name() {
        return type.getSimpleName();
    }

    /** Whether the undeclared members are kept as JSON, not typed. */
    boolean untypedMembers() {
        return table().additional == null;
    }

    Field field(int index) {
        return table().fields[index];
    }

    private FieldTable table() {
        FieldTable described = table;
        if (described == null) {
            synchronized (this) {
                described = table;
                if (described == null) {
                    Fields fields = new Fields();
                    description.accept(fields);
                    @SuppressWarnings("unchecked")
                    Codec<Object> additional = (Codec<Object>) fields.additional;
                    described = new FieldTable(fields.fields, additional);
                    table = described;
                }
            }
        }
        return described;
    }
}
