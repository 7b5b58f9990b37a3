package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link JsonObjectReader} and {@link JsonObjectWriter} used the way a generated model uses them. */
class JsonObjectRoundTripTest {
    /** A model as the generator would write it: declared fields plus every member it was not asked for. */
    private record Endpoint(
            JsonField<String> id,
            JsonField<Integer> minReplicas,
            JsonField<Double> price,
            JsonField<String> hardware,
            Map<String, JsonNode> unknown) {

        static Endpoint read(JsonNode node, String path) {
            JsonObjectReader reader = JsonObjectReader.of(node, path);
            return new Endpoint(
                    reader.field("id", Codecs.STRING),
                    reader.field("min_replicas", Codecs.INT32),
                    reader.field("price", Codecs.DOUBLE),
                    reader.field("hardware", Codecs.STRING),
                    reader.remaining());
        }

        JsonNode write() {
            return JsonObjectWriter.create()
                    .field("id", id, Codecs.STRING)
                    .field("min_replicas", minReplicas, Codecs.INT32)
                    .field("price", price, Codecs.DOUBLE)
                    .field("hardware", hardware, Codecs.STRING)
                    .members(unknown)
                    .build();
        }
    }

    @Test
    void declaredFieldsAreReadInAllThreeStates() {
        Endpoint endpoint =
                Endpoint.read(Json.parse("{\"id\":\"ep-1\",\"min_replicas\":2,\"hardware\":null}"), JsonPaths.ROOT);

        assertEquals(JsonField.of("ep-1"), endpoint.id());
        assertEquals(JsonField.of(2), endpoint.minReplicas());
        assertTrue(endpoint.price().isMissing());
        assertTrue(endpoint.hardware().isNull());
        assertEquals(Map.of(), endpoint.unknown());
    }

    @Test
    void unknownMembersAreKeptInDocumentOrder() {
        Endpoint endpoint = Endpoint.read(
                Json.parse("{\"zone\":\"eu\",\"id\":\"ep-1\",\"alpha\":[1],\"min_replicas\":2,\"mid\":{\"k\":null}}"),
                JsonPaths.ROOT);

        assertEquals(
                List.of("zone", "alpha", "mid"), List.copyOf(endpoint.unknown().keySet()));
        assertEquals("[1]", Json.write(endpoint.unknown().get("alpha")));
        assertEquals("{\"k\":null}", Json.write(endpoint.unknown().get("mid")));
    }

    @Test
    void readingThenWritingReproducesTheDocumentExactly() {
        String json = "{\"id\":\"ep-1\",\"min_replicas\":80,\"price\":141.50,\"hardware\":null,"
                + "\"from_newer_server\":{\"b\":2,\"a\":1.0},\"tags\":[\"x\"]}";

        assertEquals(
                json, Json.write(Endpoint.read(Json.parse(json), JsonPaths.ROOT).write()));
    }

    @Test
    void numberReadFromJsonIsWrittenBackAsItWasNotAsItsJavaType() {
        Endpoint endpoint = Endpoint.read(Json.parse("{\"price\":80}"), JsonPaths.ROOT);

        assertEquals(JsonField.of(80.0), endpoint.price());
        assertEquals("{\"price\":80}", Json.write(endpoint.write()));
    }

    @Test
    void fieldSetInJavaIsEncodedWithItsCodec() {
        Endpoint endpoint =
                new Endpoint(JsonField.of("ep-2"), JsonField.of(3), JsonField.of(80.0), JsonField.missing(), Map.of());

        assertEquals("{\"id\":\"ep-2\",\"min_replicas\":3,\"price\":80.0}", Json.write(endpoint.write()));
    }

    @Test
    void explicitNullIsWrittenAndAbsentFieldIsLeftOut() {
        Endpoint endpoint = new Endpoint(
                JsonField.missing(), JsonField.ofNull(), JsonField.missing(), JsonField.ofNull(), Map.of());

        assertEquals("{\"min_replicas\":null,\"hardware\":null}", Json.write(endpoint.write()));
    }

    @Test
    void badFieldValueIsKeptAndNamesItsPathInsideTheObjectWhenRead() {
        Endpoint endpoint = Endpoint.read(Json.parse("{\"id\":\"ep-1\",\"min_replicas\":\"two\"}"), "$.data[0]");

        assertEquals(JsonField.of("ep-1"), endpoint.id());
        JsonDataException e = assertThrows(
                JsonDataException.class, () -> endpoint.minReplicas().optional());
        assertEquals("$.data[0].min_replicas: expected an integer (int32) but was string \"two\"", e.getMessage());
        assertEquals("{\"id\":\"ep-1\",\"min_replicas\":\"two\"}", Json.write(endpoint.write()));
    }

    @Test
    void readerRejectsANonObject() {
        JsonDataException e =
                assertThrows(JsonDataException.class, () -> JsonObjectReader.of(Json.parse("[1]"), "$.data[0]"));

        assertEquals("$.data[0]: expected an object but was an array", e.getMessage());
    }

    @Test
    void readerReportsItsPath() {
        assertEquals(
                "$.autoscaling",
                JsonObjectReader.of(Json.parse("{}"), "$.autoscaling").path());
    }

    @Test
    void fieldReadAsNullIsNotAmongTheRemainingMembers() {
        JsonObjectReader reader = JsonObjectReader.of(Json.parse("{\"a\":null,\"b\":1}"), JsonPaths.ROOT);

        assertTrue(reader.field("a", Codecs.STRING).isNull());
        assertEquals(List.of("b"), List.copyOf(reader.remaining().keySet()));
    }

    @Test
    void remainingMembersCannotBeChanged() {
        Map<String, JsonNode> remaining =
                JsonObjectReader.of(Json.parse("{\"a\":1}"), JsonPaths.ROOT).remaining();

        assertThrows(UnsupportedOperationException.class, () -> remaining.remove("a"));
    }

    // Typed additional properties.

    @Test
    void remainingMembersAreDecodedWithTheirCodecInDocumentOrder() {
        JsonObjectReader reader = JsonObjectReader.of(Json.parse("{\"z\":1.25,\"name\":\"gpu\",\"a\":2}"), "$.labels");

        assertEquals(JsonField.of("gpu"), reader.field("name", Codecs.STRING));
        Map<String, BigDecimal> extra = reader.remaining(Codecs.DECIMAL);
        assertEquals(Map.of("z", new BigDecimal("1.25"), "a", new BigDecimal("2")), extra);
        assertEquals(List.of("z", "a"), List.copyOf(extra.keySet()));
    }

    @Test
    void typedRemainingMemberOfTheWrongTypeNamesItsPath() {
        JsonObjectReader reader = JsonObjectReader.of(Json.parse("{\"name\":\"gpu\",\"foo\":\"two\"}"), "$.labels");
        reader.field("name", Codecs.STRING);

        JsonDataException e = assertThrows(JsonDataException.class, () -> reader.remaining(Codecs.INT32));

        assertEquals("$.labels.foo: expected an integer (int32) but was string \"two\"", e.getMessage());
    }

    @Test
    void typedRemainingMemberThatIsNullIsRejected() {
        JsonObjectReader reader = JsonObjectReader.of(Json.parse("{\"foo\":null}"), "$.labels");

        JsonDataException e = assertThrows(JsonDataException.class, () -> reader.remaining(Codecs.INT32));

        assertEquals("$.labels.foo: expected a value but was null", e.getMessage());
    }

    @Test
    void typedMembersAreWrittenWithTheirCodec() {
        Map<String, Integer> extra = new java.util.LinkedHashMap<>();
        extra.put("z", 1);
        extra.put("a", 2);

        JsonNode written = JsonObjectWriter.create()
                .field("name", JsonField.of("gpu"), Codecs.STRING)
                .members(extra, Codecs.INT32)
                .build();

        assertEquals("{\"name\":\"gpu\",\"z\":1,\"a\":2}", Json.write(written));
    }
}
