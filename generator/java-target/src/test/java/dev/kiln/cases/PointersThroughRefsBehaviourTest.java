package dev.kiln.cases;

import static dev.kiln.cases.CompiledSdk.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code pointers-through-refs} case: a union variant and a discriminator mapping name
 * {@code .../schema/items/allOf/0}, where {@code items} is a {@code $ref}, and a property names a place inside a
 * schema that is itself only a {@code $ref}. The pointers are followed through the references, and the one schema
 * they reach is one type, shared by the union and by the object whose part it is.
 */
class PointersThroughRefsBehaviourTest {
    private static CompiledSdk sdk;

    @BeforeAll
    static void compile() {
        sdk = CompiledSdk.clean("pointers-through-refs");
    }

    @Test
    void theMappingThroughTheItemsReferenceChoosesThePartOfTheSchemaItReaches() {
        Object shape = sdk.callStatic("Shape", "fromJson", "{\"kind\":\"field\",\"label\":\"Severity\"}");

        assertEquals(true, call(shape, "isFieldEntryPart1"));
        Object field = ((Optional<?>) call(shape, "fieldEntryPart1")).orElseThrow();
        assertEquals(Optional.of("Severity"), call(field, "label"));
    }

    @Test
    void theUnionsVariantIsThePartTheListedObjectsExtend() {
        Class<?> part = sdk.model("FieldEntryPart1");

        assertTrue(part.isAssignableFrom(sdk.model("FieldEntry")), "FieldEntry is a FieldEntryPart1");
        Object circle = sdk.callStatic("Shape", "fromJson", "{\"kind\":\"circle\",\"radius\":2}");
        assertEquals(true, call(circle, "isCircle"));
    }
}
