package dev.kiln.maven;

import dev.kiln.generate.DiffRequest;
import dev.kiln.generate.GenerationFailure;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Compares the APIs of two specs as the SDK's users would feel the difference, and lists each change, marked
 * breaking or compatible: {@code mvn kiln:diff -Dkiln.oldSpec=v1.yaml -Dkiln.newSpec=v2.yaml}. Writes nothing.
 */
@Mojo(name = "diff", requiresProject = false, threadSafe = true)
public final class DiffMojo extends AbstractMojo {
    /**
     * The spec the SDK was generated from: a path (relative to the project's directory), or
     * {@code classpath:some/spec.yaml}, found the way {@code generate} finds its {@code inputSpec}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.oldSpec", required = true)
    String oldSpec;

    /**
     * The spec it would be generated from now, found the same way.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.newSpec", required = true)
    String newSpec;

    /**
     * Fails the build when any change breaks the SDK's users.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.failOnBreakingChange", defaultValue = "false")
    boolean failOnBreakingChange;

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    @Override
    public void execute() throws MojoFailureException {
        SpecLocation specs = SpecLocation.of(project);
        Path before = specs.resolve(oldSpec);
        Path after = specs.resolve(newSpec);
        DiffRequest request = new DiffRequest(
                before, specs.displayName(before), after, specs.displayName(after), failOnBreakingChange);
        try {
            MavenLog.generation(getLog()).diff(request);
        } catch (GenerationFailure e) {
            throw new MojoFailureException(e.getMessage());
        }
    }
}
