package dev.kiln.cases;

import static dev.kiln.cases.CompiledSdk.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code enums} case's SDK at work: string values that are no Java names, values that mangle to the same
 * name, symbols, integers, numbers, a 300-value enum, and values a newer server sends, kept and written back.
 */
class EnumsBehaviourTest {
    private static CompiledSdk sdk;

    @BeforeAll
    static void compile() {
        sdk = CompiledSdk.clean("enums");
    }

    @ParameterizedTest(name = "Window \"{0}\" is {1}")
    @CsvSource(
            quoteCharacter = '\'',
            value = {"24h, _24H", "on-demand, ON_DEMAND", "+1, PLUS_1", "-1, MINUS_1", "'', EMPTY"})
    void valuesThatAreNoJavaNamesHaveConstants(String wireValue, String constant) {
        assertKnown("Window", wireValue, constant);
    }

    @ParameterizedTest(name = "Spelling \"{0}\" is {1}")
    @CsvSource({"a-b, A_B", "a_b, A_B2", "Foo, FOO", "foo, FOO2"})
    void valuesThatMangleToOneNameKeepAConstantEach(String wireValue, String constant) {
        assertKnown("Spelling", wireValue, constant);
    }

    @ParameterizedTest(name = "Operator \"{0}\" is {1}")
    @CsvSource({
        "<, LESS_THAN",
        "<=, LESS_THAN_EQUALS",
        "=, EQUALS",
        "!=, NOT_EQUALS",
        ">=, GREATER_THAN_EQUALS",
        ">, GREATER_THAN"
    })
    void valuesMadeOfSymbolsAreSpelledOut(String wireValue, String constant) {
        assertKnown("Operator", wireValue, constant);
    }

    @Test
    void integerValuesAreLongs() {
        assertSame(sdk.constant("Priority", "_10"), sdk.callStatic("Priority", "of", 10L));
        assertSame(sdk.constant("Priority", "MINUS_1"), sdk.callStatic("Priority", "of", -1L));
        assertEquals(-1L, call(sdk.constant("Priority", "MINUS_1"), "asLong"));
        Object settings = sdk.callStatic("Settings", "fromJson", "{\"priority\":3}");
        assertSame(sdk.constant("Priority", "_3"), ((Optional<?>) call(settings, "priority")).orElseThrow());
    }

    @ParameterizedTest(name = "Ratio {0} is {1}")
    @CsvSource({"1.5, _1_5", "1.50, _1_5", "2, _2", "2.0, _2", "10, _10", "10.00, _10", "1E+1, _10", "0.25, _0_25"})
    void numberValuesAreFoundWhateverTheirScale(String number, String constant) {
        assertSame(sdk.constant("Ratio", constant), sdk.callStatic("Ratio", "of", new BigDecimal(number)));
    }

    @Test
    void aNumberValueIsReadFromJsonAndWrittenBackAsSent() {
        Object settings = sdk.callStatic("Settings", "fromJson", "{\"ratio\":10.0}");

        assertSame(sdk.constant("Ratio", "_10"), ((Optional<?>) call(settings, "ratio")).orElseThrow());
        assertEquals("{\"ratio\":10.0}", call(settings, "toJson"));
    }

    @Test
    void aVeryLargeEnumKnowsEveryValue() {
        Class<?> values = sdk.model("Hardware$Value");

        assertEquals(301, values.getEnumConstants().length, "300 values and _UNKNOWN");
        for (int i = 1; i <= 300; i++) {
            String wireValue = String.format("gpu-%03d", i);
            Object hardware = sdk.callStatic("Hardware", "of", wireValue);
            assertEquals(true, call(hardware, "isKnown"), wireValue);
            assertEquals(String.format("GPU_%03d", i), call(call(hardware, "value"), "name"));
        }
        assertEquals(false, call(sdk.callStatic("Hardware", "of", "gpu-301"), "isKnown"));
    }

    @Test
    void valuesFromANewerServerAreKeptAndWrittenBack() {
        String json = "{\"window\":\"48h\",\"spelling\":\"A-B\",\"operator\":\"=~\",\"priority\":7,\"ratio\":3.750,"
                + "\"hardware\":\"gpu-999\",\"history\":[1,99,-1],\"mode\":\"turbo\"}";
        Object settings = sdk.callStatic("Settings", "fromJson", json);

        for (String field : List.of("window", "spelling", "operator", "priority", "ratio", "hardware", "mode")) {
            Object value = ((Optional<?>) call(settings, field)).orElseThrow();
            assertEquals(false, call(value, "isKnown"), field);
            assertEquals("_UNKNOWN", call(call(value, "value"), "name"), field);
        }
        assertEquals(7L, call(((Optional<?>) call(settings, "priority")).orElseThrow(), "asLong"));
        assertEquals(new BigDecimal("3.750"), call(((Optional<?>) call(settings, "ratio")).orElseThrow(), "asDecimal"));
        List<?> history = (List<?>) ((Optional<?>) call(settings, "history")).orElseThrow();
        assertSame(sdk.constant("Priority", "_1"), history.get(0));
        assertEquals(false, call(history.get(1), "isKnown"));
        assertSame(sdk.constant("Priority", "MINUS_1"), history.get(2));
        assertEquals(json, call(settings, "toJson"));
    }

    @Test
    void unknownValuesBuiltInJavaAreSent() {
        Object builder = sdk.callStatic("Settings", "builder");
        call(builder, "window", sdk.callStatic("Window", "of", "48h"));
        call(builder, "priority", sdk.callStatic("Priority", "of", 7L));
        call(builder, "ratio", sdk.callStatic("Ratio", "of", new BigDecimal("3.75")));
        call(builder, "history", List.of(sdk.constant("Priority", "_10"), sdk.callStatic("Priority", "of", 99L)));

        assertEquals(
                "{\"window\":\"48h\",\"priority\":7,\"ratio\":3.75,\"history\":[10,99]}",
                call(call(builder, "build"), "toJson"));
    }

    @Test
    void anInlineEnumThatAdmitsNullReadsNull() {
        Object settings = sdk.callStatic("Settings", "fromJson", "{\"mode\":null}");

        assertEquals(Optional.empty(), call(settings, "mode"));
        assertTrue((Boolean) call(call(settings, "_mode"), "isNull"));
        assertSame(sdk.constant("Settings$Mode", "SLOW"), sdk.callStatic("Settings$Mode", "of", "slow"));
        assertEquals("{\"mode\":null}", call(settings, "toJson"));
    }

    private static void assertKnown(String model, String wireValue, String constant) {
        Object value = sdk.callStatic(model, "of", wireValue);

        assertSame(sdk.constant(model, constant), value);
        assertEquals(true, call(value, "isKnown"));
        assertEquals(constant, call(call(value, "value"), "name"));
        assertEquals(wireValue, call(value, "asString"));
        Object unknown = sdk.callStatic(model, "of", wireValue + "?");
        assertNotSame(value, unknown);
        assertEquals(false, call(unknown, "isKnown"));
    }
}
