package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {
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
