package dev.kiln.runtime.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The codec of JSON objects used as maps whose values all have one codec ({@link Codecs#mapOf}): an unmodifiable map
 * in the document's order. A null value is an error, except in a map of a codec that
 * {@linkplain AcceptsJsonNull accepts JSON null}, such as any JSON ({@link Codecs#JSON}), which keeps it.
 *
 * @param <T> the values' type
 */
final class MapCodec<T> implements Codec<Map<String, T>> {
    private final Codec<T> value;

    MapCodec(Codec<T> value) {
        this.value = value;
    }

    @Override
    public Map<String, T> decode(JsonNode node, String path) {
        if (!node.isObject()) {
            throw Codecs.mismatch(path, "an object", node);
        }
        Map<String, T> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : Json.members(node)) {
            if (entry.getValue().isNull() && !(value instanceof AcceptsJsonNull)) {
                throw Codecs.nullValue(JsonPaths.member(path, entry.getKey()));
            }
            values.put(entry.getKey(), value.decodeMember(entry.getValue(), path, entry.getKey()));
        }
        return Collections.unmodifiableMap(values);
    }

    @Override
    public Map<String, T> read(JsonInput input) {
        return ListReading.readMap(value, input);
    }

    @Override
    public void validate(Map<String, T> map) {
        map.values().forEach(value::validate);
    }

    @Override
    public boolean roundTrips() {
        return value.roundTrips();
    }

    @Override
    public void write(JsonGenerator generator, Map<String, T> map) throws IOException {
        generator.writeStartObject();
        for (Map.Entry<String, T> entry : map.entrySet()) {
            generator.writeFieldName(entry.getKey());
            value.write(generator, entry.getValue());
        }
        generator.writeEndObject();
    }

    @Override
    public JsonNode encode(Map<String, T> map) {
        ObjectNode object = Json.nodes().objectNode();
        map.forEach((key, item) -> object.set(key, value.encode(item)));
        return object;
    }
}
