package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The raw state of a field (JSON its type does not describe) and the helpers behind builders' add and put. */
class RawAndCollectionFieldsTest {
    @Test
    void aRawFieldKeepsItsJsonAndHasNoTypedValue() {
        JsonField<Integer> field = JsonField.raw("auto");

        assertTrue(field.isRaw());
        assertFalse(field.isPresent());
        assertFalse(field.isMissing());
        assertFalse(field.isNull());
        assertEquals(Optional.empty(), field.value());
        assertEquals(Optional.of(Json.parse("\"auto\"")), field.source());
        assertEquals("\"auto\"", field.toString());
    }

    @Test
    void aRequiredAccessorOfARawFieldNamesThePathInsteadOfGuessingAType() {
        JsonField<Integer> field = JsonField.raw(Map.of("min", 1));

        JsonDataException required = assertThrows(JsonDataException.class, () -> field.required("replicas", "$"));
        JsonDataException nullable =
                assertThrows(JsonDataException.class, () -> field.requiredNullable("replicas", "$"));

        assertEquals("$.replicas", required.path());
        assertTrue(required.getMessage().contains("raw JSON (object)"), required.getMessage());
        assertEquals("$.replicas", nullable.path());
    }

    @Test
    void aRawFieldIsWrittenAsItIs() {
        JsonNode written = JsonObjectWriter.create()
                .field("timeout", JsonField.<Integer>raw("1h"), Codecs.INT32)
                .field("tags", JsonField.<Integer>raw(List.of("a", 2)), Codecs.INT32)
                .build();

        assertEquals("{\"timeout\":\"1h\",\"tags\":[\"a\",2]}", Json.write(written));
    }

    @Test
    void rawFieldsAreEqualByTheirJson() {
        assertEquals(JsonField.raw("x"), JsonField.raw(Json.parse("\"x\"")));
        assertEquals(
                JsonField.raw("x").hashCode(),
                JsonField.raw(Json.parse("\"x\"")).hashCode());
        assertNotEquals(JsonField.raw("x"), JsonField.raw("y"));
        assertNotEquals(JsonField.raw("x"), JsonField.of("x"));
        assertNotEquals(JsonField.raw(null), JsonField.ofNull());
    }

    @Test
    void plainJavaValuesBecomeJson() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("n", 1);
        map.put("big", new BigDecimal("1.50"));
        map.put("list", List.of(true, "s"));
        map.put("array", new Object[] {1L, null});
        map.put("none", Optional.empty());
        map.put("day", LocalDate.of(2024, 2, 29));
        map.put("tree", Json.parse("{\"k\":[]}"));

        assertEquals(
                "{\"n\":1,\"big\":1.50,\"list\":[true,\"s\"],\"array\":[1,null],\"none\":null,"
                        + "\"day\":\"2024-02-29\",\"tree\":{\"k\":[]}}",
                Json.write(Json.toJsonNode(map)));
        assertEquals("null", Json.write(Json.toJsonNode(null)));
    }

    @Test
    void aValueWithoutAJsonFormIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.toJsonNode(new Object()));

        assertTrue(e.getMessage().contains("java.lang.Object"), e.getMessage());
    }

    @Test
    void withItemAppendsToAnAbsentNullOrSetListWithoutChangingTheOldOne() {
        JsonField<List<String>> one = JsonField.withItem(JsonField.missing(), "a");
        JsonField<List<String>> two = JsonField.withItem(one, "b");

        assertEquals(List.of("a"), one.value().orElseThrow());
        assertEquals(List.of("a", "b"), two.value().orElseThrow());
        assertEquals(
                List.of("c"),
                JsonField.withItem(JsonField.<List<String>>ofNull(), "c")
                        .value()
                        .orElseThrow());
        assertThrows(
                UnsupportedOperationException.class,
                () -> two.value().orElseThrow().add("x"));
        assertThrows(NullPointerException.class, () -> JsonField.withItem(one, null));
    }

    @Test
    void withEntryAndWithEntriesKeepInsertionOrderAndReplaceAKey() {
        JsonField<Map<String, Integer>> map = JsonField.withEntry(JsonField.missing(), "z", 1);
        Map<String, Integer> more = new LinkedHashMap<>();
        more.put("a", 2);
        more.put("z", 3);
        JsonField<Map<String, Integer>> all = JsonField.withEntries(map, more);

        assertEquals(Map.of("z", 1), map.value().orElseThrow());
        assertEquals(
                Arrays.asList("z", "a"), List.copyOf(all.value().orElseThrow().keySet()));
        assertEquals(3, all.value().orElseThrow().get("z"));
        assertThrows(NullPointerException.class, () -> JsonField.withEntry(map, "k", null));
    }

    @Test
    void addingToARawFieldIsRefused() {
        assertThrows(IllegalStateException.class, () -> JsonField.withItem(JsonField.<List<String>>raw("x"), "a"));
        assertThrows(
                IllegalStateException.class,
                () -> JsonField.withEntry(JsonField.<Map<String, String>>raw(1), "k", "v"));
    }
}
