package dev.kiln.generate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Which two specs to compare, as the SDK's users would feel the difference.
 *
 * @param oldSpec the spec the SDK was generated from
 * @param oldDisplayName how to name it in messages
 * @param newSpec the spec it would be generated from now
 * @param newDisplayName how to name it in messages
 * @param failOnBreakingChange whether a change that breaks the SDK's users fails the comparison
 */
public record DiffRequest(
        Path oldSpec, String oldDisplayName, Path newSpec, String newDisplayName, boolean failOnBreakingChange) {
    /** Checks that nothing is missing. */
    public DiffRequest {
        Objects.requireNonNull(oldSpec, "oldSpec");
        Objects.requireNonNull(oldDisplayName, "oldDisplayName");
        Objects.requireNonNull(newSpec, "newSpec");
        Objects.requireNonNull(newDisplayName, "newDisplayName");
    }
}
