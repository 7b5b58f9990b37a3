package dev.kiln.cli;

import dev.kiln.generate.Generation;
import dev.kiln.generate.GenerationFailure;
import dev.kiln.generate.OutputSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code kiln generate}: what {@code kiln:generate} does, into any directory. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Generates the SDK into a directory, writing only the files whose bytes change.",
            "When nothing it depends on changed since the last run, generates nothing and touches no file.",
            "Reports how the API changed since the last run, and which version that calls for.",
            "What the last run generated, its fingerprint and its API are recorded with the output, in the folder "
                    + GenerateCommand.STATE_FOLDER + " inside DIR, so each output has its own record."
        })
final class GenerateCommand extends KilnSubcommand {
    /** The folder inside the output where a run keeps its record, unless told otherwise. */
    static final String STATE_FOLDER = ".kiln";

    /** The fingerprint's name in it; the record beside it is {@code generate.api.json}. */
    static final String FINGERPRINT = "generate.fingerprint";

    @Mixin
    SdkOptions sdk;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "where the sources go; Kiln only ever changes files it generated there")
    Path out;

    @Option(
            names = "--fingerprint-file",
            paramLabel = "FILE",
            description = "where the last run's fingerprint is kept, and beside it its record: what it generated,"
                    + " its API and version; default: a file in the folder " + STATE_FOLDER
                    + " inside DIR, with the output it"
                    + " describes")
    Path fingerprintFile;

    @Option(
            names = "--fail-on-breaking",
            description = "refuse, writing nothing, when the API changed in a way that breaks the SDK's users")
    boolean failOnBreaking;

    @Option(
            names = "--sdk-version",
            paramLabel = "VERSION",
            description =
                    "the version the SDK is released as, recorded to check the next run's version against its changes")
    String sdkVersion;

    @Option(
            names = "--test-kit-out",
            paramLabel = "DIR",
            description =
                    "also write the SDK's test kit (a fake transport, JUnit 5 record and replay, the spec's examples"
                            + " as answers) into this directory, for the tests' sources; it needs junit-jupiter-api")
    Path testKitOut;

    @Option(
            names = "--check-version-bump",
            description =
                    "refuse, writing nothing, when --sdk-version does not follow the API's changes since the recorded version")
    boolean checkVersionBump;

    @Override
    void run(Generation generation) throws GenerationFailure, IOException {
        if (checkVersionBump && sdkVersion == null) {
            throw new ParameterException(command.commandLine(), "--check-version-bump needs --sdk-version");
        }
        Path fingerprint = fingerprintFile != null
                ? fingerprintFile
                : out.resolve(STATE_FOLDER).resolve(FINGERPRINT);
        OutputSettings output = new OutputSettings(
                out,
                fingerprint,
                Optional.ofNullable(sdkVersion),
                failOnBreaking,
                checkVersionBump,
                Optional.ofNullable(testKitOut));
        generation.generate(sdk.request(testKitOut != null), output);
    }
}
