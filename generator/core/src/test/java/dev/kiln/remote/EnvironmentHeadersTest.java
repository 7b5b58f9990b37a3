package dev.kiln.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentHeadersTest {
    private static final Map<String, String> ENVIRONMENT = Map.of("SPEC_TOKEN", "Bearer abc");

    @Test
    void aHeadersValueIsTheEnvironmentVariablesValue() {
        assertEquals(
                Map.of("Authorization", "Bearer abc"),
                EnvironmentHeaders.parse(List.of("Authorization=env:SPEC_TOKEN"), ENVIRONMENT::get));
    }

    @Test
    void aValueWrittenOnTheCommandLineIsRefusedWithoutRepeatingIt() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> EnvironmentHeaders.parse(List.of("Authorization=Bearer typed-secret"), ENVIRONMENT::get));

        assertTrue(
                refused.getMessage().contains("'Authorization=...' is not <header>=env:<VARIABLE>"),
                refused.getMessage());
        assertFalse(refused.getMessage().contains("typed-secret"), refused.getMessage());
    }

    @Test
    void aVariableThatIsNotSetIsNamed() {
        IllegalArgumentException unset = assertThrows(
                IllegalArgumentException.class,
                () -> EnvironmentHeaders.parse(List.of("X-Token=env:MISSING"), ENVIRONMENT::get));

        assertEquals(
                "the environment variable MISSING that the spec header X-Token comes from is not set",
                unset.getMessage());
    }
}
