package dev.kiln.cli;

import dev.kiln.generate.GenerationFailure;
import dev.kiln.generate.GenerationRequest;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options of the commands that generate an SDK: what to generate from, and how to name it. */
final class SdkOptions {
    @Option(names = "--spec", required = true, paramLabel = "FILE", description = "the OpenAPI 3.0 or 3.1 spec")
    Path spec;

    @Option(names = "--package", required = true, paramLabel = "PACKAGE",
            description = "the SDK's base package; models, services, errors and core go below it")
    String basePackage;

    @Option(names = "--client", paramLabel = "NAME",
            description = "the client class (its UPPER_SNAKE form names the environment variables); default: from the spec's title")
    String clientName;

    @Option(names = "--max-dropped-percent", paramLabel = "N", defaultValue = "" + GenerationRequest.DEFAULT_MAX_DROPPED_PERCENT,
            description = "the share of operations that may be generated without a part Kiln cannot generate (default: ${DEFAULT-VALUE})")
    int maxDroppedPercent;

    /** The request these options make; a setting Kiln cannot use is refused as {@code KILN-BAD-SETTING}. */
    GenerationRequest request() throws GenerationFailure {
        Optional<String> client = Optional.ofNullable(clientName).filter(name -> !name.isBlank());
        return GenerationRequest.of(spec, KilnSubcommand.displayName(spec), basePackage, client, maxDroppedPercent);
    }

    /** The options as {@code kiln generate} takes them, to name the command that regenerates an SDK. */
    String asArguments() {
        return "--spec " + spec + " --package " + basePackage + (clientName == null ? "" : " --client " + clientName)
                + (maxDroppedPercent == GenerationRequest.DEFAULT_MAX_DROPPED_PERCENT ? "" : " --max-dropped-percent " + maxDroppedPercent);
    }
}
