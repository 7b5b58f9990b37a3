package dev.kiln.maven;

import dev.kiln.generate.GenerationResult;
import dev.kiln.write.OutputComparison;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks that a checked-in SDK is exactly what Kiln generates from the spec now: generates in memory, compares,
 * and fails with the files that differ and the command that regenerates them. Writes nothing.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.PROCESS_SOURCES, threadSafe = true)
public final class CheckMojo extends KilnParameters {
    /**
     * The directory holding the checked-in SDK.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.outputDirectory", defaultValue = "${project.basedir}/src/main/java")
    File outputDirectory;

    /**
     * The command to print when the SDK is stale.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.regenerateCommand", defaultValue = "mvn kiln:generate")
    String regenerateCommand;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Kiln: skipped");
            return;
        }
        GenerationResult result = generate(specFile());
        List<String> differences;
        try {
            differences = new OutputComparison().differences(outputDirectory.toPath(), basePackage.strip(), result.files());
        } catch (IOException e) {
            throw new MojoExecutionException("Kiln could not read " + outputDirectory + ": " + e.getMessage(), e);
        }
        if (!differences.isEmpty()) {
            throw new MojoFailureException("[KILN-STALE-OUTPUT] " + outputDirectory + " is not what Kiln generates from "
                    + inputSpec + " (" + differences.size() + " files differ):\n  " + String.join("\n  ", differences)
                    + "\nRegenerate it with: " + regenerateCommand);
        }
        getLog().info("Kiln: " + outputDirectory + " is current (" + result.files().size() + " files)");
    }
}
