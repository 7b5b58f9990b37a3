package dev.kiln.cases;

import static dev.kiln.cases.CompiledSdk.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code maps} case's SDK at work: members beyond the declared fields land in {@code additionalProperties()},
 * typed when the spec types them; maps of arrays, of objects and of anything read and write back unchanged.
 */
class MapsBehaviourTest {
    private static CompiledSdk sdk;

    @BeforeAll
    static void compile() {
        sdk = CompiledSdk.clean("maps");
    }

    @Test
    void membersBesideDeclaredFieldsLandInTheTypedMapInOrder() {
        String json = "{\"player\":\"ana\",\"total\":12,\"zed\":5,\"bob\":7}";
        Object scores = sdk.callStatic("Scores", "fromJson", json);

        assertEquals("ana", call(scores, "player"));
        assertEquals(Optional.of(12L), call(scores, "total"));
        Map<?, ?> others = (Map<?, ?>) call(scores, "additionalProperties");
        assertEquals(List.of("zed", "bob"), List.copyOf(others.keySet()));
        assertEquals(5L, others.get("zed"));
        assertEquals(7L, others.get("bob"));
        assertEquals(json, call(scores, "toJson"));
    }

    @Test
    void aMemberOfAnotherTypeThanTheMapsIsAnErrorAtItsPath() {
        RuntimeException e = assertThrows(
                RuntimeException.class,
                () -> sdk.callStatic("Scores", "fromJson", "{\"player\":\"ana\",\"carol\":\"ten\"}"));

        assertSame(sdk.core("JsonDataException"), e.getClass(), e::toString);
        assertTrue(e.getMessage().startsWith("$.carol:"), e.getMessage());
    }

    @Test
    void typedMembersAreBuiltAndWritten() {
        Object builder = sdk.callStatic("Scores", "builder");
        call(builder, "player", "ana");
        call(builder, "putAdditionalProperty", "zed", 5L);

        assertEquals("{\"player\":\"ana\",\"zed\":5}", call(call(builder, "build"), "toJson"));
    }

    @Test
    void additionalPropertiesTrueKeepsMembersOfAnyTypeAndNull() {
        String json = "{\"id\":\"b1\",\"color\":\"red\",\"sizes\":[1,2.50],\"gone\":null,\"deep\":{\"x\":{}}}";
        Object bag = sdk.callStatic("Bag", "fromJson", json);

        assertEquals(Optional.of("b1"), call(bag, "id"));
        Map<?, ?> others = (Map<?, ?>) call(bag, "additionalProperties");
        assertEquals(List.of("color", "sizes", "gone", "deep"), List.copyOf(others.keySet()));
        assertTrue(((JsonNode) others.get("gone")).isNull());
        assertEquals(json, call(bag, "toJson"));
    }

    @Test
    void withoutAdditionalPropertiesUndeclaredMembersAreStillKept() {
        String json = "{\"extra\":{\"since\":\"v2\"},\"id\":\"p1\"}";
        Object plain = sdk.callStatic("Plain", "fromJson", json);

        assertEquals(Optional.of("p1"), call(plain, "id"));
        Map<?, ?> others = (Map<?, ?>) call(plain, "additionalProperties");
        assertEquals(List.of("extra"), List.copyOf(others.keySet()));
        assertEquals("{\"id\":\"p1\",\"extra\":{\"since\":\"v2\"}}", call(plain, "toJson"));
    }

    @Test
    void mapsOfArraysAndOfObjectsAreTyped() {
        Object inventory = sdk.callStatic(
                "Inventory",
                "fromJson",
                "{"
                        + "\"labels\":{\"red\":[\"a\",\"b\"]},"
                        + "\"aliases\":{\"x\":[]},"
                        + "\"bins\":{\"b1\":{\"count\":2,\"location\":\"hall\"}},"
                        + "\"owners\":{\"o1\":{\"id\":\"p1\",\"since\":1}}}");

        assertEquals(Optional.of(Map.of("red", List.of("a", "b"))), call(inventory, "labels"));
        assertEquals(Optional.of(Map.of("x", List.of())), call(inventory, "aliases"));
        Map<?, ?> bins = (Map<?, ?>) ((Optional<?>) call(inventory, "bins")).orElseThrow();
        assertEquals(sdk.model("Inventory$Bins"), bins.get("b1").getClass());
        assertEquals(2L, call(bins.get("b1"), "count"));
        Map<?, ?> owners = (Map<?, ?>) ((Optional<?>) call(inventory, "owners")).orElseThrow();
        assertEquals(sdk.model("Plain"), owners.get("o1").getClass());
        assertEquals(
                List.of("since"), List.copyOf(((Map<?, ?>) call(owners.get("o1"), "additionalProperties")).keySet()));
    }

    @Test
    void mapsOfAnythingAndOfNullableValuesKeepNull() {
        Object inventory = sdk.callStatic(
                "Inventory", "fromJson", "{\"anything\":{\"a\":null,\"b\":[1]},\"notes\":{\"n1\":\"hi\",\"n2\":null}}");

        Map<?, ?> anything = (Map<?, ?>) ((Optional<?>) call(inventory, "anything")).orElseThrow();
        assertTrue(((JsonNode) anything.get("a")).isNull());
        Map<?, ?> notes = (Map<?, ?>) ((Optional<?>) call(inventory, "notes")).orElseThrow();
        assertEquals("hi", ((JsonNode) notes.get("n1")).textValue());
        assertTrue(((JsonNode) notes.get("n2")).isNull());
    }

    @Test
    void aMapOfObjectsBesideFieldsIsValidated() {
        Object shelves = sdk.callStatic("Shelves", "fromJson", "{\"room\":\"r1\",\"s1\":{\"count\":1},\"s2\":{}}");

        Map<?, ?> others = (Map<?, ?>) call(shelves, "additionalProperties");
        assertEquals(sdk.model("Shelves$AdditionalProperty"), others.get("s1").getClass());
        RuntimeException e = assertThrows(RuntimeException.class, () -> call(shelves, "validate"));
        assertSame(sdk.core("JsonDataException"), e.getClass(), e::toString);
        assertTrue(e.getMessage().startsWith("$.s2.count:"), e.getMessage());
    }

    @Test
    void everyKindOfMapIsWrittenBackExactly() {
        String json = "{"
                + "\"labels\":{\"red\":[\"a\",\"b\"],\"blue\":[]},"
                + "\"aliases\":{\"x\":[\"y\"]},"
                + "\"bins\":{\"b1\":{\"count\":2,\"location\":\"hall\",\"new\":true},\"b2\":{\"count\":0}},"
                + "\"owners\":{\"o1\":{\"id\":\"p1\",\"since\":1.50}},"
                + "\"scores\":{\"player\":\"ana\",\"zed\":5},"
                + "\"bag\":{\"id\":\"b1\",\"n\":null},"
                + "\"anything\":{\"a\":null,\"b\":{\"c\":[1,\"2\"]}},"
                + "\"notes\":{\"n1\":\"hi\",\"n2\":null},"
                + "\"shelves\":{\"room\":\"r1\",\"s1\":{\"count\":1,\"tag\":\"t\"}},"
                + "\"added\":\"by a newer server\"}";
        Object inventory = sdk.callStatic("Inventory", "fromJson", json);

        assertEquals(json, call(inventory, "toJson"));
        assertEquals(inventory, sdk.callStatic("Inventory", "fromJson", json));
        assertEquals(json, call(call(call(inventory, "toBuilder"), "build"), "toJson"));
    }
}
