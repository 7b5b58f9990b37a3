package dev.kiln.maven;

import dev.kiln.generate.GenerationResult;
import dev.kiln.write.OutputWriter;
import dev.kiln.write.SyncReport;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Generates a typed Java SDK from an OpenAPI spec and adds it to the sources the project compiles. */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends KilnParameters {
    /**
     * Where the SDK's sources are written. Files Kiln did not generate there are left alone.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/kiln")
    File outputDirectory;

    /**
     * Whether to add the output directory to the project's compile source roots.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.addCompileSourceRoot", defaultValue = "true")
    boolean addCompileSourceRoot;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Kiln: skipped");
            return;
        }
        GenerationResult result = generate();
        try {
            SyncReport report = new OutputWriter().write(outputDirectory.toPath(), result.files());
            getLog().info("Kiln: " + result.files().size() + " files in " + outputDirectory + " (" + report.written().size()
                    + " written, " + report.unchanged().size() + " unchanged, " + report.deleted().size() + " deleted)");
        } catch (IOException e) {
            throw new MojoExecutionException("Kiln could not write " + outputDirectory + ": " + e.getMessage(), e);
        }
        if (addCompileSourceRoot) {
            project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        }
    }
}
