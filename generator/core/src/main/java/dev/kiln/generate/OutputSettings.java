package dev.kiln.generate;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a generation writes, what it keeps for the next one, and which changes since the last one it refuses.
 *
 * @param outputDirectory where the SDK's sources go; Kiln only ever changes files it generated there
 * @param fingerprintFile where the fingerprint of the last generation is kept; the record of its API (snapshot and
 *     versions) is kept beside it, see {@link #recordFile()}
 * @param sdkVersion the version the SDK is built as (a Maven project's version), recorded for the version check;
 *     empty when unknown, which leaves the version out of the comparison
 * @param failOnBreakingChange whether a change that breaks the SDK's users fails the generation before anything is
 *     written
 * @param checkVersionBump whether a version that does not follow the changes since the recorded one fails the
 *     generation before anything is written (otherwise it is a warning)
 * @param testKitDirectory where the test kit's sources go, when the request asks for it; Kiln only ever changes files
 *     it generated there
 */
public record OutputSettings(
        Path outputDirectory,
        Path fingerprintFile,
        Optional<String> sdkVersion,
        boolean failOnBreakingChange,
        boolean checkVersionBump,
        Optional<Path> testKitDirectory) {
    private static final String FINGERPRINT_SUFFIX = ".fingerprint";

    /** Checks that nothing is missing. */
    public OutputSettings {
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(fingerprintFile, "fingerprintFile");
        Objects.requireNonNull(sdkVersion, "sdkVersion");
        Objects.requireNonNull(testKitDirectory, "testKitDirectory");
    }

    /**
     * Settings that write no test kit.
     *
     * @param outputDirectory where the SDK's sources go
     * @param fingerprintFile where the fingerprint of the last generation is kept
     * @param sdkVersion the version the SDK is built as
     * @param failOnBreakingChange whether a breaking change fails the generation
     * @param checkVersionBump whether a version that does not follow the changes fails the generation
     */
    public OutputSettings(
            Path outputDirectory,
            Path fingerprintFile,
            Optional<String> sdkVersion,
            boolean failOnBreakingChange,
            boolean checkVersionBump) {
        this(outputDirectory, fingerprintFile, sdkVersion, failOnBreakingChange, checkVersionBump, Optional.empty());
    }

    /**
     * The file that records the last generation's API and versions: the fingerprint's name, its
     * {@code .fingerprint} replaced by {@code .api.json}.
     *
     * @return for {@code target/kiln/pets.fingerprint}, {@code target/kiln/pets.api.json}
     */
    public Path recordFile() {
        String name = fingerprintFile.getFileName().toString();
        String stem = name.endsWith(FINGERPRINT_SUFFIX)
                ? name.substring(0, name.length() - FINGERPRINT_SUFFIX.length())
                : name;
        return fingerprintFile.resolveSibling(stem + ".api.json");
    }

    /**
     * The output directory as the record and the fingerprint name it: relative to the record's folder, with
     * {@code /}, so that it stays true when the project moves; absolute when it has no path from there (another
     * drive).
     *
     * @return for {@code target/generated-sources/kiln} and a record in {@code target/kiln}, {@code ../generated-sources/kiln}
     */
    public String recordedOutputDirectory() {
        return recorded(outputDirectory);
    }

    /**
     * A directory as the record and the fingerprint name it, like {@link #recordedOutputDirectory()}.
     *
     * @param directory the directory
     * @return its path from the record's folder, with {@code /}; absolute when it has none (another drive)
     */
    public String recorded(Path directory) {
        Path from = stateFolder();
        Path to = directory.toAbsolutePath().normalize();
        try {
            String relative = from.relativize(to).toString().replace('\\', '/');
            return relative.isEmpty() ? "." : relative;
        } catch (IllegalArgumentException otherRoot) {
            return to.toString();
        }
    }

    /**
     * Resolves an output directory a record names, as {@link #recordedOutputDirectory()} wrote it.
     *
     * @param recorded the directory as recorded
     * @return the directory, absolute
     */
    public Path recordedDirectory(String recorded) {
        return stateFolder().resolve(recorded).normalize();
    }

    private Path stateFolder() {
        return recordFile().toAbsolutePath().normalize().getParent();
    }
}
