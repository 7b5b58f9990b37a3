package dev.kiln.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WrittenSettingsTest {
    private static final Path SPEC = Path.of("api.yaml");

    @Test
    void blankOrLeftOutSettingsAreAbsent() throws GenerationFailure {
        GenerationRequest request = new WrittenSettings(
                        SPEC,
                        "api.yaml",
                        "com.example.api",
                        "  ",
                        5,
                        null,
                        null,
                        "",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)
                .request();

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
                        List.of(),
                        null,
                        null,
                        null,
                        null,
                        null)
                .request();

        assertEquals(Optional.of("Shop"), request.clientName());
        assertEquals(Optional.of("Idempotency-Key"), request.idempotencyHeader());
        assertTrue(request.operations().selects("/pets", List.of("pets"), "listPets"));
        assertFalse(request.operations().selects("/users", List.of("users"), "listUsers"));
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
                                null,
                                null,
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
    void aRemoteSpecIsReadFromItsCachedCopyAndNamedByItsUrlWithoutTheQuery() throws GenerationFailure {
        Path cache = Path.of("target", "remote-specs");
        WrittenSettings.Remote remote = new WrittenSettings.Remote(
                "https://specs.example.com/pets/v1/api.yaml?token=abc",
                Map.of("Authorization", "Bearer secret"),
                cache,
                false,
                0);

        GenerationRequest request = new WrittenSettings(
                        null,
                        null,
                        "com.example.api",
                        null,
                        5,
                        null,
                        null,
                        null,
                        null,
                        null,
                        remote,
                        null,
                        null,
                        null,
                        null)
                .request();

        assertEquals("https://specs.example.com/pets/v1/api.yaml", request.specDisplayName());
        Path spec = request.spec();
        assertTrue(spec.startsWith(cache.toAbsolutePath().resolve("specs.example.com/pets/v1")), spec.toString());
        assertTrue(spec.getFileName().toString().startsWith("api.yaml~"), "the query is a digest: " + spec);
        assertFalse(spec.toString().contains("abc"), spec.toString());
        assertFalse(
                request.specSettings().remote().orElseThrow().toString().contains("secret"),
                "a header's value is never in the settings' text");
    }

    @Test
    void aUrlWithCredentialsInItOrAChecksumThatIsNoDigestIsABadSetting() {
        WrittenSettings.Remote withPassword = new WrittenSettings.Remote(
                "https://me:pw@specs.example.com/api.yaml", Map.of(), Path.of("target"), false, 0);

        GenerationFailure credentials = assertThrows(
                GenerationFailure.class,
                () -> new WrittenSettings(
                                null,
                                null,
                                "com.example.api",
                                null,
                                5,
                                null,
                                null,
                                null,
                                null,
                                null,
                                withPassword,
                                null,
                                null,
                                null,
                                null)
                        .request());
        GenerationFailure checksum = assertThrows(
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
                                null,
                                null,
                                "md5:1234",
                                null,
                                null,
                                null)
                        .request());

        assertTrue(credentials.getMessage().contains("has credentials in its URL"), credentials.getMessage());
        assertFalse(credentials.getMessage().contains("pw"), credentials.getMessage());
        assertTrue(checksum.getMessage().contains("is not a SHA-256"), checksum.getMessage());
    }
}
