package dev.kiln.runtime.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the declared fields of one JSON object and keeps every member it was not asked for, so that fields a
 * newer server sends are not lost.
 */
public final class JsonObjectReader {
    /** More fields than most objects have: a reader does not reserve room for more up front. */
    private static final int MAX_EXPECTED_FIELDS = 32;

    private final JsonNode object;
    private final String path;
    private final List<String> read;

    private JsonObjectReader(JsonNode object, String path) {
        this.object = object;
        this.path = path;
        this.read = new ArrayList<>(Math.min(object.size(), MAX_EXPECTED_FIELDS));
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
        return new JsonObjectReader(node, path);
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
     * Reads one declared field: absent, explicitly null, a value decoded with {@code codec}, or, when the value does
     * not fit the codec, the JSON as sent with the reason ({@link JsonField#mismatched}), which reading the field
     * throws: one wrong value does not fail the whole object.
     *
     * @param name the field's JSON name
     * @param codec the field's codec
     * @param <T> the field's type
     * @return the field
     */
    public <T> JsonField<T> field(String name, Codec<T> codec) {
        JsonNode value = object.get(name);
        if (value == null) {
            return JsonField.missing();
        }
        read.add(name);
        if (value.isNull()) {
            return JsonField.ofNull();
        }
        try {
            return JsonField.read(codec.decodeMember(value, path, name), value);
        } catch (JsonDataException mismatch) {
            return JsonField.mismatched(value, mismatch);
        }
    }

    /**
     * Returns the members not read as declared fields, in document order.
     *
     * @return the remaining members
     */
    public Map<String, JsonNode> remaining() {
        if (read.size() == object.size()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(unread());
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
        if (read.size() == object.size()) {
            return Map.of();
        }
        Map<String, T> values = new LinkedHashMap<>();
        unread().forEach((name, value) -> {
            if (value.isNull()) {
                throw Codecs.nullValue(JsonPaths.member(path, name));
            }
            values.put(name, codec.decodeMember(value, path, name));
        });
        return Collections.unmodifiableMap(values);
    }

    /** The members not read as declared fields, in document order. */
    private Map<String, JsonNode> unread() {
        Set<String> declared = new HashSet<>(read);
        Map<String, JsonNode> members = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> member : Json.members(object)) {
            if (!declared.contains(member.getKey())) {
                members.put(member.getKey(), member.getValue());
            }
        }
        return members;
    }
}
