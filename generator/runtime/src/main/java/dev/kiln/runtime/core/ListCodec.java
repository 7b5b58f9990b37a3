package dev.kiln.runtime.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The codec of JSON arrays whose items all have one codec ({@link Codecs#listOf}): an unmodifiable list. A null item
 * is an error, except in an array of a codec that {@linkplain AcceptsJsonNull accepts JSON null}, such as any JSON
 * ({@link Codecs#JSON}), which keeps it.
 *
 * @param <T> the items' type
 */
final class ListCodec<T> implements Codec<List<T>> {
    private final Codec<T> element;

    ListCodec(Codec<T> element) {
        this.element = element;
    }

    @Override
    public List<T> decode(JsonNode node, String path) {
        if (!node.isArray()) {
            throw Codecs.mismatch(path, "an array", node);
        }
        List<T> values = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (item.isNull() && !(element instanceof AcceptsJsonNull)) {
                throw Codecs.nullValue(JsonPaths.element(path, i));
            }
            values.add(element.decodeElement(item, path, i));
        }
        return Collections.unmodifiableList(values);
    }

    @Override
    public List<T> read(JsonInput input) {
        return ListReading.read(element, input);
    }

    @Override
    public void validate(List<T> value) {
        value.forEach(element::validate);
    }

    @Override
    public boolean roundTrips() {
        return element.roundTrips();
    }

    @Override
    public void write(JsonGenerator generator, List<T> value) throws IOException {
        generator.writeStartArray();
        for (T item : value) {
            element.write(generator, item);
        }
        generator.writeEndArray();
    }

    @Override
    public JsonNode encode(List<T> value) {
        ArrayNode array = Json.nodes().arrayNode(value.size());
        for (T item : value) {
            array.add(element.encode(item));
        }
        return array;
    }
}
