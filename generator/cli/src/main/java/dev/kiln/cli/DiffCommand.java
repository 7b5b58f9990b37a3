package dev.kiln.cli;

import dev.kiln.generate.DiffRequest;
import dev.kiln.generate.Generation;
import dev.kiln.generate.GenerationFailure;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kiln diff}: what {@code kiln:diff} does. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "Lists how the API changed between two specs, each change breaking or compatible.",
            "Compares them as the SDK's users would feel the difference, and names the version bump the changes",
            "call for. Writes nothing."
        })
final class DiffCommand extends KilnSubcommand {
    @Parameters(index = "0", paramLabel = "OLD", description = "the spec the SDK was generated from")
    Path oldSpec;

    @Parameters(index = "1", paramLabel = "NEW", description = "the spec it would be generated from now")
    Path newSpec;

    @Option(names = "--fail-on-breaking", description = "exit with 3 when any change breaks the SDK's users")
    boolean failOnBreaking;

    @Override
    void run(Generation generation) throws GenerationFailure {
        generation.diff(new DiffRequest(oldSpec, displayName(oldSpec), newSpec, displayName(newSpec), failOnBreaking));
    }
}
