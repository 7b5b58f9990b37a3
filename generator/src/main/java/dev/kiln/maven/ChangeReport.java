package dev.kiln.maven;

import dev.kiln.lifecycle.ApiChange;
import dev.kiln.lifecycle.VersionBump;
import dev.kiln.lifecycle.VersionHistory;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Logs what changed in an API and the version bump it calls for and, when asked to, fails the build on changes
 * that break its users or on a project version that does not follow them.
 */
final class ChangeReport {
    private ChangeReport() {}

    static void log(Log log, String heading, List<ApiChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        long breaking = changes.stream().filter(ApiChange::breaking).count();
        log.info("Kiln: " + heading + " (" + changes.size() + (changes.size() == 1 ? " change, " : " changes, ") + breaking
                + " breaking):");
        for (ApiChange change : changes) {
            if (change.breaking()) {
                log.warn("  " + change);
            } else {
                log.info("  " + change);
            }
        }
        log.info("Kiln: these changes call for a " + VersionBump.requiredBy(changes).label() + " version");
    }

    static void failOnBreaking(List<ApiChange> changes, boolean failOnBreakingChange) throws MojoFailureException {
        List<String> breaking = changes.stream().filter(ApiChange::breaking).map(ApiChange::description).toList();
        if (failOnBreakingChange && !breaking.isEmpty()) {
            throw new MojoFailureException("[KILN-BREAKING-CHANGE] " + breaking.size()
                    + (breaking.size() == 1 ? " change breaks" : " changes break")
                    + " the SDK's users, and failOnBreakingChange is set:\n  " + String.join("\n  ", breaking)
                    + "\nAccept them by building once without -Dkiln.failOnBreakingChange=true.");
        }
    }

    static void checkVersion(Log log, VersionHistory versions, boolean checkVersionBump) throws MojoFailureException {
        var mismatch = versions.mismatch();
        if (mismatch.isEmpty()) {
            return;
        }
        if (checkVersionBump) {
            throw new MojoFailureException("[KILN-VERSION-BUMP] " + mismatch.get()
                    + ".\nOr build once without -Dkiln.checkVersionBump=true to accept the version as it is.");
        }
        log.warn("Kiln: " + mismatch.get());
    }
}
