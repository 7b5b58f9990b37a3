package dev.kiln.maven;

import dev.kiln.generate.Generation;
import dev.kiln.generate.GenerationFailure;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
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

    /**
     * The directory holding the checked-in test kit, checked too when set, and added to the project's test compile
     * source roots so the tests use it; unset, no test kit is checked.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.testKitDirectory")
    File testKitDirectory;

    @Override
    void run(Generation generation) throws GenerationFailure, IOException {
        Optional<Path> testKit = Optional.ofNullable(testKitDirectory).map(File::toPath);
        ForkOrder order =
                ForkOrder.check(settings(testKit.isPresent()), outputDirectory.toPath(), testKit, regenerateCommand);
        if (ForkChoice.of(fork).forks(order.settings())) {
            forked().run(order);
        } else {
            order.run(generation);
        }
        testKit.ifPresent(directory ->
                project.addTestCompileSourceRoot(directory.toAbsolutePath().toString()));
    }
}
