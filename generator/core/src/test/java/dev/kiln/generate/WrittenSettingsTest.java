package dev.kiln.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.link.Mappings;
import dev.kiln.link.NameOverrides;
import dev.kiln.spec.SpecSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WrittenSettingsTest {
    private static final Path SPEC = Path.of("api.yaml");

    private static WrittenSettings settings() {
        return new WrittenSettings().spec(SPEC, "api.yaml").basePackage("com.example.api");
    }

    @Test
    void blankOrLeftOutSettingsAreAbsent() throws GenerationFailure {
        GenerationRequest request =
                settings().clientName("  ").idempotencyHeader("").request();

        assertEquals(Optional.empty(), request.clientName());
        assertEquals(Optional.empty(), request.idempotencyHeader());
        assertTrue(request.operations().isEverything());
        assertEquals(GenerationRequest.DEFAULT_MAX_DROPPED_PERCENT, request.maxDroppedPercent());
        assertEquals(Map.of(), request.pagination());
        assertEquals(SpecSettings.DEFAULT, request.specSettings());
        assertEquals(Mappings.NONE, request.mappings());
        assertEquals(NameOverrides.NONE.written(), request.names().written());
        assertFalse(request.testKit());
    }

    @Test
    void givenSettingsAreReadWithoutTheirSurroundingBlanks() throws GenerationFailure {
        GenerationRequest request = settings()
                .clientName("Shop")
                .operations(List.of("tag:pets"), List.of())
                .idempotencyHeader(" Idempotency-Key ")
                .names(List.of(" id:listPets=pets.all "))
                .testKit(true)
                .request();

        assertEquals(Optional.of("Shop"), request.clientName());
        assertEquals(Optional.of("Idempotency-Key"), request.idempotencyHeader());
        assertTrue(request.operations().selects("/pets", List.of("pets"), "listPets"));
        assertFalse(request.operations().selects("/users", List.of("users"), "listUsers"));
        assertEquals(List.of("id:listPets=pets.all"), request.names().written());
        assertTrue(request.testKit());
    }

    @Test
    void aSettingKilnCannotReadIsABadSetting() {
        GenerationFailure failure = assertThrows(
                GenerationFailure.class,
                () -> settings().operations(List.of("team:core"), null).request());

        assertEquals(GenerationFailure.Reason.BAD_SETTING, failure.reason());
        assertTrue(
                failure.getMessage().startsWith("[KILN-BAD-SETTING] operation selector 'team:core'"),
                failure.getMessage());
    }

    @Test
    void aNameEntryKilnCannotReadIsABadSetting() {
        GenerationFailure failure = assertThrows(
                GenerationFailure.class,
                () -> settings().names(List.of("operation:listPets=all")).request());

        assertEquals(GenerationFailure.Reason.BAD_SETTING, failure.reason());
        assertTrue(failure.getMessage().contains("the name entry 'operation:listPets=all'"), failure.getMessage());
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

        GenerationRequest request = new WrittenSettings()
                .remote(remote)
                .basePackage("com.example.api")
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
                () -> new WrittenSettings()
                        .remote(withPassword)
                        .basePackage("com.example.api")
                        .request());
        GenerationFailure checksum = assertThrows(
                GenerationFailure.class,
                () -> settings().specChecksum("md5:1234").request());

        assertTrue(credentials.getMessage().contains("has credentials in its URL"), credentials.getMessage());
        assertFalse(credentials.getMessage().contains("pw"), credentials.getMessage());
        assertTrue(checksum.getMessage().contains("is not a SHA-256"), checksum.getMessage());
    }
}
