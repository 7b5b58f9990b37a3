package dev.kiln.maven;

import dev.kiln.generate.Generator;
import dev.kiln.lifecycle.ApiChange;
import dev.kiln.lifecycle.ApiComparison;
import dev.kiln.lifecycle.ApiSnapshot;
import dev.kiln.problems.Problem;
import dev.kiln.problems.SpecException;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares the APIs of two specs as the SDK's users would feel the difference, and lists each change, marked
 * breaking or compatible: {@code mvn kiln:diff -Dkiln.oldSpec=v1.yaml -Dkiln.newSpec=v2.yaml}. Writes nothing.
 */
@Mojo(name = "diff", requiresProject = false, threadSafe = true)
public final class DiffMojo extends AbstractMojo {
    /**
     * The spec the SDK was generated from.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.oldSpec", required = true)
    File oldSpec;

    /**
     * The spec it would be generated from now.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.newSpec", required = true)
    File newSpec;

    /**
     * Fails the build when any change breaks the SDK's users.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.failOnBreakingChange", defaultValue = "false")
    boolean failOnBreakingChange;

    @Override
    public void execute() throws MojoFailureException {
        List<ApiChange> changes = new ApiComparison().compare(snapshot(oldSpec), snapshot(newSpec));
        if (changes.isEmpty()) {
            getLog().info("Kiln: no API changes from " + oldSpec + " to " + newSpec);
        }
        ChangeReport.log(getLog(), "API changes from " + oldSpec + " to " + newSpec, changes);
        ChangeReport.failOnBreaking(changes, failOnBreakingChange);
    }

    private ApiSnapshot snapshot(File spec) throws MojoFailureException {
        try {
            return new Generator().snapshot(spec.toPath(), spec.getPath());
        } catch (SpecException e) {
            for (Problem problem : e.problems()) {
                if (problem.isError()) {
                    getLog().error(problem.format());
                }
            }
            throw new MojoFailureException(e.getMessage());
        }
    }
}
