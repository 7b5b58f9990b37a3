package dev.kiln.cli;

import dev.kiln.generate.Generation;
import dev.kiln.generate.GenerationFailure;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kiln check}: what {@code kiln:check} does, on any directory. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Generates in memory and fails when the checked-in SDK in --out differs, naming each file.",
            "Writes nothing."
        })
final class CheckCommand extends KilnSubcommand {
    @Mixin
    SdkOptions sdk;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "the directory holding the checked-in SDK")
    Path out;

    @Option(
            names = "--regenerate-command",
            paramLabel = "COMMAND",
            description =
                    "the command to print when the SDK is stale; default: the kiln generate command for these options")
    String regenerateCommand;

    @Override
    void run(Generation generation) throws GenerationFailure, IOException {
        String regenerate =
                regenerateCommand != null ? regenerateCommand : "kiln generate " + sdk.asArguments() + " --out " + out;
        generation.check(sdk.request(), out, regenerate);
    }
}
