package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A value that does not fit its field's type does not fail the object: {@link JsonObjectReader} keeps it as sent,
 * with the reason, and only reading the field throws, naming the JSON path, the expected and the actual value.
 */
class TolerantReadingTest {
    /** Members in the model's order, so that the document written back can be compared as text. */
    private static final String DOCUMENT = "{\"object\":\"incident\",\"id\":\"dep-1\",\"replicas\":\"two\","
            + "\"active\":true,\"state\":\"STARTED\",\"children\":[{\"object\":\"deployment\",\"id\":\"c-1\","
            + "\"price\":\"cheap\",\"state\":\"STOPPED\"},7],\"limits\":{\"cpu\":4,\"gpu\":true}}";

    private static Deployment read(String json) {
        return Deployment.CODEC.decode(Json.parse(json), JsonPaths.ROOT);
    }

    @Test
    void aWrongTypedFieldKeepsTheObjectReadable() {
        Deployment deployment = read(DOCUMENT);

        assertEquals("dep-1", deployment.id().required("id", JsonPaths.ROOT));
        assertEquals(Optional.of(true), deployment.active().optional());
        JsonDataException e = assertThrows(
                JsonDataException.class, () -> deployment.replicas().optional());
        assertEquals("$.replicas", e.path());
        assertEquals("$.replicas: expected an integer (int32) but was string \"two\"", e.getMessage());
    }

    @Test
    void aMismatchedFieldIsRawJsonAsSentAndSaysWhy() {
        JsonField<Integer> replicas = read(DOCUMENT).replicas();

        assertTrue(replicas.isRaw());
        assertFalse(replicas.isPresent());
        assertEquals(Optional.empty(), replicas.value(), "the raw view does not throw");
        assertEquals(Json.parse("\"two\""), replicas.source().orElseThrow());
        assertEquals(
                "expected an integer (int32) but was string \"two\"",
                replicas.mismatch().orElseThrow().problem());
    }

    @Test
    void everyTypedReadThrowsTheMismatchWithTheDecodingFailureAsItsCause() {
        JsonField<Integer> replicas = read(DOCUMENT).replicas();
        JsonDataException mismatch = replicas.mismatch().orElseThrow();

        JsonDataException required =
                assertThrows(JsonDataException.class, () -> replicas.required("replicas", "$.elsewhere"));
        JsonDataException nullable =
                assertThrows(JsonDataException.class, () -> replicas.requiredNullable("replicas", "$"));
        JsonDataException optional = assertThrows(JsonDataException.class, replicas::optional);

        for (JsonDataException thrown : List.of(required, nullable, optional)) {
            assertEquals("$.replicas", thrown.path(), "the path where it was read, not the caller's");
            assertEquals(mismatch.getMessage(), thrown.getMessage());
            assertSame(mismatch, thrown.getCause());
            assertNotSame(mismatch, thrown);
        }
    }

    @Test
    void aLiteralWithAnotherValueIsKeptRaw() {
        Deployment deployment = read(DOCUMENT);

        assertEquals(Json.parse("\"incident\""), deployment.object().source().orElseThrow());
        JsonDataException e =
                assertThrows(JsonDataException.class, () -> deployment.object().required("object", JsonPaths.ROOT));
        assertEquals("$.object: expected \"deployment\" but was string \"incident\"", e.getMessage());
    }

    @Test
    void oneBadElementKeepsTheWholeListRawAndNamesTheElement() {
        Deployment deployment = read(DOCUMENT);

        JsonDataException e = assertThrows(
                JsonDataException.class, () -> deployment.children().optional());
        assertEquals("$.children[1]", e.path());
        assertEquals("$.children[1]: expected an object but was number 7", e.getMessage());
        assertEquals(
                Json.parse(DOCUMENT).get("children"),
                deployment.children().source().orElseThrow());
    }

    @Test
    void oneBadMapValueNamesItsKey() {
        JsonDataException e = assertThrows(
                JsonDataException.class, () -> read(DOCUMENT).limits().optional());

        assertEquals("$.limits.gpu: expected an integer (int32) but was boolean true", e.getMessage());
        assertEquals(
                Json.parse(DOCUMENT).get("limits"),
                read(DOCUMENT).limits().source().orElseThrow());
    }

    @Test
    void anUndeclaredMemberOfTheWrongTypeKeepsItsWholeObjectAsSentAndTheRestIsRead() {
        String json = "{\"inner\":{\"a\":1,\"b\":\"two\",\"c\":{\"d\":[3]},\"é\":5},\"f\":4}";
        Scores streamed = Json.read(json, Scores.codec());
        Scores streamedBytes = Json.read(json.getBytes(StandardCharsets.UTF_8), Scores.codec());
        Scores decoded = Scores.codec().decode(Json.parse(json), JsonPaths.ROOT);

        for (Scores scores : List.of(streamed, streamedBytes, decoded)) {
            assertEquals(Json.parse(json).get("inner"), scores._inner().source().orElseThrow());
            JsonDataException e = assertThrows(JsonDataException.class, scores::inner);
            assertEquals("$.inner.b: expected an integer (int64) but was string \"two\"", e.getMessage());
            assertEquals(Map.of("f", 4L), scores.additionalProperties());
        }
        assertEquals(decoded, streamed);
        assertEquals(decoded, streamedBytes);
    }

    @Test
    void aNullUndeclaredMemberOfATypedKindFailsAsAValueMissingAndANestedOneIsKeptAsSent() {
        String json = "{\"inner\":{\"a\":null},\"b\":null}";

        JsonDataException streamed = assertThrows(JsonDataException.class, () -> Json.read(json, Scores.codec()));
        JsonDataException decoded =
                assertThrows(JsonDataException.class, () -> Scores.codec().decode(Json.parse(json), JsonPaths.ROOT));
        Scores outer = Json.read("{\"inner\":{\"a\":null}}", Scores.codec());

        assertEquals("$.b: expected a value but was null", streamed.getMessage());
        assertEquals(streamed.getMessage(), decoded.getMessage());
        assertEquals(Json.parse("{\"a\":null}"), outer._inner().source().orElseThrow());
        assertEquals(
                "$.inner.a: expected a value but was null",
                assertThrows(JsonDataException.class, outer::inner).getMessage());
    }

    @Test
    void aBadFieldOfANestedObjectThrowsWhenReadWithItsFullPath() {
        Deployment deployment = read("{\"children\":[{\"id\":\"c-1\",\"price\":\"cheap\"}]}");

        Deployment child = deployment.children().optional().orElseThrow().get(0);
        assertEquals("c-1", child.id().required("id", "$.children[0]"));
        JsonDataException e =
                assertThrows(JsonDataException.class, () -> child.price().optional());
        assertEquals("$.children[0].price: expected a number but was string \"cheap\"", e.getMessage());
    }

    @Test
    void writingBackGivesTheDocumentAsSent() {
        Deployment deployment = read(DOCUMENT);

        assertEquals(DOCUMENT, Json.write(deployment.toJsonNode()));
    }

    @Test
    void aMismatchedFieldEqualsOneReadFromTheSameJson() {
        assertEquals(read(DOCUMENT), read(DOCUMENT));
        assertEquals(read(DOCUMENT).hashCode(), read(DOCUMENT).hashCode());
        assertEquals("\"two\"", read(DOCUMENT).replicas().toString());
    }

    @Test
    void validateReportsTheFirstBadFieldInOrder() {
        JsonDataException e = assertThrows(
                JsonDataException.class,
                () ->
                        read("{\"object\":\"deployment\",\"id\":\"d\",\"replicas\":1.5,\"price\":\"x\",\"state\":\"STARTED\"}")
                                .validate());

        assertEquals("$.replicas", e.path());
        assertTrue(e.getMessage().contains("expected an integer (int32) but was number 1.5"), e.getMessage());
    }

    @Test
    void validateFindsABadFieldInsideANestedObject() {
        JsonDataException e = assertThrows(
                JsonDataException.class,
                () -> read("{\"object\":\"deployment\",\"id\":\"d\","
                                + "\"state\":\"STARTED\",\"children\":[{\"object\":\"deployment\",\"id\":\"c\",\"state\":\"X\","
                                + "\"since\":\"soon\"}]}")
                        .validate());

        assertEquals("$.children[0].since", e.path());
    }

    @Test
    void rawJsonSetInJavaIsNoMismatch() {
        JsonField<Integer> raw = JsonField.raw("auto");

        assertEquals(Optional.empty(), raw.mismatch());
        assertEquals(Optional.empty(), raw.optional(), "an optional field set raw in Java reads empty");
        assertTrue(assertThrows(JsonDataException.class, () -> raw.required("seed", JsonPaths.ROOT))
                .getMessage()
                .contains("raw JSON"));
    }

    @Test
    void fieldsThatFitHaveNoMismatchAndReadNormally() {
        JsonObjectReader reader = JsonObjectReader.of(Json.parse("{\"a\":1,\"b\":null}"), JsonPaths.ROOT);
        JsonField<Integer> a = reader.field("a", Codecs.INT32);
        JsonField<Integer> b = reader.field("b", Codecs.INT32);
        JsonField<Integer> c = reader.field("c", Codecs.INT32);

        for (JsonField<Integer> field : List.of(a, b, c)) {
            assertEquals(Optional.empty(), field.mismatch());
            assertFalse(field.isRaw());
        }
        assertEquals(Optional.of(1), a.optional());
        assertEquals(Optional.empty(), b.optional());
        assertEquals(Optional.empty(), c.optional());
    }

    @Test
    void aNonObjectWhereAnObjectBelongsStillFailsTheDocument() {
        JsonNode array = Json.parse("[1]");

        assertEquals(
                "$: expected an object but was an array",
                assertThrows(JsonDataException.class, () -> Deployment.CODEC.decode(array, JsonPaths.ROOT))
                        .getMessage());
    }
}
