package dev.kiln.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.kiln.fuzz.PropertyRun;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Examples of pointers, and QuickTheories properties ({@link PropertyRun}: fixed seeds, 1,000 tries each) of their text,
 * their escaping and their parents.
 */
class JsonPointerTest {

    @Test
    void escapesTildeAndSlashInTokens() {
        JsonPointer pointer =
                JsonPointer.ROOT.child("paths").child("/pets/{id}").child("a~b");

        assertEquals("#/paths/~1pets~1{id}/a~0b", pointer.toString());
        assertEquals(List.of("paths", "/pets/{id}", "a~b"), pointer.tokens());
    }

    @Test
    void unescapesTildeOneBeforeTildeZero() {
        // "~01" is an escaped "~" followed by "1", never a "/"
        assertEquals(List.of("~1", "/0"), JsonPointer.parse("#/~01/~10").tokens());
        assertEquals("~1", JsonPointer.unescape("~01"));
        assertEquals("~01", JsonPointer.escape("~1"));
    }

    @Test
    void rootIsTheHashAlone() {
        assertEquals("#", JsonPointer.ROOT.toString());
        assertEquals(JsonPointer.ROOT, JsonPointer.parse("#"));
        assertEquals(JsonPointer.ROOT, JsonPointer.parse(""));
        assertTrue(JsonPointer.ROOT.isRoot());
        assertEquals(JsonPointer.ROOT, JsonPointer.ROOT.parent());
    }

    @Test
    void readsPlainPointersAndEmptyTokens() {
        assertEquals(List.of("data", ""), JsonPointer.parse("/data/").tokens());
        assertEquals("#/data/", JsonPointer.parse("/data/").toString());
    }

    @Test
    void refusesTextThatIsNoPointer() {
        assertThrows(IllegalArgumentException.class, () -> JsonPointer.parse("#anchor"));
        assertThrows(IllegalArgumentException.class, () -> JsonPointer.parse("components/schemas"));
    }

    @Test
    void childrenOfArraysAreIndexes() {
        JsonPointer parameter =
                JsonPointer.parse("#/paths/~1pets/get/parameters").child(2);

        assertEquals("#/paths/~1pets/get/parameters/2", parameter.toString());
        assertEquals(JsonPointer.parse("#/paths/~1pets/get/parameters"), parameter.parent());
    }

    @Test
    void tellsWhatLiesBelowWhat() {
        JsonPointer pet = JsonPointer.componentSchema("Pet");
        JsonPointer name = pet.child("properties").child("name");

        assertTrue(name.isBelow(pet));
        assertTrue(name.isBelow(JsonPointer.ROOT));
        assertFalse(pet.isBelow(pet));
        assertFalse(pet.isBelow(name));
        assertFalse(JsonPointer.componentSchema("Pets").isBelow(pet));
    }

    @Test
    void movesWhatLiesInAnElement() {
        JsonPointer written = JsonPointer.parse("#/definitions/Owner/properties/name");
        JsonPointer moved =
                written.movedFrom(JsonPointer.parse("#/definitions/Owner"), JsonPointer.componentSchema("Owner"));

        assertEquals("#/components/schemas/Owner/properties/name", moved.toString());
        assertEquals(
                JsonPointer.componentSchema("A"),
                JsonPointer.ROOT.movedFrom(JsonPointer.ROOT, JsonPointer.componentSchema("A")));
        assertThrows(
                IllegalArgumentException.class,
                () -> written.movedFrom(JsonPointer.componentSchema("Owner"), JsonPointer.ROOT));
    }

    @Test
    void namesTheComponentItPointsAt() {
        assertEquals(
                "#/components/schemas/a~1b", JsonPointer.componentSchema("a/b").toString());
        assertEquals(
                Optional.of("a/b"),
                JsonPointer.parse("#/components/schemas/a~1b").componentSchemaName());
        assertEquals(
                Optional.empty(),
                JsonPointer.parse("#/components/schemas/Pet/properties/a").componentSchemaName());
        assertEquals(Optional.empty(), JsonPointer.parse("#/components/schemas").componentSchemaName());
        assertEquals(
                Optional.empty(),
                JsonPointer.parse("#/components/parameters/Limit").componentSchemaName());
        assertEquals(
                Optional.of("Limit"),
                JsonPointer.parse("#/components/parameters/Limit").componentName("parameters"));
    }

    @Test
    void readsOnlyReferencesIntoTheirOwnDocument() {
        assertEquals(
                Optional.of(JsonPointer.componentSchema("Pet")), JsonPointer.ofLocalRef("#/components/schemas/Pet"));
        assertEquals(Optional.of(JsonPointer.ROOT), JsonPointer.ofLocalRef("#"));
        assertEquals(Optional.empty(), JsonPointer.ofLocalRef("common.yaml#/Pet"));
        assertEquals(Optional.empty(), JsonPointer.ofLocalRef("#Pet"));
        assertEquals(Optional.empty(), JsonPointer.ofLocalRef(null));
    }

    @Test
    void textRoundTrips(TestInfo test) {
        PropertyRun.check(test, 20261202L, tokenLists(5), tokens -> {
            JsonPointer pointer = new JsonPointer(tokens);

            assertEquals(pointer, JsonPointer.parse(pointer.toString()));
            assertEquals(tokens, JsonPointer.parse(pointer.toString()).tokens());
        });
    }

    @Test
    void escapingRoundTrips(TestInfo test) {
        PropertyRun.check(test, 20261203L, token(), name -> {
            assertEquals(name, JsonPointer.unescape(JsonPointer.escape(name)));
            assertFalse(JsonPointer.escape(name).contains("/"));
        });
    }

    @Test
    void aChildsParentIsItself(TestInfo test) {
        PropertyRun.check(test, 20261204L, tokenLists(4).zip(token(), Pair::of), tokensAndName -> {
            JsonPointer pointer = new JsonPointer(tokensAndName._1);
            String name = tokensAndName._2;

            assertEquals(pointer, pointer.child(name).parent());
            assertTrue(pointer.child(name).isBelow(pointer));
        });
    }

    /** Up to {@code max} tokens. */
    private static Gen<List<String>> tokenLists(int max) {
        return lists().of(token()).ofSizeBetween(0, max);
    }

    /**
     * A token: half of them made of what escaping is about ({@code ~}, {@code /}, the {@code 0} and {@code 1} that
     * follow a {@code ~} in an escape), the other half of any code points; both shrink towards the empty string.
     */
    private static Gen<String> token() {
        Gen<String> escapable = lists().of(Generate.pick(List.of("~", "/", "0", "1", "~0", "~1", "a", "#", "%")))
                .ofSizeBetween(0, 8)
                .map(parts -> String.join("", parts));
        Gen<String> any = strings().allPossible().ofLengthBetween(0, 12);
        return Generate.frequency(List.of(Pair.of(1, escapable), Pair.of(1, any)));
    }
}
