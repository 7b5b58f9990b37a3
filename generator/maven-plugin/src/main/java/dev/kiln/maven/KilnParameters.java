package dev.kiln.maven;

import dev.kiln.generate.Generation;
import dev.kiln.generate.GenerationFailure;
import dev.kiln.generate.GenerationRequest;
import dev.kiln.generate.WrittenSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** The parameters the goals that generate share, and the request they make of the generation. */
abstract class KilnParameters extends AbstractMojo {
    /**
     * The OpenAPI 3.0 or 3.1 spec to generate from: a path (relative to the project's directory), or
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
     * {@code errors} and {@code core} below it.
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
    @Parameter(property = "kiln.maxDroppedPercent", defaultValue = "5")
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
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /**
     * The request the goal's parameters make: the spec found as {@link SpecLocation} finds it, named relative to the
     * project.
     *
     * @throws MojoFailureException when a setting has a value Kiln cannot use ({@code KILN-BAD-SETTING})
     */
    /**
     * Runs the goal's part of a generation, unless skipped.
     *
     * @param generation the generation, logging to the build log
     * @throws GenerationFailure when Kiln refuses, for a reason in the user's hands
     * @throws IOException when a file cannot be read or written
     */
    abstract void run(Generation generation) throws GenerationFailure, IOException;

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

    GenerationRequest request() throws GenerationFailure {
        SpecLocation specs = SpecLocation.of(project);
        Path spec = specs.resolve(inputSpec);
        return new WrittenSettings(
                        spec,
                        specs.displayName(spec),
                        basePackage,
                        clientName,
                        maxDroppedPercent,
                        includeOperations,
                        excludeOperations,
                        idempotencyHeader,
                        pagination,
                        names)
                .request();
    }
}
