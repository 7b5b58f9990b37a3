package dev.kiln.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.generate.GenerationFailure;
import dev.kiln.generate.WrittenSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code fork} parameter: its three values, and {@code auto}'s choice by the spec's size and by whether Kiln runs
 * again in Maven's JVM.
 */
class ForkChoiceTest {
    @TempDir
    Path dir;

    @Test
    void readsItsThreeValuesInAnyCaseAndAutoWhenUnset() throws Exception {
        assertEquals(ForkChoice.AUTO, ForkChoice.of(null));
        assertEquals(ForkChoice.AUTO, ForkChoice.of(" Auto "));
        assertEquals(ForkChoice.ALWAYS, ForkChoice.of("TRUE"));
        assertEquals(ForkChoice.NEVER, ForkChoice.of("false"));
    }

    @Test
    void anyOtherValueIsABadSettingNamingTheThree() {
        GenerationFailure failure = assertThrows(GenerationFailure.class, () -> ForkChoice.of("yes"));

        assertEquals(GenerationFailure.Reason.BAD_SETTING, failure.reason());
        assertTrue(failure.getMessage().startsWith("[KILN-BAD-SETTING] fork 'yes' is none of auto, true and false"));
    }

    @Test
    void autoForksForASpecOfAMebibyteOrMoreAndForARemoteOne() throws Exception {
        Path small = Files.write(dir.resolve("small.json"), new byte[(int) ForkChoice.LARGE_SPEC_BYTES - 1]);
        Path large = Files.write(dir.resolve("large.json"), new byte[(int) ForkChoice.LARGE_SPEC_BYTES]);
        WrittenSettings.Remote remote =
                new WrittenSettings.Remote("https://specs.example.com/pets.yaml", Map.of(), dir, false, 5);

        assertFalse(ForkChoice.AUTO.forks(PetsSettings.of(small, null)));
        assertTrue(ForkChoice.AUTO.forks(PetsSettings.of(large, null)));
        assertTrue(ForkChoice.AUTO.forks(PetsSettings.of(null, remote)));
        assertFalse(
                ForkChoice.AUTO.forks(PetsSettings.of(dir.resolve("missing.json"), null)),
                "the build's JVM says it is missing");
        assertTrue(ForkChoice.ALWAYS.forks(PetsSettings.of(small, null)));
        assertFalse(ForkChoice.NEVER.forks(PetsSettings.of(large, null)));
    }

    @Test
    void autoWeighsASpecSplitOverFilesByAllOfThemWhenTheyAreKnown() throws Exception {
        Path root = Files.write(dir.resolve("openapi.yaml"), new byte[1000]);
        WrittenSettings settings = PetsSettings.of(root, null);

        assertFalse(ForkChoice.AUTO.forks(settings), "by the root file alone");
        assertTrue(ForkChoice.AUTO.forks(settings, ForkChoice.LARGE_SPEC_BYTES, true), "its files weigh a mebibyte");
        assertFalse(ForkChoice.AUTO.forks(settings, ForkChoice.LARGE_SPEC_BYTES - 1, true));
        assertFalse(ForkChoice.NEVER.forks(settings, 10 * ForkChoice.LARGE_SPEC_BYTES, false));
    }

    @Test
    void autoForksAMediumSpecWhenKilnRunsOnlyOnceInMavensJvm() throws Exception {
        WrittenSettings settings = PetsSettings.of(Files.write(dir.resolve("openapi.yaml"), new byte[1000]), null);

        assertTrue(ForkChoice.AUTO.forks(settings, ForkChoice.MEDIUM_SPEC_BYTES, false), "the build's one generation");
        assertFalse(ForkChoice.AUTO.forks(settings, ForkChoice.MEDIUM_SPEC_BYTES - 1, false), "a small spec");
        assertFalse(
                ForkChoice.AUTO.forks(settings, ForkChoice.LARGE_SPEC_BYTES - 1, true),
                "Maven's JVM runs Kiln warm after the first of the build's generations");
        assertFalse(ForkChoice.NEVER.forks(settings, ForkChoice.MEDIUM_SPEC_BYTES, false));
    }

    @Test
    void aCheckForksByTheLargeSizeAlone() throws Exception {
        Path medium = Files.write(dir.resolve("medium.json"), new byte[(int) ForkChoice.MEDIUM_SPEC_BYTES]);

        assertFalse(ForkChoice.AUTO.forks(PetsSettings.of(medium, null)));
    }
}
