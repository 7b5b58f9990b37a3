package dev.kiln.cases;

import static dev.kiln.cases.CompiledSdk.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code open-enum} case's SDK at work: values the spec does not list survive reading and writing. */
class OpenEnumBehaviourTest {
    private static CompiledSdk sdk;

    @BeforeAll
    static void compile() {
        sdk = CompiledSdk.clean("open-enum");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(
            quoteCharacter = '\'',
            value = {"on-demand, ON_DEMAND", "24h, _24H", "+1, PLUS_1", "'', EMPTY"})
    void knownValuesAreTheConstants(String wireValue, String constant) {
        Object billing = sdk.callStatic("Billing", "of", wireValue);

        assertSame(sdk.constant("Billing", constant), billing);
        assertEquals(true, call(billing, "isKnown"));
        assertEquals(constant, call(call(billing, "value"), "name"));
        assertEquals(wireValue, call(billing, "asString"));
    }

    @Test
    void unknownValueIsKeptAndWrittenBack() {
        String json = "{\"billing\":\"spot\",\"priority\":\"urgent\"}";
        Object reservation = sdk.callStatic("Reservation", "fromJson", json);

        Object billing = call(reservation, "billing");
        assertEquals("spot", call(billing, "asString"));
        assertEquals(false, call(billing, "isKnown"));
        assertSame(sdk.constant("Billing$Value", "_UNKNOWN"), call(billing, "value"));
        Object priority = ((Optional<?>) call(reservation, "priority")).orElseThrow();
        assertEquals("urgent", call(priority, "asString"));
        assertSame(sdk.constant("Reservation$Priority$Value", "_UNKNOWN"), call(priority, "value"));
        assertEquals(json, call(reservation, "toJson"));
    }

    @Test
    void unknownValueCanBeBuiltAndSent() {
        Object builder = sdk.callStatic("Reservation", "builder");
        call(builder, "billing", sdk.callStatic("Billing", "of", "spot"));
        call(builder, "priority", sdk.constant("Reservation$Priority", "HIGH"));

        assertEquals("{\"billing\":\"spot\",\"priority\":\"high\"}", call(call(builder, "build"), "toJson"));
    }

    @Test
    void valuesAreEqualByWireValue() {
        assertEquals(sdk.callStatic("Billing", "of", "spot"), sdk.callStatic("Billing", "of", "spot"));
        assertNotEquals(sdk.callStatic("Billing", "of", "spot"), sdk.callStatic("Billing", "of", "Spot"));
        assertFalse(sdk.constant("Billing", "EMPTY").equals(sdk.callStatic("Billing", "of", " ")));
        assertTrue(sdk.constant("Billing", "EMPTY").equals(sdk.callStatic("Billing", "of", "")));
    }
}
