package dev.kiln.cases;

import static dev.kiln.cases.CompiledSdk.call;
import static dev.kiln.cases.CompiledSdk.callAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The {@code allof} case's SDK at work: {@code Dog} and {@code Cat} extend {@code Pet} with {@code allOf}. */
class AllOfBehaviourTest {
    private static CompiledSdk sdk;

    @BeforeAll
    static void compile() {
        sdk = CompiledSdk.clean("allof");
    }

    @Test
    void theBaseIsAnInterfaceTheChildrenImplement() {
        Class<?> pet = sdk.model("Pet");

        assertTrue(pet.isInterface(), "Pet should be an interface");
        assertTrue(pet.isAssignableFrom(sdk.model("Dog")), "a Dog should be a Pet");
        assertTrue(pet.isAssignableFrom(sdk.model("Cat")), "a Cat should be a Pet");
    }

    @Test
    void childrenReadInheritedAndOwnFields() {
        Class<?> pet = sdk.model("Pet");
        Object dog = sdk.callStatic("Dog", "fromJson", "{\"id\":\"d1\",\"name\":\"Rex\",\"barks\":true}");
        Object cat = sdk.callStatic("Cat", "fromJson", "{\"id\":\"c1\",\"name\":\"Tom\",\"lives\":9}");

        assertInstanceOf(pet, dog);
        assertEquals("d1", callAs(pet, dog, "id"));
        assertEquals("Rex", callAs(pet, dog, "name"));
        assertEquals(true, call(dog, "barks"));
        assertEquals("c1", callAs(pet, cat, "id"));
        assertEquals("Tom", callAs(pet, cat, "name"));
        assertEquals(Optional.of(9), call(cat, "lives"));
    }

    @Test
    void childrenBuildWithInheritedFieldsAndRequireThem() {
        Object builder = sdk.callStatic("Dog", "builder");
        call(builder, "id", "d1");
        call(builder, "barks", false);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> call(builder, "build"));
        assertTrue(e.getMessage().contains("name"), e.getMessage());
        call(builder, "name", "Rex");
        assertEquals("{\"id\":\"d1\",\"name\":\"Rex\",\"barks\":false}", call(call(builder, "build"), "toJson"));
    }

    @Test
    void nestedChildrenRoundTripAndNameThePathOfAMissingInheritedField() {
        String json = "{\"dog\":{\"id\":\"d1\",\"name\":\"Rex\",\"barks\":true},\"cat\":{\"id\":\"c1\",\"lives\":9}}";
        Object household = sdk.callStatic("Household", "fromJson", json);

        assertEquals(json, call(household, "toJson"));
        Object cat = ((Optional<?>) call(household, "cat")).orElseThrow();
        RuntimeException e = assertThrows(RuntimeException.class, () -> callAs(sdk.model("Pet"), cat, "name"));
        assertSame(sdk.core("JsonDataException"), e.getClass(), e::toString);
        assertEquals("$.cat.name", call(e, "path"));
    }

    @Test
    void aFieldTypedByTheBaseReadsAnyPetAndKeepsWhatTheBaseDoesNotDeclare() {
        String json = "{\"favourite\":{\"id\":\"d1\",\"name\":\"Rex\",\"barks\":true}}";
        Object household = sdk.callStatic("Household", "fromJson", json);

        Object favourite = ((Optional<?>) call(household, "favourite")).orElseThrow();
        assertInstanceOf(sdk.model("Pet"), favourite);
        assertEquals("Rex", callAs(sdk.model("Pet"), favourite, "name"));
        assertEquals(json, call(household, "toJson"));
    }

    @Test
    void anInlineAllOfOfAnObjectThatIsNoParentMergesItsFields() {
        String json = "{\"visits\":[{\"clinic\":\"North\",\"date\":\"2026-11-26\",\"note\":null}]}";
        Object household = sdk.callStatic("Household", "fromJson", json);

        Object visit = ((java.util.List<?>) ((Optional<?>) call(household, "visits")).orElseThrow()).get(0);
        assertEquals("North", call(visit, "clinic"));
        assertEquals("2026-11-26", call(visit, "date"));
        assertEquals(Optional.empty(), call(visit, "note"));
        assertEquals(json, call(household, "toJson"));
    }

    @Test
    void aParentNamedThroughAnAliasIsStillTheParent() {
        Class<?> pet = sdk.model("Pet");
        Object hamster = sdk.callStatic("Hamster", "fromJson", "{\"id\":\"h1\",\"name\":\"Ham\",\"wheel\":true}");

        assertInstanceOf(pet, hamster);
        assertEquals("Ham", callAs(pet, hamster, "name"));
        assertEquals(Optional.of(true), call(hamster, "wheel"));
    }
}
