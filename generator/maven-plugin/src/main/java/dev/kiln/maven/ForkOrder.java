package dev.kiln.maven;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.kiln.generate.OutputSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code kiln:generate} asks of a generation in a JVM of its own: the settings and where to write, sent to it as
 * one line of JSON on its standard input.
 *
 * @param settings the goal's settings
 * @param outputDirectory where the SDK's sources go
 * @param fingerprintFile where the last generation's fingerprint is kept
 * @param sdkVersion the project's version; {@code null} when unknown
 * @param failOnBreakingChange whether a breaking change fails the generation
 * @param checkVersionBump whether a version that does not follow the changes fails it
 * @param testKitDirectory where the test kit goes; {@code null} for none
 */
record ForkOrder(
        GoalSettings settings,
        Path outputDirectory,
        Path fingerprintFile,
        String sdkVersion,
        boolean failOnBreakingChange,
        boolean checkVersionBump,
        Path testKitDirectory) {

    static ForkOrder of(GoalSettings settings, OutputSettings output) {
        return new ForkOrder(
                settings,
                output.outputDirectory(),
                output.fingerprintFile(),
                output.sdkVersion().orElse(null),
                output.failOnBreakingChange(),
                output.checkVersionBump(),
                output.testKitDirectory().orElse(null));
    }

    /** The order as the generation's JVM reads it: one line of JSON. */
    String json() {
        try {
            return ForkLine.JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the generation's order could not be written as JSON", e);
        }
    }

    /** The order read back from its line. */
    static ForkOrder read(String line) throws IOException {
        return ForkLine.JSON.readValue(line, ForkOrder.class);
    }

    OutputSettings output() {
        return new OutputSettings(
                outputDirectory,
                fingerprintFile,
                Optional.ofNullable(sdkVersion),
                failOnBreakingChange,
                checkVersionBump,
                Optional.ofNullable(testKitDirectory));
    }
}
