package dev.kiln.runtime.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the declared fields of one JSON object and keeps every member it was not asked for, so that fields a
 * newer server sends are not lost.
 */
public final class JsonObjectReader {
    private final String path;
    private final Map<String, JsonNode> unread;

    private JsonObjectReader(String path, Map<String, JsonNode> unread) {
        this.path = path;
        this.unread = unread;
    }

    /**
     * Starts reading the object at {@code path}.
     *
     * @param node the JSON, which must be an object
     * @param path its JSON path
     * @return the reader
     * @throws JsonDataException when {@code node} is not an object
     */
    public static JsonObjectReader of(JsonNode node, String path) {
        if (!node.isObject()) {
            throw Codecs.mismatch(path, "an object", node);
        }
        Map<String, JsonNode> members = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            members.put(member.getKey(), member.getValue());
        }
        return new JsonObjectReader(path, members);
    }

    /**
     * Returns the JSON path of the object being read.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * Reads one declared field: absent, explicitly null, or a value decoded with {@code codec}.
     *
     * @param name the field's JSON name
     * @param codec the field's codec
     * @param <T> the field's type
     * @return the field
     * @throws JsonDataException when the value does not fit the codec
     */
    public <T> JsonField<T> field(String name, Codec<T> codec) {
        JsonNode value = unread.remove(name);
        if (value == null) {
            return JsonField.missing();
        }
        if (value.isNull()) {
            return JsonField.ofNull();
        }
        return JsonField.read(codec.decode(value, JsonPaths.member(path, name)), value);
    }

    /**
     * Returns the members not read as declared fields, in document order.
     *
     * @return the remaining members
     */
    public Map<String, JsonNode> remaining() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(unread));
    }

    /**
     * Returns the members not read as declared fields, each decoded with {@code codec}, in document order.
     *
     * @param codec the codec of the object's additional properties
     * @param <T> their type
     * @return the remaining members, decoded
     * @throws JsonDataException when a member does not fit the codec
     */
    public <T> Map<String, T> remaining(Codec<T> codec) {
        Map<String, T> values = new LinkedHashMap<>();
        unread.forEach((name, value) -> {
            String memberPath = JsonPaths.member(path, name);
            if (value.isNull()) {
                throw new JsonDataException(memberPath, "expected a value but was null");
            }
            values.put(name, codec.decode(value, memberPath));
        });
        return Collections.unmodifiableMap(values);
    }
}
