package dev.kiln.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bump changes call for, and how far one version moved from another. */
class VersionBumpTest {

    @Test
    void theLargestImpactDecides() {
        assertEquals(VersionBump.NONE, VersionBump.requiredBy(List.of()));
        assertEquals(VersionBump.PATCH, VersionBump.requiredBy(List.of(ApiChange.compatible("removed server x"))));
        assertEquals(
                VersionBump.MINOR,
                VersionBump.requiredBy(
                        List.of(ApiChange.compatible("removed server x"), ApiChange.addition("added model Y"))));
        assertEquals(
                VersionBump.MAJOR,
                VersionBump.requiredBy(List.of(
                        ApiChange.addition("added model Y"),
                        ApiChange.breaking("removed model Z"),
                        ApiChange.compatible("z"))));
    }

    @Test
    void versionsMoveByTheirLargestPart() {
        assertEquals(Optional.of(VersionBump.MAJOR), VersionBump.between("1.4.2", "2.0.0"));
        assertEquals(Optional.of(VersionBump.MINOR), VersionBump.between("1.4.2", "1.5.0-SNAPSHOT"));
        assertEquals(Optional.of(VersionBump.PATCH), VersionBump.between("1.4.2", "1.4.3"));
        assertEquals(Optional.of(VersionBump.NONE), VersionBump.between("1.4.0-SNAPSHOT", "1.4"));
        assertEquals(Optional.empty(), VersionBump.between("1.4.2", "1.3.9"), "a version going down");
        assertEquals(Optional.empty(), VersionBump.between("1.4.2", "LATEST"), "not a version");
    }

    @Test
    void belowOneAMinorBumpMayBreak() {
        assertEquals(Optional.of(VersionBump.MAJOR), VersionBump.between("0.3.1", "0.4.0"));
        assertEquals(Optional.of(VersionBump.PATCH), VersionBump.between("0.3.1", "0.3.2"));
        assertEquals(Optional.of("0.4.0"), VersionBump.MAJOR.from("0.3.1"));
        assertEquals(Optional.of("2.0.0"), VersionBump.MAJOR.from("1.4.2-SNAPSHOT"));
        assertEquals(Optional.of("1.5.0"), VersionBump.MINOR.from("1.4.2"));
        assertEquals(Optional.of("1.4.3"), VersionBump.PATCH.from("1.4.2"));
    }

    @Test
    void labelsAreDeclared() {
        for (VersionBump bump : VersionBump.values()) {
            assertEquals(bump, VersionBump.ofLabel(bump.label()));
        }
        assertEquals(
                List.of("none", "patch", "minor", "major"),
                List.of(VersionBump.values()).stream().map(VersionBump::label).toList());
    }
}
