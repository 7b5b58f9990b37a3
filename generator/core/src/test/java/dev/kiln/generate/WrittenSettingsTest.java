package dev.kiln.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WrittenSettingsTest {
    private static final Path SPEC = Path.of("api.yaml");

    @Test
    void blankOrLeftOutSettingsAreAbsent() throws GenerationFailure {
        GenerationRequest request =
                new WrittenSettings(SPEC, "api.yaml", "com.example.api", "  ", 5, null, null, "", null, null).request();

        assertEquals(Optional.empty(), request.clientName());
        assertEquals(Optional.empty(), request.idempotencyHeader());
        assertTrue(request.operations().isEverything());
    }

    @Test
    void givenSettingsAreReadWithoutTheirSurroundingBlanks() throws GenerationFailure {
        GenerationRequest request = new WrittenSettings(
                        SPEC,
                        "api.yaml",
                        "com.example.api",
                        "Shop",
                        5,
                        List.of("tag:pets"),
                        List.of(),
                        " Idempotency-Key ",
                        List.of(),
                        List.of(" id:listPets=pets.all "))
                .request();

        assertEquals(Optional.of("Shop"), request.clientName());
        assertEquals(Optional.of("Idempotency-Key"), request.idempotencyHeader());
        assertTrue(request.operations().selects("/pets", List.of("pets"), "listPets"));
        assertFalse(request.operations().selects("/users", List.of("users"), "listUsers"));
        assertEquals(List.of("id:listPets=pets.all"), request.names().written());
    }

    @Test
    void aSettingKilnCannotReadIsABadSetting() {
        GenerationFailure failure = assertThrows(
                GenerationFailure.class,
                () -> new WrittenSettings(
                                SPEC,
                                "api.yaml",
                                "com.example.api",
                                null,
                                5,
                                List.of("team:core"),
                                null,
                                null,
                                null,
                                null)
                        .request());

        assertEquals(GenerationFailure.Reason.BAD_SETTING, failure.reason());
        assertTrue(
                failure.getMessage().startsWith("[KILN-BAD-SETTING] operation selector 'team:core'"),
                failure.getMessage());
    }

    @Test
    void aNameEntryKilnCannotReadIsABadSetting() {
        GenerationFailure failure = assertThrows(
                GenerationFailure.class,
                () -> new WrittenSettings(
                                SPEC,
                                "api.yaml",
                                "com.example.api",
                                null,
                                5,
                                null,
                                null,
                                null,
                                null,
                                List.of("operation:listPets=all"))
                        .request());

        assertEquals(GenerationFailure.Reason.BAD_SETTING, failure.reason());
        assertTrue(failure.getMessage().contains("the name entry 'operation:listPets=all'"), failure.getMessage());
    }
}
