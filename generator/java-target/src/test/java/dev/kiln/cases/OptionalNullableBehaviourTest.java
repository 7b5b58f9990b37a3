package dev.kiln.cases;

import static dev.kiln.cases.CompiledSdk.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code optional-nullable} cases' SDKs at work, the same for OpenAPI 3.1 ({@code type: [string, "null"]}) and
 * 3.0 ({@code nullable: true}): a field is absent, null or a value, and each state survives reading and writing.
 */
class OptionalNullableBehaviourTest {
    private static CompiledSdk sdk(String caseName) {
        return CompiledSdk.clean(caseName);
    }

    @ParameterizedTest
    @ValueSource(strings = {"optional-nullable", "optional-nullable-30"})
    void absentStaysAbsentAndNullStaysNull(String caseName) {
        String json = "{\"id\":\"p1\",\"nickname\":null,\"bio\":null}";
        Object profile = sdk(caseName).callStatic("Profile", "fromJson", json);

        assertEquals(Optional.empty(), call(profile, "nickname"));
        assertEquals(true, call(call(profile, "_nickname"), "isNull"));
        assertEquals(Optional.empty(), call(profile, "age"));
        assertEquals(true, call(call(profile, "_age"), "isMissing"));
        assertEquals(Optional.empty(), call(profile, "bio"));
        assertEquals(true, call(call(profile, "_bio"), "isNull"));
        assertEquals(json, call(profile, "toJson"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"optional-nullable", "optional-nullable-30"})
    void valuesRoundTrip(String caseName) {
        String json = "{\"id\":\"p1\",\"nickname\":\"kit\",\"age\":7,\"bio\":\"hello\"}";
        Object profile = sdk(caseName).callStatic("Profile", "fromJson", json);

        assertEquals("p1", call(profile, "id"));
        assertEquals(Optional.of("kit"), call(profile, "nickname"));
        assertEquals(Optional.of(7), call(profile, "age"));
        assertEquals(Optional.of("hello"), call(profile, "bio"));
        assertEquals(json, call(profile, "toJson"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"optional-nullable", "optional-nullable-30"})
    void builderSendsAnExplicitNullOnlyWhenAskedTo(String caseName) {
        Object builder = sdk(caseName).callStatic("Profile", "builder");
        call(builder, "id", "p1");
        call(builder, "nickname", (Object) null);

        assertEquals("{\"id\":\"p1\",\"nickname\":null}", call(call(builder, "build"), "toJson"));
        call(builder, "bio", (Object) null);
        call(builder, "age", 7);
        assertEquals(
                "{\"id\":\"p1\",\"nickname\":null,\"age\":7,\"bio\":null}", call(call(builder, "build"), "toJson"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"optional-nullable", "optional-nullable-30"})
    void requiredFieldsMustBePresentButMayBeNullWhenNullable(String caseName) {
        CompiledSdk sdk = sdk(caseName);
        Object withoutNickname = sdk.callStatic("Profile", "fromJson", "{\"id\":\"p1\"}");
        Object withNullId = sdk.callStatic("Profile", "fromJson", "{\"id\":null,\"nickname\":null}");

        RuntimeException missing = assertThrows(RuntimeException.class, () -> call(withoutNickname, "nickname"));
        assertSame(sdk.core("JsonDataException"), missing.getClass(), missing::toString);
        assertEquals("$.nickname", call(missing, "path"));
        RuntimeException isNull = assertThrows(RuntimeException.class, () -> call(withNullId, "id"));
        assertEquals("$.id", call(isNull, "path"));
        assertTrue(isNull.getMessage().contains("null"), isNull.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"optional-nullable", "optional-nullable-30"})
    void builderRejectsAbsentRequiredFieldsButNotNullOnes(String caseName) {
        Object builder = sdk(caseName).callStatic("Profile", "builder");
        call(builder, "id", "p1");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> call(builder, "build"));
        assertTrue(e.getMessage().contains("nickname"), e.getMessage());
        call(builder, "nickname", (Object) null);
        assertEquals(Optional.empty(), call(call(builder, "build"), "nickname"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"optional-nullable", "optional-nullable-30"})
    void nonNullableSettersRejectNull(String caseName) {
        Object builder = sdk(caseName).callStatic("Profile", "builder");

        assertThrows(NullPointerException.class, () -> call(builder, "id", (Object) null));
    }
}
