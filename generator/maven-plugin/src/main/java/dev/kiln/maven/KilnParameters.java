package dev.kiln.maven;

import dev.kiln.generate.Generation;
import dev.kiln.generate.GenerationFailure;
import dev.kiln.generate.GenerationRequest;
import dev.kiln.generate.WrittenSettings;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** The parameters the goals that generate share, and the request they make of the generation. */
abstract class KilnParameters extends AbstractMojo {
    /**
     * The OpenAPI 3.0 or 3.1 (or Swagger 2.0) spec to generate from: a path (relative to the project's directory), or
     * {@code classpath:some/spec.yaml} for a spec among the project's resources. A path that names no file is also
     * looked up as a resource. Resources are looked up in the project's resource directories, then in its compile
     * classpath directories (such as {@code target/classes}); specs inside dependency jars are not.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.inputSpec", required = true)
    String inputSpec;

    /**
     * The generated SDK's base package: the client goes here, and {@code models}, {@code services},
     * {@code errors} and {@code core} below it. When it changes, the SDK this execution generated under the old one
     * is deleted, and the change report says the SDK moved (a breaking change).
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.basePackage", required = true)
    String basePackage;

    /**
     * The client class's name, such as {@code Together}; derived from the spec's title when not set. Its upper
     * snake case also names the environment variables {@code fromEnv()} reads ({@code TOGETHER_API_KEY}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.clientName")
    String clientName;

    /**
     * The share of operations, in percent, that may be generated without a parameter, request body or answer Kiln
     * cannot generate (each is reported as a {@code KILN-DROPPED} warning, naming what and where). Past it the build
     * fails; set 100 to generate whatever the spec holds.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.maxDroppedPercent", defaultValue = "" + GenerationRequest.DEFAULT_MAX_DROPPED_PERCENT)
    int maxDroppedPercent = GenerationRequest.DEFAULT_MAX_DROPPED_PERCENT;

    /**
     * The operations to generate, when not all: each entry is {@code tag:<tag>}, {@code path:<pattern>} ({@code *}
     * stands for a path segment's characters, {@code **} for anything) or {@code id:<operationId>}. Only the types
     * the selected operations reach are generated; the build log says what was left out. A selector that names no
     * operation fails the build ({@code KILN-SELECTOR-MATCHES-NOTHING}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.includeOperations")
    List<String> includeOperations;

    /**
     * Operations not to generate, even when {@link #includeOperations} names them; written the same way.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.excludeOperations")
    List<String> excludeOperations;

    /**
     * The header that carries an idempotency key, such as {@code Idempotency-Key}: every {@code POST} of the
     * generated client then sends a fresh key, the same on each retry of one call, unless the caller set it. When
     * not set, the header an operation of the spec declares for it (a header parameter named like
     * {@code Idempotency-Key}) is used; without one, no key is sent.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.idempotencyHeader")
    String idempotencyHeader;

    /**
     * The paging style of operations Kiln cannot tell, or tells wrongly, one {@code <operation>} each:
     * {@code id:listCustomers=cursor:starting_after} (the cursor from the response's next-cursor field, else the
     * last item's {@code id}), {@code cursor:after:meta.next} (from that field), {@code page:page},
     * {@code offset:offset}, {@code next-url:next_page_uri}, {@code link-header}, or {@code none} to leave an
     * operation unpaged. It wins over the spec's {@code x-kiln-pagination}.
     *
     * @since 0.1.0
     */
    @Parameter
    List<String> pagination;

    /**
     * Raises (or lowers) a limit of what Kiln reads of each spec file, one {@code <specLimit>} each:
     * {@code characters=<n>} (a file's size, 268435456 by default), {@code aliases=<n>} (YAML aliases to a map or a
     * list, 50 by default: each copies what it names, so a few levels of them expand past any memory) or
     * {@code depth=<n>} (how deep maps and lists nest, 1000 by default). A file past a limit fails the build
     * ({@code KILN-SPEC-LIMIT}) before its aliases are expanded.
     *
     * @since 0.1.0
     */
    @Parameter
    List<String> specLimits;

    /**
     * Java classes that stand for a JSON type or format, one {@code <typeMapping>} each:
     * {@code date-time=java.time.Instant}, {@code uuid=java.util.UUID}, {@code decimal=java.math.BigDecimal},
     * {@code string=com.acme.Text}. Every schema of that format (else of that type) is then of that class, read and
     * written by the runtime's codec for it (for {@code Instant}, {@code UUID}, {@code BigDecimal}, {@code BigInteger},
     * {@code URI} and the types Kiln uses itself) or by Jackson. A mapping that names no type or format of the spec
     * fails the build ({@code KILN-MAPPING-MATCHES-NOTHING}). The spec's {@code x-kiln-type-mappings} maps the same
     * way; this wins.
     *
     * @since 0.1.0
     */
    @Parameter
    List<String> typeMappings;

    /**
     * Classes of the project that stand for component schemas, one {@code <schemaMapping>} each:
     * {@code Money=com.acme.Money}. No type is generated for the schema; its values are read and written with
     * Jackson, so the class needs what Jackson needs (a constructor or {@code @JsonCreator}, getters or
     * {@code @JsonProperty}). A class missing from the classpath is a compile error naming it. A mapping that names no
     * schema fails the build ({@code KILN-MAPPING-MATCHES-NOTHING}). The spec's {@code x-kiln-schema-mappings} maps
     * the same way; this wins.
     *
     * @since 0.1.0
     */
    @Parameter
    List<String> schemaMappings;

    /**
     * OpenAPI Overlay 1.0 files ({@code <overlay>src/main/openapi/fixes.yaml</overlay>}) applied to the spec, in
     * order, before anything else reads it: each action's {@code target} (a JSONPath) selects elements of the spec's
     * root file, which {@code update} merges into and {@code remove: true} removes. A target that selects nothing is
     * a {@code KILN-OVERLAY-TARGET-MATCHES-NOTHING} warning. A changed overlay regenerates, like a changed spec.
     *
     * @since 0.1.0
     */
    @Parameter
    List<File> overlays;

    /**
     * The {@code <id>} of a {@code <server>} of Maven's {@code settings.xml} whose credentials a remote
     * {@link #inputSpec} is fetched with: a {@code <username>} and {@code <password>} are sent as HTTP Basic
     * credentials, a {@code <password>} alone as a bearer token ({@code Authorization: Bearer}). The password may be
     * encrypted as Maven encrypts passwords. Credentials go to the spec's own server only, and never into the build
     * log, the fingerprint or the cache.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.specServerId")
    String specServerId;

    /**
     * Pins the spec: its root file's SHA-256 ({@code sha256:<64 hex digits>}). When the spec's bytes change, the build
     * fails naming both digests ({@code KILN-SPEC-CHECKSUM}) until the new one is pinned. Most useful with a remote
     * {@link #inputSpec}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.specChecksum")
    String specChecksum;

    /**
     * Where a remote {@link #inputSpec} and the files it references are kept, revalidated with {@code ETag} and
     * {@code Last-Modified} on each build, and read offline ({@code mvn -o}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.specCacheDirectory", defaultValue = "${project.build.directory}/kiln/remote-specs")
    File specCacheDirectory;

    /**
     * How long fetching a remote {@link #inputSpec} waits for a connection, and then for each answer, in seconds.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.specTimeoutSeconds", defaultValue = "" + GenerationRequest.DEFAULT_SPEC_TIMEOUT_SECONDS)
    int specTimeoutSeconds = GenerationRequest.DEFAULT_SPEC_TIMEOUT_SECONDS;

    /**
     * Names to use in place of the ones Kiln chooses, one {@code <name>} each, written {@code <kind>:<target>=<name>}:
     * {@code id:GPUClusterService_List=clusters.list} (an operation's method, and the resources it sits in),
     * {@code tag:GPUClusterService=clusters} (a tag's resource), {@code schema:Pet=Animal},
     * {@code property:Message.from=sender}, {@code param:listPets.q=query}, {@code enum:Status.in_progress=RUNNING}.
     * They win over the spec's {@code x-kiln-name}; one that names nothing fails the build with the closest name.
     * {@code <nameMappings>} is accepted for the same list.
     *
     * @since 0.1.0
     */
    @Parameter(alias = "nameMappings")
    List<String> names;

    /**
     * Where to generate: {@code true} in a JVM of its own, started with {@link #forkJvmOptions}; {@code false} in the
     * build's JVM; {@code auto} in a JVM of its own for a spec of 1 MiB or more (its file, or once generated every file
     * it was read from; or one fetched from a URL), and for one of 64 KiB or more when the build generates only once
     * (one execution of {@code generate} among its modules, and not in the Maven daemon); in the build's JVM
     * otherwise. {@code generate} decides once its up-to-date check, made in the build's JVM in milliseconds, finds the
     * output stale. With the JVM's defaults, as Maven's usually are, a large spec's generation grows the build's heap
     * with its rate of allocation (several times what it holds) and keeps it for the rest of the build, and has Kiln's
     * code compiled by the optimising compiler, which one generation does not pay back; in a JVM of its own with the
     * launcher's options the build's peak memory falls by a fifth to two thirds on the corpus's large specs (openai's:
     * 1.3 GB to 0.4 GB), and the build is faster too. Starting that JVM costs about a second and a half: more than a
     * small spec's generation in the build's JVM, and more than a medium one's once earlier modules have warmed Kiln's
     * code there.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.fork", defaultValue = "auto")
    String fork;

    /**
     * The options of the generation's own JVM when {@link #fork} says to start one, written as on a command line, such
     * as {@code -Xmx512m -XX:+UseSerialGC}; when not set, those Kiln's launcher script starts its JVM with (the serial
     * collector, a small initial heap, the first compiler tier only; the plugin guide lists them).
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.forkJvmOptions")
    String forkJvmOptions;

    /**
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** This plugin's {@code groupId:artifactId}, to find its executions in the build's projects. */
    @Parameter(defaultValue = "${plugin.groupId}:${plugin.artifactId}", readonly = true)
    String pluginKey;

    @Parameter(defaultValue = "${settings}", readonly = true)
    Settings settings;

    /** Decrypts the password of a {@code <server>} of {@code settings.xml}; Maven injects it. */
    @Inject
    SettingsDecrypter settingsDecrypter;

    /**
     * Runs the goal's part of a generation, unless skipped.
     *
     * @param generation the generation, logging to the build log
     * @throws GenerationFailure when Kiln refuses, for a reason in the user's hands
     * @throws IOException when a file cannot be read or written
     */
    abstract void run(Generation generation) throws GenerationFailure, IOException;

    /** Tells whether Kiln's code runs more than once in Maven's JVM in this build ({@link MavenJvm}). */
    boolean kilnRunsAgain() {
        List<MavenProject> projects =
                session == null || session.getProjects() == null ? List.of() : session.getProjects();
        return MavenJvm.runsKilnAgain(projects, pluginKey, System.getProperties());
    }

    /** A runner of generations in a JVM of their own, started with {@link #forkJvmOptions}, logging to the build. */
    ForkedGeneration forked() {
        List<String> options =
                forkJvmOptions == null ? ForkedGeneration.launcherOptions() : ForkedGeneration.options(forkJvmOptions);
        return new ForkedGeneration(new MavenLog(getLog()), options, ForkedGeneration.pluginClasspath());
    }

    /** A remote spec's settings: the server's credentials, the cache, and whether Maven is offline. */
    private WrittenSettings.Remote remote() throws GenerationFailure {
        Map<String, String> headers = specServerId == null || specServerId.isBlank()
                ? Map.of()
                : GenerationRequest.checked(
                        () -> ServerCredentials.headers(settings, settingsDecrypter, specServerId.strip()));
        return new WrittenSettings.Remote(
                inputSpec,
                headers,
                specCacheDirectory.toPath(),
                session != null && session.isOffline(),
                specTimeoutSeconds);
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Kiln: skipped");
            return;
        }
        try {
            run(MavenLog.generation(getLog()));
        } catch (GenerationFailure e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("Kiln could not read or write its files: " + e.getMessage(), e);
        }
    }

    /**
     * The settings these parameters make, resolved in this build: the spec's file, a remote spec's credentials.
     *
     * @param testKit whether to generate the SDK's test kit too
     * @return the settings
     * @throws GenerationFailure when a parameter cannot be used
     */
    WrittenSettings settings(boolean testKit) throws GenerationFailure {
        SpecLocation specs = SpecLocation.of(project);
        boolean remote = WrittenSettings.isUrl(inputSpec);
        Path spec = remote ? null : specs.resolve(inputSpec);
        return new WrittenSettings()
                .spec(spec, remote ? inputSpec : specs.displayName(spec))
                .remote(remote ? remote() : null)
                .basePackage(basePackage)
                .clientName(clientName)
                .maxDroppedPercent(maxDroppedPercent)
                .operations(includeOperations, excludeOperations)
                .idempotencyHeader(idempotencyHeader)
                .pagination(pagination)
                .specLimits(specLimits)
                .specChecksum(specChecksum)
                .overlays(
                        overlays == null
                                ? null
                                : overlays.stream().map(File::toPath).toList())
                .mappings(typeMappings, schemaMappings)
                .names(names)
                .testKit(testKit);
    }
}
