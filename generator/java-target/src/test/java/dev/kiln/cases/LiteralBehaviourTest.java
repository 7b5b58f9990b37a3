package dev.kiln.cases;

import static dev.kiln.cases.CompiledSdk.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The {@code literal} case's SDK at work: a {@code const} and a one-value {@code enum} are fixed values. */
class LiteralBehaviourTest {
    private static CompiledSdk sdk;

    @BeforeAll
    static void compile() {
        sdk = CompiledSdk.clean("literal");
    }

    @Test
    void builderFillsInTheLiteralsAndWritesThem() {
        Object event = call(call(sdk.callStatic("Event", "builder"), "name", "launch"), "build");

        assertSame(sdk.constant("Event$ObjectValue", "EVENT"), call(event, "object"));
        assertSame(sdk.constant("Event$Version", "_2"), call(event, "version"));
        assertEquals("{\"object\":\"event\",\"version\":2,\"name\":\"launch\"}", call(event, "toJson"));
    }

    @Test
    void literalsHaveNoSetter() {
        Class<?> builder = sdk.model("Event$Builder");

        Set<String> setters = publicMethodNames(builder);

        assertTrue(setters.contains("name"), setters::toString);
        assertFalse(setters.contains("object"), setters::toString);
        assertFalse(setters.contains("version"), setters::toString);
    }

    @Test
    void readsTheLiteralValues() {
        Object event = sdk.callStatic("Event", "fromJson", "{\"object\":\"event\",\"version\":2,\"name\":\"launch\"}");

        assertSame(sdk.constant("Event$ObjectValue", "EVENT"), call(event, "object"));
        assertEquals("launch", call(event, "name"));
    }

    @Test
    void anotherStringIsKeptAndReadingItFailsNamingThePath() {
        String json = "{\"object\":\"incident\",\"version\":2,\"name\":\"launch\"}";
        Object event = sdk.callStatic("Event", "fromJson", json);

        assertEquals("launch", call(event, "name"));
        RuntimeException e = assertThrows(RuntimeException.class, () -> call(event, "object"));
        assertSame(sdk.core("JsonDataException"), e.getClass(), e::toString);
        assertEquals("$.object", call(e, "path"));
        assertTrue(e.getMessage().contains("incident"), e.getMessage());
        assertEquals(json, call(event, "toJson"));
    }

    @Test
    void anotherNumberIsKeptAndReadingItFailsNamingThePath() {
        Object event = sdk.callStatic("Event", "fromJson", "{\"object\":\"event\",\"version\":3,\"name\":\"launch\"}");

        RuntimeException e = assertThrows(RuntimeException.class, () -> call(event, "version"));
        assertSame(sdk.core("JsonDataException"), e.getClass(), e::toString);
        assertEquals("$.version", call(e, "path"));
        assertEquals("$.version", call(assertThrows(RuntimeException.class, () -> call(event, "validate")), "path"));
    }

    private static Set<String> publicMethodNames(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .map(Method::getName)
                .collect(Collectors.toSet());
    }
}
