package dev.kiln.runtime.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads one scalar's Java value straight from the current token, or null when the token is not of its JSON type; the
 * same checks the scalar codecs make of a tree node ({@link Codecs}).
 *
 * @param <T> the Java type
 */
@FunctionalInterface
interface TokenRead<T> {
    TokenRead<String> STRING =
            input -> input.token() == JsonToken.VALUE_STRING ? input.parser().getText() : null;

    TokenRead<Boolean> BOOLEAN = input -> {
        JsonToken token = input.token();
        return token == JsonToken.VALUE_TRUE ? Boolean.TRUE : token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
    };

    TokenRead<Integer> INT32 = input ->
            input.token() == JsonToken.VALUE_NUMBER_INT && input.parser().getNumberType() == JsonParser.NumberType.INT
                    ? input.parser().getIntValue()
                    : null;

    TokenRead<Long> INT64 = input -> input.token() == JsonToken.VALUE_NUMBER_INT
                    && input.parser().getNumberType() != JsonParser.NumberType.BIG_INTEGER
            ? input.parser().getLongValue()
            : null;

    TokenRead<Double> DOUBLE = input -> input.token().isNumeric() ? number(input) : null;

    TokenRead<java.math.BigInteger> BIG_INTEGER = input ->
            input.token() == JsonToken.VALUE_NUMBER_INT ? input.parser().getBigIntegerValue() : null;

    TokenRead<java.math.BigDecimal> DECIMAL =
            input -> input.token().isNumeric() ? input.parser().getDecimalValue() : null;

    TokenRead<FileContent> FILE_CONTENT = input -> input.token() == JsonToken.VALUE_STRING
            ? FileContent.of(input.parser().getText().getBytes(StandardCharsets.UTF_8), "file")
            : null;

    /**
     * Reads the value, or gives null when the current token is not of the type.
     *
     * @param input the document, on the token
     * @return the value, or null
     */
    default T read(JsonInput input) {
        try {
            return readToken(input);
        } catch (IOException e) {
            throw JsonInput.io(e);
        }
    }

    /**
     * Reads the value, or gives null when the current token is not of the type.
     *
     * @param input the document, on the token
     * @return the value, or null
     * @throws IOException when the parser fails
     */
    T readToken(JsonInput input) throws IOException;

    /**
     * The current number token as a double, as a tree gives it: a tree keeps a decimal as a {@code BigDecimal},
     * which has no negative zero, so {@code -0.0} reads as {@code 0.0} either way.
     */
    static double number(JsonInput input) throws IOException {
        JsonParser parser = input.parser();
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
            double value =
                    ShortDecimal.toDouble(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
            if (!Double.isNaN(value)) {
                return value;
            }
        }
        double value = parser.getDoubleValue();
        return value == 0.0 ? 0.0 : value;
    }

    /**
     * Whether the current token is the literal {@code expected}: numbers by value, anything else exactly; a string
     * compared in the parser's buffer, without a string of its own.
     *
     * @param expected the literal
     * @param input the document, on the token
     */
    static boolean matches(JsonNode expected, JsonInput input) {
        try {
            JsonToken token = input.token();
            if (expected.isTextual()) {
                return token == JsonToken.VALUE_STRING && sameText(expected.textValue(), input.parser());
            }
            if (expected.isNumber()) {
                return token.isNumeric()
                        && expected.decimalValue().compareTo(input.parser().getDecimalValue()) == 0;
            }
            if (expected.isBoolean()) {
                return (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE)
                        && expected.booleanValue() == (token == JsonToken.VALUE_TRUE);
            }
            return false;
        } catch (IOException e) {
            throw JsonInput.io(e);
        }
    }

    private static boolean sameText(String text, JsonParser parser) throws IOException {
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int length = parser.getTextLength();
        if (length != text.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (chars[offset + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
