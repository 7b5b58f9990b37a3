package dev.kiln.runtime.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/** The codecs for JSON's scalar types and for lists and maps of any codec. */
public final class Codecs {
    private static final JsonNodeFactory NODES = Json.nodes();
    private static final int SNIPPET_LENGTH = 40;

    /** A JSON string as a {@link String}. */
    public static final Codec<String> STRING = ScalarCodecs.scalar(
                    "a string", JsonNode::isTextual, JsonNode::textValue, NODES::textNode, true, TokenRead.STRING)
            .writing(JsonGenerator::writeString);

    /** A JSON boolean as a {@link Boolean}. */
    public static final Codec<Boolean> BOOLEAN = ScalarCodecs.scalar(
                    "a boolean",
                    JsonNode::isBoolean,
                    JsonNode::booleanValue,
                    NODES::booleanNode,
                    true,
                    TokenRead.BOOLEAN)
            .writing(JsonGenerator::writeBoolean);

    /** A JSON integer that fits 32 bits as an {@link Integer}. */
    public static final Codec<Integer> INT32 = ScalarCodecs.scalar(
                    "an integer (int32)",
                    node -> node.isIntegralNumber() && node.canConvertToInt(),
                    JsonNode::intValue,
                    NODES::numberNode,
                    true,
                    TokenRead.INT32)
            .writing(JsonGenerator::writeNumber);

    /** A JSON integer that fits 64 bits as a {@link Long}. */
    public static final Codec<Long> INT64 = ScalarCodecs.scalar(
                    "an integer (int64)",
                    node -> node.isIntegralNumber() && node.canConvertToLong(),
                    JsonNode::longValue,
                    Codecs::integerNode,
                    true,
                    TokenRead.INT64)
            .writing(JsonGenerator::writeNumber);

    /** A JSON number as a {@link Double}. */
    public static final Codec<Double> DOUBLE = ScalarCodecs.scalar(
                    "a number", JsonNode::isNumber, JsonNode::doubleValue, NODES::numberNode, false, TokenRead.DOUBLE)
            .writing(JsonGenerator::writeNumber);

    /** A JSON number as an exact {@link BigDecimal}. */
    public static final Codec<BigDecimal> DECIMAL = ScalarCodecs.scalar(
            "a number", JsonNode::isNumber, JsonNode::decimalValue, NODES::numberNode, false, TokenRead.DECIMAL);

    /** An RFC 3339 date-time string as an {@link OffsetDateTime}, written back in ISO-8601. */
    public static final Codec<OffsetDateTime> DATE_TIME = ScalarCodecs.parsedString(
            "an RFC 3339 date-time", DateTimeText::parse, DateTimeFormatter.ISO_OFFSET_DATE_TIME::format, false);

    /** An RFC 3339 full-date string as a {@link LocalDate}. */
    public static final Codec<LocalDate> DATE = ScalarCodecs.parsedString(
            "an RFC 3339 date", LocalDate::parse, DateTimeFormatter.ISO_LOCAL_DATE::format, true);

    /** An RFC 3339 date-time string, at any offset, as an {@link Instant}, written back in UTC ({@code Z}). */
    public static final Codec<Instant> INSTANT = ScalarCodecs.parsedString(
            "an RFC 3339 date-time",
            text -> DateTimeText.parse(text).toInstant(),
            DateTimeFormatter.ISO_INSTANT::format,
            false);

    /** A UUID string as a {@link UUID}. */
    public static final Codec<UUID> UUID =
            ScalarCodecs.parsedString("a UUID", java.util.UUID::fromString, java.util.UUID::toString, false);

    /** A URI string as a {@link URI}. */
    public static final Codec<URI> URI =
            ScalarCodecs.parsedString("a URI", java.net.URI::create, java.net.URI::toString, true);

    /** A JSON integer of any size as a {@link BigInteger}. */
    public static final Codec<BigInteger> BIG_INTEGER = ScalarCodecs.scalar(
                    "an integer",
                    JsonNode::isIntegralNumber,
                    JsonNode::bigIntegerValue,
                    NODES::numberNode,
                    true,
                    TokenRead.BIG_INTEGER)
            .writing(JsonGenerator::writeNumber);

    /** Any JSON value, kept as it is. */
    public static final Codec<JsonNode> JSON = new AnyJson();

    /**
     * Values of a class of the SDK's user (one a schema or type is mapped to), read and written by Jackson: the class
     * needs what Jackson needs to build it, a constructor or {@code @JsonCreator}, and getters or
     * {@code @JsonProperty}.
     *
     * @param type the class
     * @param <T> the class
     * @return the codec
     */
    public static <T> Codec<T> jackson(Class<T> type) {
        return new ScalarCodec<>() {
            @Override
            public T decode(JsonNode node, String path) {
                try {
                    return Json.fromJsonNode(node, type);
                } catch (IllegalArgumentException e) {
                    throw new JsonDataException(
                            path, "expected a " + type.getSimpleName() + " but was " + describe(node), e);
                }
            }

            @Override
            public JsonNode encode(T value) {
                return Json.toJsonNode(value);
            }
        };
    }

    /**
     * Binary content inside a JSON document, which can only carry it as a string: the string's UTF-8 bytes as a
     * {@link FileContent} named {@code file} of type {@code application/octet-stream}, written back as the same
     * string (the bytes decoded as UTF-8), so text survives a round trip unchanged. In the JSON tree the file itself
     * is kept (a POJO node), so a multipart body can send it as a file part; written as JSON text it is the string.
     */
    public static final Codec<FileContent> FILE_CONTENT = ScalarCodecs.scalar(
            "a string",
            JsonNode::isTextual,
            node -> FileContent.of(node.textValue().getBytes(StandardCharsets.UTF_8), "file"),
            NODES::pojoNode,
            false,
            TokenRead.FILE_CONTENT);

    private Codecs() {}

    /**
     * Returns a codec for JSON arrays whose elements all use {@code element}. A null element is an error, except
     * in an array of any JSON ({@link #JSON}), which keeps it.
     *
     * @param element the elements' codec
     * @param <T> the element type
     * @return an unmodifiable-list codec
     */
    public static <T> Codec<List<T>> listOf(Codec<T> element) {
        Objects.requireNonNull(element, "element");
        return new ListCodec<>(element);
    }

    /**
     * Returns a codec for JSON objects used as maps whose values all use {@code value}. A null value is an error,
     * except in a map of any JSON ({@link #JSON}), which keeps it.
     *
     * @param value the values' codec
     * @param <T> the value type
     * @return an unmodifiable-map codec that keeps the document's key order
     */
    public static <T> Codec<Map<String, T>> mapOf(Codec<T> value) {
        Objects.requireNonNull(value, "value");
        return new MapCodec<>(value);
    }

    /**
     * Returns a codec for a literal: a value that must equal {@code expected} and is represented in Java by the
     * single {@code constant}.
     *
     * @param expected the only JSON value allowed
     * @param constant the Java value standing for it
     * @param <T> the literal's Java type
     * @return the codec
     */
    public static <T> Codec<T> literal(JsonNode expected, T constant) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(constant, "constant");
        return new ScalarCodec<>() {
            @Override
            public T decode(JsonNode node, String path) {
                if (!sameValue(expected, node)) {
                    throw new JsonDataException(path, "expected " + expected + " but was " + describe(node));
                }
                return constant;
            }

            @Override
            public T read(JsonInput input) {
                if (!TokenRead.matches(expected, input)) {
                    String path = input.path();
                    JsonNode actual = input.readTree();
                    input.failed(actual);
                    throw new JsonDataException(path, "expected " + expected + " but was " + describe(actual));
                }
                return constant;
            }

            @Override
            public JsonNode encode(T value) {
                return expected;
            }

            /** A number may match written another way ({@code 1.50} for {@code 1.5}); anything else only as is. */
            @Override
            public boolean roundTrips() {
                return !expected.isNumber();
            }
        };
    }

    /**
     * Returns a codec for objects that need no checking beyond decoding.
     *
     * @param decode reads an object node at a path
     * @param encode writes the object
     * @param <T> the object type
     * @return the codec
     */
    public static <T> Codec<T> object(
            BiFunction<JsonNode, String, ? extends T> decode, Function<? super T, ? extends JsonNode> encode) {
        return object(decode, encode, value -> {});
    }

    /**
     * Returns a codec for model objects, given how to read one at a path, how to write one and how to check one.
     *
     * @param decode reads an object node at a path
     * @param encode writes the model
     * @param validate checks that a decoded model is complete
     * @param <T> the model type
     * @return the codec
     */
    public static <T> Codec<T> object(
            BiFunction<JsonNode, String, ? extends T> decode,
            Function<? super T, ? extends JsonNode> encode,
            Consumer<? super T> validate) {
        Objects.requireNonNull(decode, "decode");
        Objects.requireNonNull(encode, "encode");
        Objects.requireNonNull(validate, "validate");
        return new Codec<>() {
            @Override
            public T decode(JsonNode node, String path) {
                return decode.apply(node, path);
            }

            @Override
            public JsonNode encode(T value) {
                return encode.apply(value);
            }

            @Override
            public void validate(T value) {
                validate.accept(value);
            }
        };
    }

    /**
     * Reads a value only if it fits completely: decodes it and validates it, and gives empty instead of failing.
     * Unions use this to pick the first variant a value fits.
     *
     * @param codec the candidate's codec
     * @param node the JSON
     * @param path its JSON path
     * @param <T> the candidate type
     * @return the value, or empty when the JSON does not fit
     */
    public static <T> Optional<T> attempt(Codec<T> codec, JsonNode node, String path) {
        try {
            T value = codec.decode(node, path);
            codec.validate(value);
            return Optional.of(value);
        } catch (JsonDataException e) {
            return Optional.empty();
        }
    }

    /**
     * Describes a JSON value for an error message, shortened when long.
     *
     * @param node the value
     * @return for example {@code string "FAILED"}, {@code number 12} or {@code an object}
     */
    public static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "string " + snippet(node.toString());
        }
        if (node.isNumber()) {
            return "number " + snippet(node.toString());
        }
        if (node.isBoolean()) {
            return "boolean " + node;
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return snippet(node.toString());
    }

    /**
     * Returns the error for a value of the wrong JSON type.
     *
     * @param path where the value is
     * @param expected what was expected, such as {@code "a string"}
     * @param actual the value found
     * @return the exception to throw
     */
    public static JsonDataException mismatch(String path, String expected, JsonNode actual) {
        return new JsonDataException(path, "expected " + expected + " but was " + describe(actual));
    }

    /** The failure for a JSON {@code null} where a value belongs: an item of a list or map, or a typed member. */
    static JsonDataException nullValue(String path) {
        return new JsonDataException(path, "expected a value but was null");
    }

    /** Any JSON value, kept as it is: JSON {@code null} too, as a null node. */
    private static final class AnyJson extends ScalarCodec<JsonNode> implements AcceptsJsonNull {
        @Override
        public JsonNode decode(JsonNode node, String path) {
            return node;
        }

        @Override
        public JsonNode encode(JsonNode value) {
            return value;
        }

        @Override
        public JsonNode read(JsonInput input) {
            return input.readTree();
        }

        @Override
        public void write(JsonGenerator generator, JsonNode value) throws IOException {
            generator.writeTree(value);
        }

        @Override
        public boolean roundTrips() {
            return true;
        }
    }

    /**
     * A codec whose value holds no nested value, so its path is needed only for an error: a member or element is
     * read first at its parent's path, and only a failure is read again at its own path, for the message.
     */
    abstract static class ScalarCodec<T> implements Codec<T> {
        private TokenWrite<T> writer;

        /** This codec, writing its values with {@code writer} instead of through a tree. */
        ScalarCodec<T> writing(TokenWrite<T> writer) {
            this.writer = writer;
            return this;
        }

        @Override
        public void write(JsonGenerator generator, T value) throws IOException {
            if (writer == null) {
                generator.writeTree(encode(value));
            } else {
                writer.write(generator, value);
            }
        }

        @Override
        public T decodeMember(JsonNode node, String parent, String name) {
            try {
                return decode(node, parent);
            } catch (JsonDataException e) {
                return decode(node, JsonPaths.member(parent, name));
            }
        }

        @Override
        public T decodeElement(JsonNode node, String parent, int index) {
            try {
                return decode(node, parent);
            } catch (JsonDataException e) {
                return decode(node, JsonPaths.element(parent, index));
            }
        }
    }

    /** A long as the parser reads it into a tree: an int node when it fits 32 bits. */
    private static JsonNode integerNode(Long value) {
        long v = value;
        return v == (int) v ? NODES.numberNode((int) v) : NODES.numberNode(v);
    }

    /** Writes a scalar's value as a token. */
    @FunctionalInterface
    private interface TokenWrite<T> {
        void write(JsonGenerator generator, T value) throws IOException;
    }

    private static boolean sameValue(JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return expected.equals(actual);
    }

    private static String snippet(String text) {
        return text.length() <= SNIPPET_LENGTH ? text : text.substring(0, SNIPPET_LENGTH) + "...";
    }
}
