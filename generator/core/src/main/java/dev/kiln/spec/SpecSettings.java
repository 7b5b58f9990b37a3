package dev.kiln.spec;

import dev.kiln.remote.RemoteSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a spec is read: the limits a file must keep within, where it is fetched from when it is remote, the digest it
 * must have when pinned, and the overlays that change it.
 *
 * @param limits the size, alias and nesting limits of each file
 * @param remote the URL the spec is fetched from, into the cache the request's spec path is in; empty for a spec on
 *     disk
 * @param sha256 the SHA-256 the spec's root file must have, in lowercase hex; empty to take any
 * @param overlays the OpenAPI Overlay files applied to the spec's root file, in order, before it is bundled
 */
public record SpecSettings(
        ReadLimits limits, Optional<RemoteSpec> remote, Optional<String> sha256, List<Path> overlays) {
    /** The settings of a build that sets none. */
    public static final SpecSettings DEFAULT =
            new SpecSettings(ReadLimits.DEFAULT, Optional.empty(), Optional.empty(), List.of());

    /** Checks that nothing is missing, and that a digest is one. */
    public SpecSettings {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(remote, "remote");
        sha256 = Objects.requireNonNull(sha256, "sha256").map(SpecSettings::digest);
        overlays = List.copyOf(overlays);
    }

    /**
     * Settings with the default limits.
     *
     * @param limits the size, alias and nesting limits of each file
     */
    public SpecSettings(ReadLimits limits) {
        this(limits, Optional.empty(), Optional.empty(), List.of());
    }

    /** {@code sha256:AB12...} or {@code ab12...}: 64 hex digits, as lowercase hex. */
    private static String digest(String written) {
        String text = written.strip();
        String hex = text.regionMatches(true, 0, "sha256:", 0, 7) ? text.substring(7) : text;
        if (!hex.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException(
                    "the spec checksum '" + written + "' is not a SHA-256: sha256: and 64 hex digits");
        }
        return hex.toLowerCase(Locale.ROOT);
    }
}
