package dev.kiln.generate;

import java.util.Objects;

/**
 * How a front end spells the switches a refusal tells the user to leave out, so that the message names the one
 * they typed: {@code -Dkiln.failOnBreakingChange=true} in Maven, {@code --fail-on-breaking} on the command line.
 *
 * @param failOnBreakingChange the switch that refuses breaking changes
 * @param checkVersionBump the switch that refuses a version that does not follow the changes
 */
public record OptionNames(String failOnBreakingChange, String checkVersionBump) {
    /** Checks that nothing is missing. */
    public OptionNames {
        Objects.requireNonNull(failOnBreakingChange, "failOnBreakingChange");
        Objects.requireNonNull(checkVersionBump, "checkVersionBump");
    }
}
