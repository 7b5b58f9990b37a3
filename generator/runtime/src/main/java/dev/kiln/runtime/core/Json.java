package dev.kiln.runtime.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.temporal.TemporalAccessor;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SDK's one JSON configuration: documents are read into trees that keep numbers exactly as written, and
 * trees are written back compactly.
 */
public final class Json {
    // Exact decimals set on the factory, the one way Jackson 2.13 and 2.14 know (2.15+ deprecate it for
    // JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, yet read it still when that feature is not set).
    @SuppressWarnings("deprecation")
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private static final ObjectMapper MAPPER = withFastDoubles(JsonMapper.builder())
            .nodeFactory(NODES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Reads one value of a document being read token by token, which more tokens follow. */
    private static final ObjectReader VALUE_READER =
            MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {}

    /**
     * Has the parsers read a decimal into a double with Jackson's own fast parser where the Jackson at hand has one
     * (2.14+): the same correctly rounded value as {@link Double#parseDouble}, read from the parser's characters
     * without a string per number. Numbers longer than {@link ShortDecimal} reads (a float64 as Python writes it) come
     * this way. Found by name, as Jackson 2.13 has no such feature and the SDK runs on it too.
     */
    private static JsonMapper.Builder withFastDoubles(JsonMapper.Builder builder) {
        for (StreamReadFeature feature : StreamReadFeature.values()) {
            if (feature.name().equals("USE_FAST_DOUBLE_PARSER")) {
                builder.enable(feature);
            }
        }
        return builder;
    }

    /** The current value of a parser, as a tree; the parser ends on the value's last token. */
    static JsonNode readValue(JsonParser parser) throws IOException {
        return VALUE_READER.readTree(parser);
    }

    /**
     * Returns the members of a JSON object in document order (as {@code JsonNode.properties()} of Jackson 2.15+
     * does, for the Jackson versions before it too).
     *
     * @param object the object; any other node has no members
     * @return the members
     */
    static List<Map.Entry<String, JsonNode>> members(JsonNode object) {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            members.add(new AbstractMap.SimpleImmutableEntry<>(name, object.get(name)));
        }
        return members;
    }

    /**
     * Returns the factory for JSON nodes that keeps decimal numbers exact.
     *
     * @return the node factory
     */
    public static JsonNodeFactory nodes() {
        return NODES;
    }

    /**
     * Parses a JSON document.
     *
     * @param json the document
     * @return its tree
     * @throws JsonDataException when the text is not one well-formed JSON value
     */
    public static JsonNode parse(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new JsonDataException(JsonPaths.ROOT, "expected a JSON value but the document is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new JsonDataException(JsonPaths.ROOT, "malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Parses a JSON document given as UTF-8 bytes.
     *
     * @param json the document
     * @return its tree
     * @throws JsonDataException when the bytes are not one well-formed JSON value, or not well-formed UTF-8
     */
    public static JsonNode parse(byte[] json) {
        requireUtf8(json);
        return parseUtf8(json, 0, json.length);
    }

    /**
     * Parses part of a document given as bytes that were checked to be well-formed UTF-8, such as a value of a
     * document {@linkplain #read(byte[], Codec) read} token by token, read again as a tree.
     */
    static JsonNode parseUtf8(byte[] json, int offset, int length) {
        try {
            JsonNode node = MAPPER.readTree(json, offset, length);
            if (node == null || node.isMissingNode()) {
                throw new JsonDataException(JsonPaths.ROOT, "expected a JSON value but the document is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new JsonDataException(JsonPaths.ROOT, "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            // Reading a byte array does no I/O: this is a decoding failure such as an invalid UTF-32 character.
            throw new JsonDataException(JsonPaths.ROOT, "malformed JSON: " + e.getMessage(), e);
        }
    }

    /** Checks that a document's bytes are well-formed UTF-8, before the parser reads them. */
    private static void requireUtf8(byte[] json) {
        int malformed = firstMalformedUtf8Byte(json);
        if (malformed >= 0) {
            // the parser would decode some of these (an overlong '/', an encoded surrogate) into other characters
            throw new JsonDataException(
                    JsonPaths.ROOT, "malformed JSON: the bytes are not UTF-8 at offset " + malformed);
        }
    }

    /**
     * Returns the offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlong forms, no
     * surrogates, nothing above U+10FFFF, no sequence cut short), or -1 when all of them are.
     */
    private static int firstMalformedUtf8Byte(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int length;
            int secondMin = 0x80;
            int secondMax = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                length = 2;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                length = 3;
                secondMin = lead == 0xE0 ? 0xA0 : 0x80;
                secondMax = lead == 0xED ? 0x9F : 0xBF;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                length = 4;
                secondMin = lead == 0xF0 ? 0x90 : 0x80;
                secondMax = lead == 0xF4 ? 0x8F : 0xBF;
            } else {
                return i;
            }
            if (i + length > bytes.length) {
                return i;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < secondMin || second > secondMax) {
                return i;
            }
            for (int k = 2; k < length; k++) {
                int continuation = bytes[i + k] & 0xFF;
                if (continuation < 0x80 || continuation > 0xBF) {
                    return i;
                }
            }
            i += length;
        }
        return -1;
    }

    /**
     * Reads a JSON document with a codec, token by token, without building a tree first (see {@link JsonInput}).
     *
     * @param json the document
     * @param codec the codec of its value
     * @param <T> the value's type
     * @return the value
     * @throws JsonDataException when the text is not one well-formed JSON value, or does not fit the codec
     */
    public static <T> T read(String json, Codec<T> codec) {
        try (JsonParser parser = MAPPER.createParser(json)) {
            return read(parser, json, codec);
        } catch (IOException e) {
            throw malformed(e);
        }
    }

    /**
     * Reads a JSON document given as UTF-8 bytes with a codec, token by token, without building a tree first.
     *
     * @param json the document
     * @param codec the codec of its value
     * @param <T> the value's type
     * @return the value
     * @throws JsonDataException when the bytes are not one well-formed JSON value, or not well-formed UTF-8, or do
     *     not fit the codec
     */
    public static <T> T read(byte[] json, Codec<T> codec) {
        requireUtf8(json);
        try (JsonParser parser = MAPPER.createParser(json)) {
            return read(parser, json, codec);
        } catch (IOException e) {
            throw malformed(e);
        }
    }

    private static <T> T read(JsonParser parser, Object document, Codec<T> codec) throws IOException {
        try {
            if (parser.nextToken() == null) {
                throw new JsonDataException(JsonPaths.ROOT, "expected a JSON value but the document is empty");
            }
            T value = codec.read(new JsonInput(parser, document));
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new JsonDataException(
                        JsonPaths.ROOT, "malformed JSON: a token after the value (" + trailing.asString() + ")");
            }
            return value;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static JsonDataException malformed(IOException e) {
        String message =
                e instanceof JsonProcessingException processing ? processing.getOriginalMessage() : e.getMessage();
        return new JsonDataException(JsonPaths.ROOT, "malformed JSON: " + message, e);
    }

    /**
     * Turns a plain Java value into JSON: a {@code JsonNode} as it is, a model or union by its {@code toJsonNode()},
     * a {@code Map} as an object (keys as text), a {@code List} or other {@code Iterable} or an array as an array,
     * an {@code Optional} as its value or {@code null}, a date or time as its ISO text, {@code null} as JSON
     * {@code null}, and strings, numbers and booleans as themselves.
     *
     * @param value the value
     * @return its JSON tree
     * @throws IllegalArgumentException when the value has no JSON form (such as a stream)
     */
    public static JsonNode toJsonNode(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof JsonModel model) {
            return model.toJsonNode();
        }
        if (value instanceof Optional<?> optional) {
            return toJsonNode(optional.orElse(null));
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((key, member) -> object.set(String.valueOf(key), toJsonNode(member)));
            return object;
        }
        if (value instanceof Iterable<?> items) {
            ArrayNode array = NODES.arrayNode();
            items.forEach(item -> array.add(toJsonNode(item)));
            return array;
        }
        if (value instanceof Object[] items) {
            ArrayNode array = NODES.arrayNode();
            for (Object item : items) {
                array.add(toJsonNode(item));
            }
            return array;
        }
        if (value instanceof TemporalAccessor) {
            return NODES.textNode(value.toString());
        }
        try {
            return MAPPER.valueToTree(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a " + value.getClass().getName() + " has no JSON form", e);
        }
    }

    /**
     * Reads a JSON tree as a class Jackson knows how to build (one the SDK's user mapped a schema to).
     *
     * @param node the tree
     * @param type the class
     * @param <T> the class
     * @return the value
     * @throws IllegalArgumentException when Jackson cannot build the class from the tree
     */
    public static <T> T fromJsonNode(JsonNode node, Class<T> type) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    /**
     * The text a JSON value is sent as in a query or header: a string as itself, anything else as compact JSON.
     *
     * @param node the value
     * @return its text
     */
    public static String text(JsonNode node) {
        return node.isTextual() ? node.textValue() : write(node);
    }

    /**
     * Writes a JSON tree as compact text.
     *
     * @param node the tree
     * @return its JSON text
     */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /** A parser of this configuration over part of a document given as bytes. */
    static JsonParser parser(byte[] json, int offset, int length) throws IOException {
        return MAPPER.createParser(json, offset, length);
    }

    /** A parser of this configuration over a document. */
    static JsonParser parser(String json) throws IOException {
        return MAPPER.createParser(json);
    }

    /** A model's JSON text, compact, as {@link #write(JsonNode)} writes its tree, written straight from its fields. */
    static String write(JsonObjectModel<?, ?, ?> model) {
        try {
            return MAPPER.writeValueAsString(model);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a model could not be written", e);
        }
    }

    /**
     * Returns a copy of a JSON object with one boolean member set, such as the {@code stream} switch of a request.
     *
     * @param object the object; any other JSON value is returned as it is
     * @param name the member's name
     * @param value its value
     * @return the changed copy
     */
    public static JsonNode withField(JsonNode object, String name, boolean value) {
        if (!object.isObject()) {
            return object;
        }
        ObjectNode copy = ((ObjectNode) object).deepCopy();
        copy.put(name, value);
        return copy;
    }
}
