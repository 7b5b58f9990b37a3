package dev.kiln.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whether the project's version follows the API's changes since the version recorded at the last generation. */
class VersionHistoryTest {

    @Test
    void aBreakingChangeNeedsAMajorVersion() {
        VersionHistory minor = VersionHistory.first("1.2.0").next("1.3.0-SNAPSHOT", VersionBump.MAJOR);
        assertEquals(
                Optional.of(
                        "the API changes since 1.2.0 call for a major version, but 1.2.0 to 1.3.0-SNAPSHOT is a minor bump;"
                                + " set the version to 2.0.0 or higher"),
                minor.mismatch());
        assertEquals(
                Optional.empty(),
                VersionHistory.first("1.2.0")
                        .next("2.0.0-SNAPSHOT", VersionBump.MAJOR)
                        .mismatch());
    }

    @Test
    void anAdditionNeedsAMinorVersionAndAnythingElseAPatch() {
        assertTrue(VersionHistory.first("1.2.0")
                .next("1.2.1", VersionBump.MINOR)
                .mismatch()
                .isPresent());
        assertEquals(
                Optional.empty(),
                VersionHistory.first("1.2.0").next("1.3.0", VersionBump.MINOR).mismatch());
        assertEquals(
                Optional.empty(),
                VersionHistory.first("1.2.0").next("1.2.1", VersionBump.PATCH).mismatch());
        assertEquals(
                Optional.empty(),
                VersionHistory.first("1.2.0").next("1.2.0", VersionBump.NONE).mismatch());
    }

    @Test
    void changesUnderOneVersionInProgressAddUp() {
        VersionHistory history = VersionHistory.first("1.2.0")
                .next("1.2.1-SNAPSHOT", VersionBump.PATCH)
                .next("1.2.1-SNAPSHOT", VersionBump.MAJOR)
                .next("1.2.1-SNAPSHOT", VersionBump.MINOR);
        assertEquals(new VersionHistory("1.2.1-SNAPSHOT", "1.2.0", VersionBump.MAJOR), history);
        assertTrue(history.mismatch().orElseThrow().contains("call for a major version"));
        VersionHistory released =
                history.next("2.0.0-SNAPSHOT", VersionBump.NONE).next("2.0.0", VersionBump.PATCH);
        assertEquals(
                new VersionHistory("2.0.0", "1.2.0", VersionBump.MAJOR), released, "1.2.1-SNAPSHOT was never released");
        assertEquals(Optional.empty(), released.mismatch());
    }

    @Test
    void aVersionInProgressThatFollowedItsChangesIsTheNextBaseline() {
        VersionHistory two = VersionHistory.first("1.0.0").next("2.0.0-SNAPSHOT", VersionBump.MAJOR);
        // 2.0.0 was released without regenerating (the spec did not change), then the next release began
        VersionHistory next = two.next("2.0.1-SNAPSHOT", VersionBump.MINOR);
        assertEquals(new VersionHistory("2.0.1-SNAPSHOT", "2.0.0-SNAPSHOT", VersionBump.MINOR), next);
        assertEquals(
                Optional.of("the API changes since 2.0.0-SNAPSHOT call for a minor version, but 2.0.0-SNAPSHOT to"
                        + " 2.0.1-SNAPSHOT is a patch bump; set the version to 2.1.0 or higher"),
                next.mismatch());
    }

    @Test
    void aReleasedVersionWhoseApiChangesIsAMismatch() {
        assertEquals(
                Optional.of(
                        "the API changes since 1.2.0 call for a minor version, but 1.2.0 to 1.2.0 is the same release;"
                                + " set the version to 1.3.0 or higher"),
                VersionHistory.first("1.2.0").next("1.2.0", VersionBump.MINOR).mismatch());
        VersionHistory released = VersionHistory.first("1.0.0").next("2.0.0", VersionBump.MAJOR);
        assertEquals(Optional.empty(), released.mismatch());
        assertEquals(
                Optional.empty(), released.next("2.0.0", VersionBump.NONE).mismatch(), "regenerating the same API");
        assertEquals(
                new VersionHistory("2.0.0", "2.0.0", VersionBump.PATCH), released.next("2.0.0", VersionBump.PATCH));
        VersionHistory drifted = released.next("2.0.0", VersionBump.PATCH);
        assertTrue(drifted.mismatch().isPresent());
        assertTrue(
                drifted.next("2.0.1", VersionBump.NONE).mismatch().isEmpty(),
                "2.0.1 follows the patch made under 2.0.0");
        assertEquals(new VersionHistory("2.0.1", "2.0.0", VersionBump.PATCH), drifted.next("2.0.1", VersionBump.NONE));
        assertEquals(
                Optional.empty(),
                VersionHistory.first("1.3.0-SNAPSHOT")
                        .next("1.3.0-SNAPSHOT", VersionBump.MAJOR)
                        .mismatch(),
                "the first generation of a version in progress has nothing to compare with");
    }

    @Test
    void versionsThatCannotBeComparedAreAMismatch() {
        assertTrue(VersionHistory.first("1.2.0")
                .next("1.1.0", VersionBump.PATCH)
                .mismatch()
                .orElseThrow()
                .contains("must not go down"));
        assertTrue(VersionHistory.first("trunk")
                .next("main", VersionBump.PATCH)
                .mismatch()
                .orElseThrow()
                .contains("MAJOR.MINOR.PATCH"));
    }
}
