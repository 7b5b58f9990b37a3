package dev.kiln.maven;

import dev.kiln.generate.GenerationRequest;
import dev.kiln.generate.GenerationResult;
import dev.kiln.generate.Generator;
import dev.kiln.problems.Problem;
import dev.kiln.problems.SpecException;
import java.io.File;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** The parameters every Kiln goal shares, and the one call into the generator. */
abstract class KilnParameters extends AbstractMojo {
    /**
     * The OpenAPI 3.0 or 3.1 spec to generate from, as a path (relative to the project's directory).
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.inputSpec", required = true)
    File inputSpec;

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
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** Generates in memory, logging the spec's warnings; a broken spec fails the build with every problem. */
    GenerationResult generate() throws MojoFailureException {
        GenerationRequest request;
        try {
            request = new GenerationRequest(
                    inputSpec.toPath(), displayName(inputSpec), basePackage, Optional.ofNullable(clientName).filter(s -> !s.isBlank()));
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
