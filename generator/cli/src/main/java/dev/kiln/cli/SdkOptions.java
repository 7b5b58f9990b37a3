package dev.kiln.cli;

import dev.kiln.generate.GenerationFailure;
import dev.kiln.generate.GenerationRequest;
import dev.kiln.generate.WrittenSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** The options of the commands that generate an SDK: what to generate from, and how to name it. */
final class SdkOptions {
    @Option(names = "--spec", required = true, paramLabel = "FILE", description = "the OpenAPI 3.0 or 3.1 spec")
    Path spec;

    @Option(
            names = "--package",
            required = true,
            paramLabel = "PACKAGE",
            description = "the SDK's base package; models, services, errors and core go below it")
    String basePackage;

    @Option(
            names = "--client",
            paramLabel = "NAME",
            description =
                    "the client class (its UPPER_SNAKE form names the environment variables); default: from the spec's title")
    String clientName;

    @Option(
            names = "--max-dropped-percent",
            paramLabel = "N",
            defaultValue = "" + GenerationRequest.DEFAULT_MAX_DROPPED_PERCENT,
            description =
                    "the share of operations that may be generated without a part Kiln cannot generate (default: ${DEFAULT-VALUE})")
    int maxDroppedPercent;

    @Option(
            names = "--include",
            paramLabel = "SELECTOR",
            description =
                    "generate only the operations this names (repeatable): tag:<tag>, path:<pattern> or id:<operationId>; "
                            + "only the types they reach are generated")
    List<String> include = new ArrayList<>();

    @Option(
            names = "--exclude",
            paramLabel = "SELECTOR",
            description = "leave out the operations this names (repeatable), even when included")
    List<String> exclude = new ArrayList<>();

    @Option(
            names = "--idempotency-header",
            paramLabel = "HEADER",
            description = "the header every POST carries a fresh idempotency key in, such as Idempotency-Key; "
                    + "default: the one the spec declares, if any")
    String idempotencyHeader;

    @Option(
            names = "--pagination",
            paramLabel = "id:OPERATION=STYLE",
            description =
                    "the paging style of an operation (repeatable), such as id:listCustomers=cursor:starting_after, "
                            + "page:page, offset:offset, next-url:next_page_uri, link-header or none; default: the style Kiln recognises")
    List<String> pagination = new ArrayList<>();

    @Option(
            names = {"--name", "--name-mapping"},
            paramLabel = "KIND:TARGET=NAME",
            description = "a name in place of Kiln's (repeatable): id:GPUClusterService_List=clusters.list, "
                    + "tag:GPUClusterService=clusters, schema:Pet=Animal, property:Message.from=sender, "
                    + "param:listPets.q=query or enum:Status.in_progress=RUNNING; wins over the spec's x-kiln-name")
    List<String> names = new ArrayList<>();

    /** The request these options make; a setting Kiln cannot use is refused as {@code KILN-BAD-SETTING}. */
    GenerationRequest request() throws GenerationFailure {
        return new WrittenSettings(
                        spec,
                        KilnSubcommand.displayName(spec),
                        basePackage,
                        clientName,
                        maxDroppedPercent,
                        include,
                        exclude,
                        idempotencyHeader,
                        pagination,
                        names)
                .request();
    }

    /** The options as {@code kiln generate} takes them, to name the command that regenerates an SDK. */
    String asArguments() {
        return "--spec " + spec + " --package " + basePackage + (clientName == null ? "" : " --client " + clientName)
                + (maxDroppedPercent == GenerationRequest.DEFAULT_MAX_DROPPED_PERCENT
                        ? ""
                        : " --max-dropped-percent " + maxDroppedPercent)
                + include.stream().map(selector -> " --include " + selector).collect(Collectors.joining())
                + exclude.stream().map(selector -> " --exclude " + selector).collect(Collectors.joining())
                + (idempotencyHeader == null ? "" : " --idempotency-header " + idempotencyHeader)
                + pagination.stream().map(style -> " --pagination " + style).collect(Collectors.joining())
                + names.stream().map(name -> " --name " + name).collect(Collectors.joining());
    }
}
