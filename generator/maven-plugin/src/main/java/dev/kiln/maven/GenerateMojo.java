package dev.kiln.maven;

import dev.kiln.generate.Generation;
import dev.kiln.generate.GenerationFailure;
import dev.kiln.generate.GenerationRequest;
import dev.kiln.generate.OutputSettings;
import dev.kiln.generate.WrittenSettings;
import java.io.File;
import java.io.IOException;
import java.util.Optional;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates a typed Java SDK from an OpenAPI spec and adds it to the sources the project compiles. When neither the
 * spec (nor any file it references), the settings nor Kiln changed since the last run, nothing is generated and no
 * file is touched. When the API changed, the build log says how, and which changes break the SDK's users.
 */
@Mojo(name = GenerateMojo.GOAL, defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends KilnParameters {
    /** The goal's name. */
    static final String GOAL = "generate";
    /**
     * Where the SDK's sources are written. Files Kiln did not generate there are left alone. When it changes, the
     * files this execution generated in the old directory are deleted from it (its record says which).
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

    /**
     * Where this execution keeps the fingerprint of its last generation. Its record is kept beside it
     * ({@code .api.json}): the API snapshot the next generation is compared with, the project's version then, and
     * the SDK it wrote (package, client, output directory and every file), so that a changed package, client name or
     * output directory deletes exactly what this execution generated before. One per execution, so two executions
     * never share one.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.directory}/kiln/${mojoExecution.executionId}.fingerprint")
    File fingerprintFile;

    /**
     * Fails the build, before anything is written, when the API changed since the last generation in a way that
     * breaks the SDK's users (a removed field or operation, a changed type ...).
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.failOnBreakingChange", defaultValue = "false")
    boolean failOnBreakingChange;

    /**
     * Fails the build, before anything is written, when the project's version does not follow the API's changes
     * since the version recorded at the last generation: a breaking change needs a major version, an addition a
     * minor one, any other change a patch (below {@code 1.0.0}, a minor version may carry breaking changes). Changes
     * made under one version in progress ({@code 1.3.0-SNAPSHOT}) add up; an API that changes under a released
     * version never follows. Without it, a mismatch is only a warning.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.checkVersionBump", defaultValue = "false")
    boolean checkVersionBump;

    /**
     * Whether to generate the SDK's test kit (a fake transport, a JUnit 5 record-and-replay extension, and the spec's
     * examples as canned answers) into {@link #testKitDirectory} and add it to the project's test sources. It needs
     * JUnit 5 ({@code org.junit.jupiter}) among the project's dependencies: without it, the test kit is left out and
     * the log says so.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.testKit", defaultValue = "true")
    boolean testKit;

    /**
     * Where the test kit's sources are written. Files Kiln did not generate there are left alone.
     *
     * @since 0.1.0
     */
    @Parameter(
            property = "kiln.testKitDirectory",
            defaultValue = "${project.build.directory}/generated-test-sources/kiln")
    File testKitDirectory;

    /**
     * Whether to add the test kit's directory to the project's test compile source roots.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kiln.addTestCompileSourceRoot", defaultValue = "true")
    boolean addTestCompileSourceRoot;

    @Override
    void run(Generation generation) throws GenerationFailure, IOException {
        boolean withTestKit = testKit && hasJUnit5();
        WrittenSettings goal = settings(withTestKit);
        OutputSettings output = output(withTestKit);
        ForkChoice where = ForkChoice.of(fork);
        GenerationRequest request = goal.request();
        Generation.UpToDateCheck found = generation.checkHere(request, output);
        if (found.staleness() != Generation.Staleness.UP_TO_DATE) {
            ForkOrder order = ForkOrder.generate(goal, output, found.staleness());
            if (where.forks(goal, found.specBytes(), kilnRunsAgain())) {
                forked().run(order);
            } else {
                order.run(generation, request);
            }
        }
        if (addCompileSourceRoot) {
            project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        }
        if (withTestKit && addTestCompileSourceRoot) {
            project.addTestCompileSourceRoot(testKitDirectory.getAbsolutePath());
        }
    }

    /** Tells whether the project depends on JUnit 5, which the test kit's extension uses; says so when it does not. */
    private boolean hasJUnit5() {
        boolean present = project.getDependencies().stream()
                .anyMatch(dependency -> dependency.getGroupId().equals("org.junit.jupiter"));
        if (!present) {
            getLog().info("Kiln: no test kit: it needs JUnit 5 (org.junit.jupiter) among the project's dependencies; "
                    + "set testKit to false to say you want none");
        }
        return present;
    }

    /**
     * Where the goal's parameters say to write, what to keep, and what to refuse.
     *
     * @param withTestKit whether this build writes the test kit
     */
    OutputSettings output(boolean withTestKit) {
        return new OutputSettings(
                outputDirectory.toPath(),
                fingerprintFile.toPath(),
                Optional.ofNullable(project.getVersion()),
                failOnBreakingChange,
                checkVersionBump,
                withTestKit ? Optional.of(testKitDirectory.toPath()) : Optional.empty());
    }
}
