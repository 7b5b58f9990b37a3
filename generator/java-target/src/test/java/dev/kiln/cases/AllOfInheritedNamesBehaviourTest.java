package dev.kiln.cases;

import static dev.kiln.cases.CompiledSdk.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code allof-inherited-names} case's SDK at work: a field typed by a top-level type is read as that type in a
 * class implementing an allOf parent, whose inline schema of the same name is nested as {@code Kind2} so as not to
 * hide it.
 */
class AllOfInheritedNamesBehaviourTest {
    private static CompiledSdk sdk;

    @BeforeAll
    static void compile() {
        sdk = CompiledSdk.clean("allof-inherited-names");
    }

    @Test
    void aFieldTypedByATopLevelEnumReadsTheEnumNotTheParentsNestedObject() {
        String json = "{\"kind\":{\"label\":\"l\"},\"other\":\"large\"}";
        Object child = sdk.callStatic("Child", "fromJson", json);

        Optional<?> other = (Optional<?>) call(child, "other");
        assertEquals(sdk.model("Kind"), other.orElseThrow().getClass());
        assertEquals(sdk.constant("Kind", "LARGE"), other.orElseThrow());
        assertEquals(
                sdk.model("Base$Kind2"),
                ((Optional<?>) call(child, "kind")).orElseThrow().getClass());
        assertEquals(json, call(child, "toJson"));
    }
}
