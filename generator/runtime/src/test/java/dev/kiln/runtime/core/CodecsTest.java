package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CodecsTest {
    private static <T> T decode(Codec<T> codec, String json, String path) {
        return codec.decode(Json.parse(json), path);
    }

    private static JsonDataException rejection(Codec<?> codec, String json, String path) {
        return assertThrows(JsonDataException.class, () -> decode(codec, json, path));
    }

    // Scalars: each accepts its own type.

    @Test
    void stringAcceptsAString() {
        assertEquals("a100", decode(Codecs.STRING, "\"a100\"", "$"));
        assertEquals("\"a100\"", Json.write(Codecs.STRING.encode("a100")));
    }

    @Test
    void booleanAcceptsBooleans() {
        assertEquals(true, decode(Codecs.BOOLEAN, "true", "$"));
        assertEquals(false, decode(Codecs.BOOLEAN, "false", "$"));
        assertEquals("true", Json.write(Codecs.BOOLEAN.encode(true)));
    }

    @Test
    void int32AcceptsItsWholeRange() {
        assertEquals(2, decode(Codecs.INT32, "2", "$"));
        assertEquals(Integer.MAX_VALUE, decode(Codecs.INT32, "2147483647", "$"));
        assertEquals(Integer.MIN_VALUE, decode(Codecs.INT32, "-2147483648", "$"));
        assertEquals("80", Json.write(Codecs.INT32.encode(80)));
    }

    @Test
    void int64AcceptsItsWholeRange() {
        assertEquals(Long.MAX_VALUE, decode(Codecs.INT64, "9223372036854775807", "$"));
        assertEquals(Long.MIN_VALUE, decode(Codecs.INT64, "-9223372036854775808", "$"));
        assertEquals(3L, decode(Codecs.INT64, "3", "$"));
        assertEquals("9223372036854775807", Json.write(Codecs.INT64.encode(Long.MAX_VALUE)));
    }

    @Test
    void doubleAcceptsIntegersAndDecimals() {
        assertEquals(141.5, decode(Codecs.DOUBLE, "141.5", "$"));
        assertEquals(80.0, decode(Codecs.DOUBLE, "80", "$"));
        assertEquals("141.5", Json.write(Codecs.DOUBLE.encode(141.5)));
    }

    @Test
    void decimalKeepsTheExactValueAndScale() {
        BigDecimal value = decode(Codecs.DECIMAL, "141.50", "$");

        assertEquals(new BigDecimal("141.50"), value, "BigDecimal.equals compares the scale too");
        assertEquals(new BigDecimal("0.1"), decode(Codecs.DECIMAL, "0.1", "$"));
        assertEquals("141.50", Json.write(Codecs.DECIMAL.encode(new BigDecimal("141.50"))));
    }

    @Test
    void jsonCodecKeepsAnyValue() {
        JsonNode node = Json.parse("{\"a\":[1,null,\"x\"]}");

        assertSame(node, Codecs.JSON.decode(node, "$"));
        assertSame(node, Codecs.JSON.encode(node));
    }

    // Scalars: each rejects the other JSON types, naming path, expected kind and actual value.

    static Stream<Arguments> mismatches() {
        return Stream.of(
                Arguments.of(Codecs.STRING, "1", "expected a string but was number 1"),
                Arguments.of(Codecs.STRING, "true", "expected a string but was boolean true"),
                Arguments.of(Codecs.STRING, "{}", "expected a string but was an object"),
                Arguments.of(Codecs.STRING, "[]", "expected a string but was an array"),
                Arguments.of(Codecs.BOOLEAN, "\"true\"", "expected a boolean but was string \"true\""),
                Arguments.of(Codecs.BOOLEAN, "1", "expected a boolean but was number 1"),
                Arguments.of(Codecs.INT32, "\"two\"", "expected an integer (int32) but was string \"two\""),
                Arguments.of(Codecs.INT32, "1.5", "expected an integer (int32) but was number 1.5"),
                Arguments.of(Codecs.INT32, "true", "expected an integer (int32) but was boolean true"),
                Arguments.of(Codecs.INT32, "2147483648", "expected an integer (int32) but was number 2147483648"),
                Arguments.of(Codecs.INT32, "-2147483649", "expected an integer (int32) but was number -2147483649"),
                Arguments.of(Codecs.INT64, "\"1\"", "expected an integer (int64) but was string \"1\""),
                Arguments.of(
                        Codecs.INT64,
                        "9223372036854775808",
                        "expected an integer (int64) but was number 9223372036854775808"),
                Arguments.of(Codecs.INT64, "2.5", "expected an integer (int64) but was number 2.5"),
                Arguments.of(Codecs.DOUBLE, "\"1.5\"", "expected a number but was string \"1.5\""),
                Arguments.of(Codecs.DOUBLE, "[1.5]", "expected a number but was an array"),
                Arguments.of(Codecs.DECIMAL, "\"1.5\"", "expected a number but was string \"1.5\""),
                Arguments.of(Codecs.DECIMAL, "false", "expected a number but was boolean false"),
                Arguments.of(
                        Codecs.DATE_TIME, "1738555506", "expected an RFC 3339 date-time but was number 1738555506"),
                Arguments.of(
                        Codecs.DATE_TIME,
                        "\"2025-02-03\"",
                        "expected an RFC 3339 date-time but was string \"2025-02-03\""),
                Arguments.of(
                        Codecs.DATE_TIME,
                        "\"2025-02-03T04:05:06\"",
                        "expected an RFC 3339 date-time but was string \"2025-02-03T04:05:06\""),
                Arguments.of(Codecs.DATE, "\"03/02/2025\"", "expected an RFC 3339 date but was string \"03/02/2025\""),
                Arguments.of(Codecs.DATE, "20250203", "expected an RFC 3339 date but was number 20250203"));
    }

    @ParameterizedTest
    @MethodSource("mismatches")
    void scalarRejectsOtherTypesNamingPathExpectedAndActual(Codec<?> codec, String json, String problem) {
        JsonDataException e = rejection(codec, json, "$.min_replicas");

        assertEquals("$.min_replicas", e.path());
        assertEquals("$.min_replicas: " + problem, e.getMessage());
    }

    @Test
    void errorMessageShortensALongValue() {
        String longText = "x".repeat(500);

        JsonDataException e = rejection(Codecs.INT32, "\"" + longText + "\"", "$.n");

        assertTrue(e.getMessage().endsWith("..."), e.getMessage());
        assertTrue(e.getMessage().length() < 120, "message of " + e.getMessage().length() + " chars");
    }

    // Dates and times.

    @Test
    void dateTimeParsesUtc() {
        OffsetDateTime parsed = decode(Codecs.DATE_TIME, "\"2025-02-03T04:05:06Z\"", "$");

        assertEquals(OffsetDateTime.of(2025, 2, 3, 4, 5, 6, 0, ZoneOffset.UTC), parsed);
        assertEquals("\"2025-02-03T04:05:06Z\"", Json.write(Codecs.DATE_TIME.encode(parsed)));
    }

    @Test
    void dateTimeParsesFractionAndOffset() {
        OffsetDateTime parsed = decode(Codecs.DATE_TIME, "\"2025-02-03T04:05:06.123+02:00\"", "$");

        assertEquals(OffsetDateTime.of(2025, 2, 3, 4, 5, 6, 123_000_000, ZoneOffset.ofHours(2)), parsed);
        assertEquals("\"2025-02-03T04:05:06.123+02:00\"", Json.write(Codecs.DATE_TIME.encode(parsed)));
    }

    @Test
    void dateTimeAlwaysWritesSeconds() {
        OffsetDateTime onTheMinute = OffsetDateTime.of(2025, 2, 3, 4, 5, 0, 0, ZoneOffset.UTC);

        assertEquals("\"2025-02-03T04:05:00Z\"", Json.write(Codecs.DATE_TIME.encode(onTheMinute)));
    }

    @Test
    void dateParsesAndWritesFullDate() {
        LocalDate parsed = decode(Codecs.DATE, "\"2025-02-03\"", "$");

        assertEquals(LocalDate.of(2025, 2, 3), parsed);
        assertEquals("\"2025-02-03\"", Json.write(Codecs.DATE.encode(parsed)));
    }

    // Lists and maps.

    @Test
    void listOfDecodesEveryElementInOrder() {
        assertEquals(List.of(3, 1, 2), decode(Codecs.listOf(Codecs.INT32), "[3,1,2]", "$.data"));
        assertEquals(List.of(), decode(Codecs.listOf(Codecs.INT32), "[]", "$.data"));
        assertEquals("[3,1,2]", Json.write(Codecs.listOf(Codecs.INT32).encode(List.of(3, 1, 2))));
    }

    @Test
    void listOfNamesTheIndexOfABadElement() {
        JsonDataException e = rejection(Codecs.listOf(Codecs.STRING), "[\"a\",\"b\",3]", "$.data");

        assertEquals("$.data[2]", e.path());
        assertEquals("$.data[2]: expected a string but was number 3", e.getMessage());
    }

    @Test
    void listOfRejectsNullElements() {
        JsonDataException e = rejection(Codecs.listOf(Codecs.STRING), "[\"a\",null]", "$.data");

        assertEquals("$.data[1]", e.path());
        assertEquals("$.data[1]: expected a value but was null", e.getMessage());
    }

    @Test
    void listOfRejectsANonArray() {
        JsonDataException e = rejection(Codecs.listOf(Codecs.STRING), "{\"a\":1}", "$.data");

        assertEquals("$.data: expected an array but was an object", e.getMessage());
    }

    @Test
    void nestedListsNameEveryLevel() {
        JsonDataException e = rejection(Codecs.listOf(Codecs.listOf(Codecs.INT32)), "[[1],[2,\"x\"]]", "$.matrix");

        assertEquals("$.matrix[1][1]", e.path());
    }

    @Test
    void decodedListCannotBeChanged() {
        List<Integer> list = decode(Codecs.listOf(Codecs.INT32), "[1]", "$");

        assertThrows(UnsupportedOperationException.class, () -> list.add(2));
    }

    @Test
    void mapOfDecodesValuesInDocumentOrder() {
        Map<String, Integer> map = decode(Codecs.mapOf(Codecs.INT32), "{\"z\":1,\"a\":2,\"m\":3}", "$.labels");

        assertEquals(Map.of("z", 1, "a", 2, "m", 3), map);
        assertEquals(List.of("z", "a", "m"), List.copyOf(map.keySet()));
        assertEquals(
                "{\"z\":1,\"a\":2,\"m\":3}",
                Json.write(Codecs.mapOf(Codecs.INT32).encode(map)));
    }

    @Test
    void mapOfNamesTheKeyOfABadValue() {
        JsonDataException e = rejection(Codecs.mapOf(Codecs.STRING), "{\"ok\":\"x\",\"foo\":7}", "$.labels");

        assertEquals("$.labels.foo", e.path());
        assertEquals("$.labels.foo: expected a string but was number 7", e.getMessage());
    }

    @Test
    void mapOfQuotesAKeyThatIsNotAnIdentifier() {
        JsonDataException e = rejection(Codecs.mapOf(Codecs.STRING), "{\"app.kubernetes.io/name\":7}", "$.labels");

        assertEquals("$.labels['app.kubernetes.io/name']", e.path());
    }

    @Test
    void listsAndMapsOfAnyJsonKeepNull() {
        List<JsonNode> list = decode(Codecs.listOf(Codecs.JSON), "[1,null]", "$.data");
        Map<String, JsonNode> map = decode(Codecs.mapOf(Codecs.JSON), "{\"a\":null,\"b\":{}}", "$.labels");

        assertTrue(list.get(1).isNull());
        assertTrue(map.get("a").isNull());
        assertEquals("[1,null]", Json.write(Codecs.listOf(Codecs.JSON).encode(list)));
        assertEquals(
                "{\"a\":null,\"b\":{}}", Json.write(Codecs.mapOf(Codecs.JSON).encode(map)));
    }

    @Test
    void aListOrMapKeepsNullItemsOfACodecThatSaysItAcceptsJsonNullWhetherReadByTokensOrFromATree() {
        Codec<String> nullAsNone = new NullAsNone();
        Codec<List<String>> list = Codecs.listOf(nullAsNone);
        Codec<Map<String, String>> map = Codecs.mapOf(nullAsNone);

        assertEquals(List.of("a", "none"), decode(list, "[\"a\",null]", "$.data"));
        assertEquals(List.of("a", "none"), Json.read("[\"a\",null]", list));
        assertEquals(Map.of("a", "none"), decode(map, "{\"a\":null}", "$.labels"));
        assertEquals(Map.of("a", "none"), Json.read("{\"a\":null}", map));
        JsonDataException e = assertThrows(
                JsonDataException.class,
                () -> Json.read("[\"a\",null]", Codecs.listOf(nullAsNone.map(s -> s, s -> s))));
        assertEquals("$[1]: expected a value but was null", e.getMessage());
    }

    /** Reads JSON {@code null} as the text {@code none}, and says so. */
    private static final class NullAsNone implements Codec<String>, AcceptsJsonNull {
        @Override
        public String decode(JsonNode node, String path) {
            return node.isNull() ? "none" : node.asText();
        }

        @Override
        public JsonNode encode(String value) {
            return Json.nodes().textNode(value);
        }
    }

    @Test
    void mapOfRejectsNullValues() {
        JsonDataException e = rejection(Codecs.mapOf(Codecs.STRING), "{\"foo\":null}", "$.labels");

        assertEquals("$.labels.foo: expected a value but was null", e.getMessage());
    }

    @Test
    void mapOfRejectsANonObject() {
        JsonDataException e = rejection(Codecs.mapOf(Codecs.STRING), "[1]", "$.labels");

        assertEquals("$.labels: expected an object but was an array", e.getMessage());
    }

    @Test
    void listInsideMapNamesBothLevels() {
        JsonDataException e = rejection(Codecs.mapOf(Codecs.listOf(Codecs.INT32)), "{\"foo\":[1,\"two\"]}", "$.labels");

        assertEquals("$.labels.foo[1]: expected an integer (int32) but was string \"two\"", e.getMessage());
    }

    @Test
    void decodedMapCannotBeChanged() {
        Map<String, Integer> map = decode(Codecs.mapOf(Codecs.INT32), "{\"a\":1}", "$");

        assertThrows(UnsupportedOperationException.class, () -> map.put("b", 2));
    }

    // Literals.

    private enum Kind {
        DEDICATED
    }

    @Test
    void stringLiteralAcceptsOnlyItsValue() {
        Codec<Kind> codec = Codecs.literal(Json.nodes().textNode("dedicated"), Kind.DEDICATED);

        assertEquals(Kind.DEDICATED, decode(codec, "\"dedicated\"", "$.type"));
        JsonDataException e = rejection(codec, "\"serverless\"", "$.type");
        assertEquals("$.type: expected \"dedicated\" but was string \"serverless\"", e.getMessage());
        assertEquals(
                "$.type: expected \"dedicated\" but was number 1",
                rejection(codec, "1", "$.type").getMessage());
        assertEquals("\"dedicated\"", Json.write(codec.encode(Kind.DEDICATED)));
    }

    @Test
    void numberLiteralComparesByValue() {
        Codec<Kind> codec = Codecs.literal(Json.nodes().numberNode(1), Kind.DEDICATED);

        assertEquals(Kind.DEDICATED, decode(codec, "1", "$.version"));
        assertEquals(Kind.DEDICATED, decode(codec, "1.0", "$.version"));
        assertEquals(Kind.DEDICATED, decode(codec, "1.00", "$.version"));
        assertEquals(
                "$.version: expected 1 but was number 2",
                rejection(codec, "2", "$.version").getMessage());
        assertEquals(
                "$.version: expected 1 but was number 1.5",
                rejection(codec, "1.5", "$.version").getMessage());
        assertEquals(
                "$.version: expected 1 but was string \"1\"",
                rejection(codec, "\"1\"", "$.version").getMessage());
        assertEquals("1", Json.write(codec.encode(Kind.DEDICATED)));
    }

    @Test
    void booleanLiteralRejectsTheOtherBoolean() {
        Codec<Kind> codec = Codecs.literal(Json.nodes().booleanNode(true), Kind.DEDICATED);

        assertEquals(Kind.DEDICATED, decode(codec, "true", "$.flag"));
        assertEquals(
                "$.flag: expected true but was boolean false",
                rejection(codec, "false", "$.flag").getMessage());
    }

    // Objects and mapped codecs.

    private record Replicas(int min, int max) {}

    private static final Codec<Replicas> REPLICAS = Codecs.object(
            (node, path) -> {
                JsonObjectReader reader = JsonObjectReader.of(node, path);
                return new Replicas(
                        reader.field("min", Codecs.INT32).required("min", path),
                        reader.field("max", Codecs.INT32).required("max", path));
            },
            value -> JsonObjectWriter.create()
                    .field("min", JsonField.of(value.min()), Codecs.INT32)
                    .field("max", JsonField.of(value.max()), Codecs.INT32)
                    .build());

    @Test
    void objectCodecDecodesAtTheGivenPathAndEncodes() {
        assertEquals(new Replicas(1, 4), decode(REPLICAS, "{\"min\":1,\"max\":4}", "$"));
        assertEquals("{\"min\":1,\"max\":4}", Json.write(REPLICAS.encode(new Replicas(1, 4))));
    }

    @Test
    void objectCodecInsideListNamesTheFullPath() {
        JsonDataException e = rejection(Codecs.listOf(REPLICAS), "[{\"min\":1,\"max\":4},{\"min\":1}]", "$.data");

        assertEquals("$.data[1].max: required field 'max' is missing", e.getMessage());
    }

    @Test
    void mappedCodecConvertsBothWaysAndKeepsThePathOfErrors() {
        Codec<java.time.Duration> seconds =
                Codecs.INT64.map(java.time.Duration::ofSeconds, java.time.Duration::getSeconds);

        assertEquals(java.time.Duration.ofMinutes(2), decode(seconds, "120", "$"));
        assertEquals("120", Json.write(seconds.encode(java.time.Duration.ofMinutes(2))));
        assertEquals("$.ttl", rejection(seconds, "\"2m\"", "$.ttl").path());
    }

    @Test
    void aScalarReadAsAMemberOrElementNamesItsOwnPathWhenItDoesNotFit() {
        Codec<java.time.Duration> seconds =
                Codecs.INT64.map(java.time.Duration::ofSeconds, java.time.Duration::getSeconds);
        Codec<Map<String, List<java.time.Duration>>> timeouts = Codecs.mapOf(Codecs.listOf(seconds));

        assertEquals(
                Map.of("read", List.of(java.time.Duration.ofSeconds(5))), decode(timeouts, "{\"read\":[5]}", "$.cfg"));
        JsonDataException e = rejection(timeouts, "{\"read\":[5,\"x\"]}", "$.cfg");
        assertEquals("$.cfg.read[1]", e.path());
        assertEquals("$.cfg.read[1]: expected an integer (int64) but was string \"x\"", e.getMessage());
        JsonDataException literal = rejection(
                Codecs.listOf(Codecs.literal(Json.nodes().textNode("on"), Boolean.TRUE)),
                "[\"on\",\"off\"]",
                "$.flags");
        assertEquals("$.flags[1]", literal.path());
    }

    @Test
    void aMemberReadThroughAnObjectReaderNamesItsPath() {
        JsonObjectReader reader =
                JsonObjectReader.of(Json.parse("{\"when\":\"yesterday\",\"odd name\":1}"), "$.items[3]");

        JsonDataException e = reader.field("when", Codecs.DATE_TIME).mismatch().orElseThrow();
        assertEquals("$.items[3].when", e.path());
        JsonDataException odd =
                reader.field("odd name", Codecs.STRING).mismatch().orElseThrow();
        assertEquals("$.items[3]['odd name']", odd.path());
    }
}
