package dev.kiln.lifecycle;

import java.util.Optional;

/**
 * The project's version at the last generation, and the release its API changes are measured from, so that a
 * build can say whether the version follows the changes. Regenerating many times under one version in progress
 * ({@code 1.3.0-SNAPSHOT}) adds up the changes since the release before it.
 *
 * @param current the project's version at the last generation
 * @param baseline the version before it whose API the changes are measured from; empty when there was none
 * @param bumpSinceBaseline the largest bump the changes since {@code baseline} call for
 */
public record VersionHistory(String current, String baseline, VersionBump bumpSinceBaseline) {

    /**
     * The history of a first generation: nothing to measure from yet.
     *
     * @param version the project's version
     * @return the history
     */
    public static VersionHistory first(String version) {
        return new VersionHistory(version, "", VersionBump.NONE);
    }

    /**
     * The history after one more generation.
     *
     * @param version the project's version now
     * @param required the bump this generation's changes call for
     * @return the history to record: changes add up while the recorded version is in progress ({@code -SNAPSHOT})
     *     or has not followed them yet; once it has, the next release is measured from it, and a change under a
     *     released version is measured from that same version, so it never follows
     */
    public VersionHistory next(String version, VersionBump required) {
        boolean adding = VersionBump.sameRelease(current, version)
                ? VersionBump.inProgress(current) || required == VersionBump.NONE || drifted()
                // a version that did not follow its changes cannot have been published: they still count
                : mismatch().isPresent();
        if (adding) {
            return new VersionHistory(version, baseline, bumpSinceBaseline.atLeast(required));
        }
        // the version recorded last was published (or could have been): the changes are measured from it, so a
        // change under a released version never follows
        return new VersionHistory(version, current, required);
    }

    /** Tells whether the API changed under the version it is measured from, which then did not follow it. */
    private boolean drifted() {
        return !baseline.isEmpty() && VersionBump.sameRelease(baseline, current);
    }

    /**
     * What is wrong with the current version, given the changes since the baseline.
     *
     * @return a sentence naming the versions and the bump the changes call for, or empty when the version follows them
     */
    public Optional<String> mismatch() {
        String bump = bumpSinceBaseline.label();
        if (bumpSinceBaseline == VersionBump.NONE || baseline.isEmpty()) {
            // no changes, or a first generation under a version in progress: nothing to measure
            return Optional.empty();
        }
        Optional<VersionBump> actual = VersionBump.between(baseline, current);
        if (actual.isEmpty()) {
            return Optional.of("cannot tell how far " + baseline + " moved to " + current
                    + ": versions must be MAJOR.MINOR.PATCH, optionally with a qualifier, and must not go down");
        }
        if (actual.get().compareTo(bumpSinceBaseline) >= 0) {
            return Optional.empty();
        }
        return Optional.of("the API changes since " + baseline + " call for a " + bump + " version, but " + baseline
                + " to "
                + current + " is "
                + (actual.get() == VersionBump.NONE
                        ? "the same release"
                        : "a " + actual.get().label() + " bump")
                + "; set the version to " + bumpSinceBaseline.from(baseline).orElseThrow() + " or higher");
    }
}
