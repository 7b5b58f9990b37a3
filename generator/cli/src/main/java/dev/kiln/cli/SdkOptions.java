package dev.kiln.cli;

import dev.kiln.generate.GenerationFailure;
import dev.kiln.generate.GenerationRequest;
import dev.kiln.generate.WrittenSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** The options of the commands that generate an SDK: what to generate from, and how to name it. */
final class SdkOptions {
    @Option(
            names = "--spec",
            required = true,
            paramLabel = "FILE|URL",
            description = "the OpenAPI 3.0 or 3.1 (or Swagger 2.0) spec: a file, or an http: or https: URL")
    String spec;

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
            names = "--spec-limit",
            paramLabel = "LIMIT=N",
            description = "raise or lower a limit of what Kiln reads of each spec file (repeatable): characters=N "
                    + "(default 268435456), aliases=N (YAML aliases to a map or list, default 50) or depth=N "
                    + "(nesting, default 1000)")
    List<String> specLimits = new ArrayList<>();

    @Option(
            names = "--type-mapping",
            paramLabel = "TYPE=CLASS",
            description = "a Java class for every schema of a JSON type or format (repeatable), such as"
                    + " date-time=java.time.Instant, uuid=java.util.UUID or decimal=java.math.BigDecimal")
    List<String> typeMappings = new ArrayList<>();

    @Option(
            names = "--schema-mapping",
            paramLabel = "SCHEMA=CLASS",
            description = "a class of yours for a component schema (repeatable), such as Money=com.acme.Money:"
                    + " no type is generated for it, and Jackson reads and writes it")
    List<String> schemaMappings = new ArrayList<>();

    @Option(
            names = "--overlay",
            paramLabel = "FILE",
            description = "an OpenAPI Overlay 1.0 file applied to the spec before it is read (repeatable, in order)")
    List<Path> overlays = new ArrayList<>();

    @Option(
            names = "--spec-header",
            paramLabel = "HEADER=env:VARIABLE",
            description = "a header every request for a remote spec carries (repeatable), its value taken from an"
                    + " environment variable, such as Authorization=env:SPEC_TOKEN; sent to the spec's server only")
    List<String> specHeaders = new ArrayList<>();

    @Option(
            names = "--spec-cache",
            paramLabel = "DIR",
            defaultValue = ".kiln/remote-specs",
            description = "where a remote spec and its files are kept and revalidated (default: ${DEFAULT-VALUE})")
    Path specCache;

    @Option(names = "--offline", description = "read a remote spec from the cache only; fail when it is not there")
    boolean offline;

    @Option(
            names = "--spec-timeout",
            paramLabel = "SECONDS",
            defaultValue = "" + GenerationRequest.DEFAULT_SPEC_TIMEOUT_SECONDS,
            description =
                    "how long fetching a remote spec waits for a connection and each answer (default: ${DEFAULT-VALUE})")
    int specTimeoutSeconds;

    @Option(
            names = "--spec-checksum",
            paramLabel = "sha256:HEX",
            description = "pin the spec: fail, naming both digests, when its SHA-256 is not this one")
    String specChecksum;

    @Option(
            names = {"--name", "--name-mapping"},
            paramLabel = "KIND:TARGET=NAME",
            description = "a name in place of Kiln's (repeatable): id:GPUClusterService_List=clusters.list, "
                    + "tag:GPUClusterService=clusters, schema:Pet=Animal, property:Message.from=sender, "
                    + "param:listPets.q=query or enum:Status.in_progress=RUNNING; wins over the spec's x-kiln-name")
    List<String> names = new ArrayList<>();

    /** The request these options make; a setting Kiln cannot use is refused as {@code KILN-BAD-SETTING}. */
    GenerationRequest request() throws GenerationFailure {
        return request(false);
    }

    /** The request these options make, with the SDK's test kit or without. */
    GenerationRequest request(boolean testKit) throws GenerationFailure {
        return request(testKit, System::getenv);
    }

    /**
     * The request these options make, with the environment a header's value is read from.
     *
     * @param testKit whether to generate the SDK's test kit too
     * @param environment the value of an environment variable, or null when it is not set
     */
    GenerationRequest request(boolean testKit, UnaryOperator<String> environment) throws GenerationFailure {
        boolean remote = WrittenSettings.isUrl(spec);
        Path file = remote ? null : Path.of(spec);
        WrittenSettings.Remote fetched = remote
                ? new WrittenSettings.Remote(
                        spec,
                        GenerationRequest.checked(() -> WrittenSettings.environmentHeaders(specHeaders, environment)),
                        specCache,
                        offline,
                        specTimeoutSeconds)
                : null;
        return new WrittenSettings()
                .spec(file, remote ? spec : KilnSubcommand.displayName(file))
                .remote(fetched)
                .basePackage(basePackage)
                .clientName(clientName)
                .maxDroppedPercent(maxDroppedPercent)
                .operations(include, exclude)
                .idempotencyHeader(idempotencyHeader)
                .pagination(pagination)
                .specLimits(specLimits)
                .specChecksum(specChecksum)
                .overlays(overlays)
                .mappings(typeMappings, schemaMappings)
                .names(names)
                .testKit(testKit)
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
                + specLimits.stream().map(limit -> " --spec-limit " + limit).collect(Collectors.joining())
                + specHeaders.stream().map(header -> " --spec-header " + header).collect(Collectors.joining())
                + (specChecksum == null ? "" : " --spec-checksum " + specChecksum)
                + overlays.stream().map(overlay -> " --overlay " + overlay).collect(Collectors.joining())
                + typeMappings.stream()
                        .map(mapping -> " --type-mapping " + mapping)
                        .collect(Collectors.joining())
                + schemaMappings.stream()
                        .map(mapping -> " --schema-mapping " + mapping)
                        .collect(Collectors.joining())
                + names.stream().map(name -> " --name " + name).collect(Collectors.joining());
    }
}
