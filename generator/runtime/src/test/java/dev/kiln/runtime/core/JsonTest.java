package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.Generate;

class JsonTest {
    @Test
    void aDecimalOfAnyLengthReadsAsParseDoubleReadsIt(TestInfo test) {
        // any finite double, as Java writes it (up to 17 significant digits, as Python writes a float64 too) and
        // written out in full; alone and in a list of numbers (read into a double[])
        PropertyRun.check(
                test,
                20261207L,
                Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE)
                        .map(Double::longBitsToDouble)
                        .assuming(Double::isFinite),
                value -> {
                    for (String text : List.of(Double.toString(value), new BigDecimal(value).toString())) {
                        double expected = Double.parseDouble(text) == 0.0 ? 0.0 : Double.parseDouble(text);
                        assertEquals(expected, Json.read(text, Codecs.DOUBLE), text);
                        assertEquals(
                                List.of(expected, expected),
                                Json.read("[" + text + "," + text + "]", Codecs.listOf(Codecs.DOUBLE)),
                                text);
                    }
                });
    }

    @Test
    void theParsersReadLongDecimalsWithJacksonsFastParserWhereItHasOne() throws IOException {
        try (JsonParser parser = Json.parser("0.12345678901234567")) {
            // the Jackson of these tests has it (2.14+); Jackson 2.13, which has none, is run by the compat build
            assertTrue(parser.isEnabled(StreamReadFeature.USE_FAST_DOUBLE_PARSER));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"a\":1.50,\"b\":80,\"c\":141.5}",
                "{\"big\":123456789012345678901234567890,\"pi\":3.14159265358979323846264338327950288}",
                "[0.10,1E+2,-7,1.0,0]",
                "{\"z\":1,\"a\":{\"y\":null,\"b\":[true,false,\"s\"]}}"
            })
    void numbersAndMemberOrderAreWrittenBackByteIdentical(String json) {
        assertEquals(json, Json.write(Json.parse(json)));
        assertEquals(json, Json.write(Json.parse(json.getBytes(StandardCharsets.UTF_8))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":", "{\"a\" 1}", "[1,]", "{'a':1}", "nul", "\"unterminated"})
    void malformedJsonIsRejectedAtTheRoot(String json) {
        JsonDataException fromText = assertThrows(JsonDataException.class, () -> Json.parse(json));
        JsonDataException fromBytes =
                assertThrows(JsonDataException.class, () -> Json.parse(json.getBytes(StandardCharsets.UTF_8)));

        assertEquals("$", fromText.path());
        assertTrue(fromText.getMessage().startsWith("$: malformed JSON"), fromText.getMessage());
        assertEquals("$", fromBytes.path());
        assertTrue(fromBytes.getMessage().startsWith("$: malformed JSON"), fromBytes.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1} x", "{} {}", "1 2", "[1] ]"})
    void trailingTokensAreRejectedAtTheRoot(String json) {
        assertEquals(
                "$",
                assertThrows(JsonDataException.class, () -> Json.parse(json)).path());
        assertEquals(
                "$",
                assertThrows(JsonDataException.class, () -> Json.parse(json.getBytes(StandardCharsets.UTF_8)))
                        .path());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n"})
    void emptyDocumentIsRejectedAtTheRoot(String json) {
        JsonDataException e = assertThrows(JsonDataException.class, () -> Json.parse(json));

        assertEquals("$: expected a JSON value but the document is empty", e.getMessage());
        assertEquals(
                "$",
                assertThrows(JsonDataException.class, () -> Json.parse(json.getBytes(StandardCharsets.UTF_8)))
                        .path());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ff", // not a UTF-8 start byte
                "7bff", // '{' then a byte that cannot start a character
                "0000007bffffffff" // detected as UTF-32, then a code point above U+10FFFF
            })
    void bytesThatAreNotTextAreRejectedAsMalformedJson(String hex) {
        byte[] bytes = java.util.HexFormat.of().parseHex(hex);

        JsonDataException e = assertThrows(JsonDataException.class, () -> Json.parse(bytes));
        JsonDataException read = assertThrows(JsonDataException.class, () -> Json.read(bytes, Codecs.JSON));

        assertEquals("$", e.path());
        assertTrue(e.getMessage().startsWith("$: malformed JSON"), e.getMessage());
        assertEquals(e.getMessage(), read.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"x\"", "12", "true", "null", "[]"})
    void anyJsonValueIsADocument(String json) {
        assertEquals(json, Json.write(Json.parse(json)));
    }

    @org.junit.jupiter.api.Test
    void writingIsCompact() {
        assertEquals("{\"a\":[1,2],\"b\":{}}", Json.write(Json.parse("{ \"a\" : [ 1 , 2 ],\n  \"b\" : { } }")));
    }
}
