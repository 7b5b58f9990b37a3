package dev.kiln.runtime.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * A JSON document being read by codecs token by token ({@link Codec#read}), without a tree: a codec fills typed
 * values straight from the tokens and keeps JSON only where it must, as written: a value that does not fit its type,
 * an undeclared member, or, for a type whose Java value would not write back the same ({@code 1.50} as a
 * {@code double}), the place of the value in the document.
 *
 * <p>The contract of {@link Codec#read}: it is called with the parser on the value's first token, and returns with
 * the parser past the value: on its last token, or on no token after reading it as a tree; either way the next token
 * read is the one after the value, whether it succeeds or fails. A codec that fails throws a
 * {@link JsonDataException} naming the value's JSON path, after recording the value as sent with
 * {@link #mismatch(String)} or {@link #failed(JsonNode)}, so that the caller keeps it. JSON paths are built only
 * for a failure, from the parser's position.
 */
public final class JsonInput {
    private static final int SCRATCH = 256;

    private final JsonParser parser;
    private final Object document;
    private JsonNode failedValue;
    private double[] doubles;
    private long[] longs;

    JsonInput(JsonParser parser, Object document) {
        this.parser = parser;
        this.document = document;
    }

    /**
     * Returns the parser, on the current value's first token.
     *
     * @return the parser
     */
    public JsonParser parser() {
        return parser;
    }

    /**
     * Returns the current token.
     *
     * @return the token
     */
    public JsonToken token() {
        return parser.currentToken();
    }

    /**
     * Reads the current value, scalar, array or object, as a tree, leaving the parser after it, on no token: the
     * next token read is the one after the value.
     *
     * @return the tree; a JSON {@code null} is a null node
     */
    public JsonNode readTree() {
        try {
            JsonNode node = Json.readValue(parser);
            return node == null ? Json.nodes().nullNode() : node;
        } catch (IOException e) {
            throw io(e);
        }
    }

    /**
     * Returns the JSON path of the current value, such as {@code $.data[2].state}.
     *
     * @return the path
     */
    public String path() {
        JsonStreamContext context = parser.getParsingContext();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            context = context.getParent();
        }
        return path(context);
    }

    /** The path of the value the context is at: the container's path and the member's name or element's index. */
    private static String path(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return JsonPaths.ROOT;
        }
        String container = path(context.getParent());
        return context.inArray()
                ? JsonPaths.element(container, Math.max(context.getCurrentIndex(), 0))
                : JsonPaths.member(container, String.valueOf(context.getCurrentName()));
    }

    /**
     * Reads the current value as sent (consuming an array or an object whole) and returns the failure for it being
     * of another type than expected, having recorded it for the caller.
     *
     * @param expected what was expected, such as {@code "a string"}
     * @return the exception to throw
     */
    public JsonDataException mismatch(String expected) {
        String path = path();
        JsonNode actual = readTree();
        failedValue = actual;
        return Codecs.mismatch(path, expected, actual);
    }

    /** Records the current JSON {@code null}, where a value belongs, as sent, and returns the failure for it. */
    JsonDataException nullValue() {
        failed(Json.nodes().nullNode());
        return Codecs.nullValue(path());
    }

    /**
     * Records the value as sent of a codec that fails after reading it, for the caller to keep.
     *
     * @param asSent the value as sent
     */
    public void failed(JsonNode asSent) {
        failedValue = asSent;
    }

    /** The value a failed read recorded; there always is one. */
    JsonNode takeFailedValue() {
        JsonNode value = failedValue;
        failedValue = null;
        if (value == null) {
            throw new IllegalStateException("a codec failed without recording the value as sent");
        }
        return value;
    }

    /** Whether the current token starts an array or an object. */
    boolean atContainer() {
        JsonToken token = parser.currentToken();
        return token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT;
    }

    /** Where the current token starts in the document, to read it again as written if need be. */
    long tokenStart() {
        JsonLocation location = parser.currentTokenLocation();
        return document instanceof byte[] ? location.getByteOffset() : location.getCharOffset();
    }

    /** Where the last token read ends in the document. */
    long tokenEnd() {
        JsonLocation location = parser.currentLocation();
        return document instanceof byte[] ? location.getByteOffset() : location.getCharOffset();
    }

    /** The value between two offsets of the document, read again as a tree: what was sent there. */
    JsonNode between(long start, long end) {
        return new Span(document, (int) start, (int) end).node();
    }

    /** A lazily read source for the value from {@code start} to the current token's end. */
    JsonField.Lazy span(long start) {
        return new Span(document, (int) start, (int) tokenEnd());
    }

    /** The current scalar token as a source a value can be written back from: its text, read lazily. */
    JsonField.Lazy scalarSource() {
        try {
            JsonToken token = parser.currentToken();
            String text = parser.getText();
            if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                return new JsonField.Lazy() {
                    @Override
                    public JsonNode node() {
                        return Json.parse(text);
                    }

                    @Override
                    public void write(JsonGenerator generator) throws IOException {
                        DecimalText.write(generator, text);
                    }
                };
            }
            if (token == JsonToken.VALUE_NUMBER_INT) {
                return () -> Json.parse(text);
            }
            JsonNode node = token == JsonToken.VALUE_STRING
                    ? Json.nodes().textNode(text)
                    : Json.nodes().booleanNode(token == JsonToken.VALUE_TRUE);
            return () -> node;
        } catch (IOException e) {
            throw io(e);
        }
    }

    /**
     * A value's place in the document it was read from, read again only when asked for: as a tree, or written
     * token by token as its tree would be written.
     */
    private record Span(Object document, int from, int to) implements JsonField.Lazy {
        @Override
        public JsonNode node() {
            // the bytes of a document read token by token were checked to be UTF-8 before it was read
            return document instanceof byte[] bytes
                    ? Json.parseUtf8(bytes, from, to - from)
                    : Json.parse(((String) document).substring(from, to));
        }

        @Override
        public void write(JsonGenerator generator) throws IOException {
            try (JsonParser parser = document instanceof byte[] bytes
                    ? Json.parser(bytes, from, to - from)
                    : Json.parser(((String) document).substring(from, to))) {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                        DecimalText.write(generator, parser);
                    } else {
                        generator.copyCurrentEvent(parser);
                    }
                }
            }
        }
    }

    /** A scratch array for the items of a list of numbers, reused from list to list. */
    double[] doubles() {
        if (doubles == null) {
            doubles = new double[SCRATCH];
        }
        return doubles;
    }

    /** The scratch array for numbers, twice as long, with the items so far. */
    double[] moreDoubles() {
        doubles = Arrays.copyOf(doubles, doubles.length * 2);
        return doubles;
    }

    /** A scratch array for the items of a list of integers, reused from list to list. */
    long[] longs() {
        if (longs == null) {
            longs = new long[SCRATCH];
        }
        return longs;
    }

    /** The scratch array for integers, twice as long, with the items so far. */
    long[] moreLongs() {
        longs = Arrays.copyOf(longs, longs.length * 2);
        return longs;
    }

    /** The name of the member the parser is at. */
    String name() {
        try {
            return parser.currentName();
        } catch (IOException e) {
            throw io(e);
        }
    }

    /** Moves to the next token. */
    JsonToken next() {
        try {
            return parser.nextToken();
        } catch (IOException e) {
            throw io(e);
        }
    }

    /**
     * After an item or member of the array or object that starts at {@code start} failed, read to its end: moves past
     * the rest of the container, to its closing token, and records the whole container as sent in place of the
     * item, for the caller to keep; the failure of the item is what the container's codec throws.
     *
     * @param start where the container starts ({@link #tokenStart()} on its first token)
     */
    void containerFailed(long start) {
        takeFailedValue();
        skipRestOfContainer();
        failed(between(start, tokenEnd()));
    }

    /** Moves past the rest of the current array or object, after a failed item, to its closing token. */
    private void skipRestOfContainer() {
        try {
            int depth = 1;
            while (depth > 0) {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    return;
                }
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                }
            }
        } catch (IOException e) {
            throw io(e);
        }
    }

    /**
     * An I/O failure while reading an in-memory document is malformed JSON; it reaches the caller of
     * {@link Json#read} as such.
     */
    static UncheckedIOException io(IOException e) {
        return new UncheckedIOException(e);
    }
}
