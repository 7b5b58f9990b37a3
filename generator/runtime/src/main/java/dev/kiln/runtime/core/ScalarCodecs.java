package dev.kiln.runtime.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The two shapes of the scalar codecs in {@link Codecs}: a JSON scalar read by a node test and a token read, and a
 * string parsed into a Java value (a date, a UUID) and formatted back.
 */
final class ScalarCodecs {
    private ScalarCodecs() {}

    static <T> Codecs.ScalarCodec<T> scalar(
            String expected,
            Predicate<JsonNode> accepts,
            Function<JsonNode, T> read,
            Function<T, JsonNode> write,
            boolean roundTrips,
            TokenRead<T> tokens) {
        return new Codecs.ScalarCodec<>() {
            @Override
            public boolean roundTrips() {
                return roundTrips;
            }

            @Override
            public T read(JsonInput input) {
                T value = tokens.read(input);
                if (value == null) {
                    throw input.mismatch(expected);
                }
                return value;
            }

            @Override
            public T decode(JsonNode node, String path) {
                if (!accepts.test(node)) {
                    throw Codecs.mismatch(path, expected, node);
                }
                return read.apply(node);
            }

            @Override
            public JsonNode encode(T value) {
                return write.apply(value);
            }
        };
    }

    static <T> Codecs.ScalarCodec<T> parsedString(
            String expected, Function<String, T> parse, Function<T, String> format, boolean roundTrips) {
        return new Codecs.ScalarCodec<>() {
            @Override
            public boolean roundTrips() {
                return roundTrips;
            }

            @Override
            public T read(JsonInput input) {
                String text = TokenRead.STRING.read(input);
                if (text == null) {
                    throw input.mismatch(expected);
                }
                try {
                    return parse.apply(text);
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    JsonNode actual = Json.nodes().textNode(text);
                    input.failed(actual);
                    throw new JsonDataException(
                            input.path(), "expected " + expected + " but was " + Codecs.describe(actual), e);
                }
            }

            @Override
            public T decode(JsonNode node, String path) {
                if (!node.isTextual()) {
                    throw Codecs.mismatch(path, expected, node);
                }
                try {
                    return parse.apply(node.textValue());
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw new JsonDataException(path, "expected " + expected + " but was " + Codecs.describe(node), e);
                }
            }

            @Override
            public JsonNode encode(T value) {
                return Json.nodes().textNode(format.apply(value));
            }

            @Override
            public void write(JsonGenerator generator, T value) throws IOException {
                generator.writeString(format.apply(value));
            }
        };
    }
}
