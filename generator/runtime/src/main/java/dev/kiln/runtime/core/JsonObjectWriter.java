package dev.kiln.runtime.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Writes a model's fields into a JSON object: absent fields are left out, null fields written as null. */
public final class JsonObjectWriter {
    private final ObjectNode object = Json.nodes().objectNode();

    private JsonObjectWriter() {}

    /**
     * Starts an empty JSON object.
     *
     * @return the writer
     */
    public static JsonObjectWriter create() {
        return new JsonObjectWriter();
    }

    /**
     * Writes one field. A field read from JSON is written back exactly as it was read.
     *
     * @param name the field's JSON name
     * @param field the field
     * @param codec the field's codec
     * @param <T> the field's type
     * @return this writer
     */
    public <T> JsonObjectWriter field(String name, JsonField<T> field, Codec<T> codec) {
        if (field.isNull()) {
            object.putNull(name);
        } else if (field.isRaw()) {
            object.set(name, field.source().orElseThrow());
        } else if (field.isPresent()) {
            JsonNode source = field.source().orElse(null);
            object.set(
                    name, source != null ? source : codec.encode(field.value().orElseThrow()));
        }
        return this;
    }

    /**
     * Writes members kept as raw JSON, such as fields a newer server sent.
     *
     * @param members the members
     * @return this writer
     */
    public JsonObjectWriter members(Map<String, JsonNode> members) {
        members.forEach(object::set);
        return this;
    }

    /**
     * Writes typed additional properties.
     *
     * @param members the members
     * @param codec their codec
     * @param <T> their type
     * @return this writer
     */
    public <T> JsonObjectWriter members(Map<String, T> members, Codec<T> codec) {
        members.forEach((name, value) -> object.set(name, codec.encode(value)));
        return this;
    }

    /**
     * Returns the object written.
     *
     * @return the JSON object
     */
    public ObjectNode build() {
        return object;
    }
}
