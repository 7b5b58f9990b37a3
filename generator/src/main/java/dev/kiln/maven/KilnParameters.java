package dev.kiln.maven;

import dev.kiln.generate.GenerationRequest;
import dev.kiln.generate.GenerationResult;
import dev.kiln.generate.Generator;
import dev.kiln.problems.Problem;
import dev.kiln.problems.SpecException;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** The parameters every Kiln goal shares, and the one call into the generator. */
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
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** The client name the user set, if any. */
    Optional<String> clientName() {
        return Optional.ofNullable(clientName).filter(s -> !s.isBlank());
    }

    /** The idempotency header the user set, if any. */
    Optional<String> idempotencyHeader() {
        return Optional.ofNullable(idempotencyHeader).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The spec file {@link #inputSpec} names; a name that resolves to nothing is returned as a path, to fail on. */
    Path specFile() {
        Path basedir = project != null && project.getBasedir() != null ? project.getBasedir().toPath() : Path.of("");
        List<Path> roots = new ArrayList<>();
        if (project != null) {
            project.getResources().forEach(resource -> roots.add(Path.of(resource.getDirectory())));
            try {
                project.getCompileClasspathElements().forEach(element -> roots.add(Path.of(element)));
            } catch (DependencyResolutionRequiredException e) {
                // no classpath yet: the resource directories are all there is to look in
            }
        }
        return new SpecLocation(basedir, roots).resolve(inputSpec);
    }

    /** Generates in memory, logging the spec's warnings; a broken spec fails the build with every problem. */
    GenerationResult generate(Path spec) throws MojoFailureException {
        GenerationRequest request;
        try {
            request = new GenerationRequest(
                    spec, displayName(spec.toFile()), basePackage, clientName(), maxDroppedPercent, idempotencyHeader());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("[KILN-BAD-SETTING] " + e.getMessage());
        }
        try {
            GenerationResult result = new Generator().generate(request);
            for (Problem warning : result.warnings()) {
                getLog().warn(warning.format());
            }
            return result;
        } catch (SpecException e) {
            for (Problem problem : e.problems()) {
                if (problem.isError()) {
                    getLog().error(problem.format());
                } else {
                    getLog().warn(problem.format());
                }
            }
            throw new MojoFailureException(e.getMessage());
        }
    }

    /** The spec's path as the user would write it: relative to the project when inside it. */
    private String displayName(File spec) {
        if (project != null && project.getBasedir() != null) {
            try {
                return project.getBasedir().toPath().toAbsolutePath().normalize()
                        .relativize(spec.toPath().toAbsolutePath().normalize())
                        .toString();
            } catch (IllegalArgumentException e) {
                return spec.getPath();
            }
        }
        return spec.getPath();
    }
}
