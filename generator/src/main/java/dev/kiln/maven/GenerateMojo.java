package dev.kiln.maven;

import dev.kiln.generate.GenerationResult;
import dev.kiln.generate.KilnVersion;
import dev.kiln.lifecycle.ApiChange;
import dev.kiln.lifecycle.ApiComparison;
import dev.kiln.lifecycle.ApiSnapshot;
import dev.kiln.lifecycle.Fingerprint;
import dev.kiln.lifecycle.GenerationRecord;
import dev.kiln.lifecycle.VersionBump;
import dev.kiln.lifecycle.VersionHistory;
import dev.kiln.write.OutputWriter;
import dev.kiln.write.SyncReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates a typed Java SDK from an OpenAPI spec and adds it to the sources the project compiles. When neither the
 * spec (nor any file it references), the settings nor Kiln changed since the last run, nothing is generated and no
 * file is touched. When the API changed, the build log says how, and which changes break the SDK's users.
 */
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

    /**
     * Where this execution keeps the fingerprint of its last generation; the API snapshot the next generation is
     * compared with, and the project's version then, are kept beside it ({@code .api.json}). One per execution, so
     * two executions never share one.
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

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Kiln: skipped");
            return;
        }
        Path spec = specFile();
        Path output = outputDirectory.toPath();
        Path fingerprintPath = fingerprintFile.toPath();
        Path recordPath = fingerprintPath.resolveSibling(fingerprintPath.getFileName().toString().replaceFirst("\\.fingerprint$", "") + ".api.json");
        try {
            Fingerprint fingerprint = Fingerprint.compute(spec, settings(output), KilnVersion.buildIdentity());
            if (Fingerprint.read(fingerprintPath).equals(Optional.of(fingerprint)) && OutputWriter.isComplete(output, basePackage.strip())) {
                getLog().info("Kiln: " + outputDirectory + " is up to date");
            } else {
                generate(spec, output, recordPath);
                fingerprint.write(fingerprintPath);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Kiln could not bring " + outputDirectory + " up to date: " + e.getMessage(), e);
        }
        if (addCompileSourceRoot) {
            project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        }
    }

    private void generate(Path spec, Path output, Path recordPath) throws IOException, MojoFailureException {
        GenerationResult result = generate(spec);
        String version = project.getVersion();
        GenerationRecord record = compareWithLastGeneration(recordPath, result.snapshot(), version);
        SyncReport report = new OutputWriter().write(output, basePackage.strip(), result.files());
        getLog().info("Kiln: " + result.files().size() + " files in " + outputDirectory + " (" + report.written().size()
                + " written, " + report.unchanged().size() + " unchanged, " + report.deleted().size() + " deleted)");
        record.write(recordPath);
    }

    /** Reports the changes since the last generation, fails when asked to, and returns the record to keep. */
    private GenerationRecord compareWithLastGeneration(Path recordPath, ApiSnapshot snapshot, String version)
            throws MojoFailureException {
        GenerationRecord.Reading reading = GenerationRecord.read(recordPath);
        if (reading instanceof GenerationRecord.Reading.Found found) {
            List<ApiChange> changes = new ApiComparison().compare(found.record().api(), snapshot);
            ChangeReport.log(getLog(), "the API changed since the last generation", changes);
            ChangeReport.failOnBreaking(changes, failOnBreakingChange);
            VersionHistory versions = found.record().versions().next(version, VersionBump.requiredBy(changes));
            ChangeReport.checkVersion(getLog(), versions, checkVersionBump);
            return new GenerationRecord(versions, snapshot);
        }
        if (reading instanceof GenerationRecord.Reading.Unreadable unreadable) {
            getLog().info("Kiln: no change report this time: the last generation's record " + recordPath.getFileName()
                    + " cannot be compared with (" + unreadable.reason() + "); it is replaced");
        }
        return new GenerationRecord(VersionHistory.first(version), snapshot);
    }

    /** The settings that shape the output, normalised so that only a real change changes the fingerprint. */
    private Map<String, String> settings(Path output) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("basePackage", basePackage.strip());
        settings.put("clientName", clientName().map(String::strip).orElse(""));
        // only when set, so that the fingerprints of builds without it stay as they were
        idempotencyHeader().ifPresent(header -> settings.put("idempotencyHeader", header));
        settings.put("outputDirectory", output.toAbsolutePath().normalize().toString());
        return settings;
    }
}
