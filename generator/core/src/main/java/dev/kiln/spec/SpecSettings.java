package dev.kiln.spec;

import java.util.Objects;

/**
 * How a spec is read: the limits a file must keep within.
 *
 * @param limits the size, alias and nesting limits of each file
 */
public record SpecSettings(ReadLimits limits) {
    /** The settings of a build that sets none. */
    public static final SpecSettings DEFAULT = new SpecSettings(ReadLimits.DEFAULT);

    /** Checks that nothing is missing. */
    public SpecSettings {
        Objects.requireNonNull(limits, "limits");
    }
}
