package dev.kiln.generate;

import dev.kiln.lifecycle.ApiChange;
import dev.kiln.lifecycle.VersionBump;
import dev.kiln.lifecycle.VersionHistory;
import java.util.List;

/**
 * Logs what changed in an API and the version bump it calls for and, when asked to, refuses changes that break its
 * users or a version that does not follow them.
 */
final class ChangeReport {
    private final GenerationLog log;
    private final OptionNames options;

    ChangeReport(GenerationLog log, OptionNames options) {
        this.log = log;
        this.options = options;
    }

    void log(String heading, List<ApiChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        long breaking = changes.stream().filter(ApiChange::breaking).count();
        log.info("Kiln: " + heading + " (" + changes.size() + (changes.size() == 1 ? " change, " : " changes, ")
                + breaking + " breaking):");
        changes.forEach(log::change);
        log.info("Kiln: these changes call for a "
                + VersionBump.requiredBy(changes).label() + " version");
    }

    void failOnBreaking(List<ApiChange> changes, boolean failOnBreakingChange) throws GenerationFailure {
        List<String> breaking = changes.stream()
                .filter(ApiChange::breaking)
                .map(ApiChange::description)
                .toList();
        if (failOnBreakingChange && !breaking.isEmpty()) {
            throw new GenerationFailure(
                    GenerationFailure.Reason.BREAKING_CHANGE,
                    "[KILN-BREAKING-CHANGE] " + breaking.size()
                            + (breaking.size() == 1 ? " change breaks" : " changes break")
                            + " the SDK's users, and failOnBreakingChange is set:\n  " + String.join("\n  ", breaking)
                            + "\nAccept them by building once without " + options.failOnBreakingChange() + ".");
        }
    }

    void checkVersion(VersionHistory versions, boolean checkVersionBump) throws GenerationFailure {
        var mismatch = versions.mismatch();
        if (mismatch.isEmpty()) {
            return;
        }
        if (checkVersionBump) {
            throw new GenerationFailure(
                    GenerationFailure.Reason.VERSION_BUMP,
                    "[KILN-VERSION-BUMP] " + mismatch.get() + ".\nOr build once without " + options.checkVersionBump()
                            + " to accept the version as it is.");
        }
        log.warn("Kiln: " + mismatch.get());
    }
}
