package dev.kiln.generate;

import dev.kiln.ir.LeftOut;
import dev.kiln.lifecycle.ApiChange;
import dev.kiln.lifecycle.ApiComparison;
import dev.kiln.lifecycle.ApiSnapshot;
import dev.kiln.lifecycle.Fingerprint;
import dev.kiln.lifecycle.GenerationRecord;
import dev.kiln.lifecycle.VersionBump;
import dev.kiln.lifecycle.VersionHistory;
import dev.kiln.link.OperationSelection;
import dev.kiln.problems.Problem;
import dev.kiln.problems.SpecException;
import dev.kiln.target.Target;
import dev.kiln.write.OutputComparison;
import dev.kiln.write.OutputWriter;
import dev.kiln.write.SyncReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What every front end of Kiln (the Maven goals, the command line) runs: generating an SDK into a directory (the
 * up-to-date check, the report of the API's changes since the last generation, the refusals asked for, the writing
 * and what is kept for the next time), checking a checked-in SDK against its spec, and comparing two specs. A front
 * end only turns its parameters into a request, and the outcome or the {@link GenerationFailure} into its own terms.
 */
public final class Generation {
    private final GenerationLog log;
    private final ChangeReport report;
    private final Target target;
    private final Generator generator;

    /**
     * Creates a generation that logs to {@code log}.
     *
     * @param log where to say what is done and found
     * @param options how the front end spells the switches a refusal names
     * @param target the language the SDK is generated in
     */
    public Generation(GenerationLog log, OptionNames options, Target target) {
        this.log = Objects.requireNonNull(log, "log");
        this.report = new ChangeReport(log, Objects.requireNonNull(options, "options"));
        this.target = Objects.requireNonNull(target, "target");
        this.generator = new Generator(target);
    }

    /**
     * Brings an output directory up to date with a spec. When neither the spec (nor any file it references), the
     * settings, nor Kiln changed since the last generation, and the directory still holds every file it wrote,
     * nothing is generated and no file is touched. Otherwise the SDK is generated in memory, the API's changes since
     * the last generation are reported (and refused when asked to), only the files whose bytes change are written,
     * the files generated before and no longer are deleted, and the record and the fingerprint are written last.
     *
     * @param request what to generate
     * @param output where to write, what to keep, what to refuse
     * @return whether the directory was up to date, or what was written
     * @throws GenerationFailure when the spec has errors or a change is refused; nothing was written then
     * @throws IOException when a file cannot be read or written
     */
    public GenerateOutcome generate(GenerationRequest request, OutputSettings output)
            throws GenerationFailure, IOException {
        Path directory = output.outputDirectory();
        Fingerprint fingerprint = Fingerprint.compute(
                request.spec(), fingerprintSettings(request, directory), KilnVersion.buildIdentity(target));
        if (Fingerprint.read(output.fingerprintFile()).equals(Optional.of(fingerprint))
                && OutputWriter.isComplete(directory, request.basePackage())) {
            log.info("Kiln: " + directory + " is up to date");
            return new GenerateOutcome.UpToDate(directory);
        }
        GenerationResult result = inMemory(request);
        Comparison comparison = compareWithLastGeneration(output, result.snapshot());
        SyncReport sync = new OutputWriter().write(directory, request.basePackage(), result.files());
        log.info("Kiln: " + result.files().size() + " files in " + directory + " ("
                + sync.written().size() + " written, " + sync.unchanged().size() + " unchanged, "
                + sync.deleted().size() + " deleted)");
        comparison.record().write(output.recordFile());
        fingerprint.write(output.fingerprintFile());
        return new GenerateOutcome.Written(
                directory, result.files().size(), sync, comparison.changes(), result.warnings());
    }

    /**
     * Checks that a directory holds exactly what the spec generates now, generating in memory. Writes nothing.
     *
     * @param request what to generate
     * @param directory the directory holding the checked-in SDK
     * @param regenerateCommand the command the user runs to regenerate it, named when it is stale
     * @return how many files were compared, all current
     * @throws GenerationFailure when the spec has errors, or the directory differs (naming each file)
     * @throws IOException when the directory cannot be read
     */
    public int check(GenerationRequest request, Path directory, String regenerateCommand)
            throws GenerationFailure, IOException {
        GenerationResult result = inMemory(request);
        List<String> differences = new OutputComparison().differences(directory, request.basePackage(), result.files());
        if (!differences.isEmpty()) {
            throw new GenerationFailure(
                    GenerationFailure.Reason.STALE_OUTPUT,
                    "[KILN-STALE-OUTPUT] " + directory
                            + " is not what Kiln generates from " + request.specDisplayName() + " ("
                            + differences.size()
                            + " files differ):\n  " + String.join("\n  ", differences) + "\nRegenerate it with: "
                            + regenerateCommand);
        }
        log.info("Kiln: " + directory + " is current (" + result.files().size() + " files)");
        return result.files().size();
    }

    /**
     * Compares the APIs of two specs as the SDK's users would feel the difference, and reports each change. Writes
     * nothing.
     *
     * @param request the two specs, and whether to refuse breaking changes
     * @return the changes, in report order; empty when the APIs are the same
     * @throws GenerationFailure when a spec has errors, or a change breaks users and the request refuses that
     */
    public List<ApiChange> diff(DiffRequest request) throws GenerationFailure {
        ApiSnapshot before = snapshot(request.oldSpec(), request.oldDisplayName());
        ApiSnapshot after = snapshot(request.newSpec(), request.newDisplayName());
        List<ApiChange> changes = new ApiComparison().compare(before, after);
        String between = request.oldDisplayName() + " to " + request.newDisplayName();
        if (changes.isEmpty()) {
            log.info("Kiln: no API changes from " + between);
        }
        report.log("API changes from " + between, changes);
        report.failOnBreaking(changes, request.failOnBreakingChange());
        return changes;
    }

    /** Generates in memory, logging the spec's warnings; a broken spec fails with every problem, each logged. */
    private GenerationResult inMemory(GenerationRequest request) throws GenerationFailure {
        try {
            GenerationResult result = generator.generate(request);
            result.warnings().forEach(warning -> log.warn(warning.format()));
            if (!request.operations().isEverything()) {
                log.info(leftOutLine(request.operations(), result.api().leftOut()));
            }
            PagedOperations.lines(result.api()).forEach(log::info);
            return result;
        } catch (SpecException e) {
            for (Problem problem : e.problems()) {
                if (problem.isError()) {
                    log.error(problem.format());
                } else {
                    log.warn(problem.format());
                }
            }
            throw new GenerationFailure(GenerationFailure.Reason.SPEC_PROBLEMS, e.getMessage(), e.problems());
        }
    }

    /** A spec's API as the comparison sees it; a broken spec fails with its errors logged (a diff is no lint). */
    private ApiSnapshot snapshot(Path spec, String displayName) throws GenerationFailure {
        try {
            return generator.snapshot(spec, displayName);
        } catch (SpecException e) {
            e.problems().stream().filter(Problem::isError).forEach(problem -> log.error(problem.format()));
            throw new GenerationFailure(GenerationFailure.Reason.SPEC_PROBLEMS, e.getMessage(), e.problems());
        }
    }

    /** The changes since the last generation and the record to keep for the next. */
    private record Comparison(List<ApiChange> changes, GenerationRecord record) {}

    /** Reports the changes since the last generation, refuses them when asked to, and returns the record to keep. */
    private Comparison compareWithLastGeneration(OutputSettings output, ApiSnapshot snapshot) throws GenerationFailure {
        Path recordFile = output.recordFile();
        String version = output.sdkVersion().orElse("");
        GenerationRecord.Reading reading = GenerationRecord.read(recordFile);
        if (reading instanceof GenerationRecord.Reading.Found found) {
            List<ApiChange> changes = new ApiComparison().compare(found.record().api(), snapshot);
            report.log("the API changed since the last generation", changes);
            report.failOnBreaking(changes, output.failOnBreakingChange());
            VersionHistory versions = found.record().versions().next(version, VersionBump.requiredBy(changes));
            report.checkVersion(versions, output.checkVersionBump());
            return new Comparison(changes, new GenerationRecord(versions, snapshot));
        }
        if (reading instanceof GenerationRecord.Reading.Unreadable unreadable) {
            log.info("Kiln: no change report this time: the last generation's record " + recordFile.getFileName()
                    + " cannot be compared with (" + unreadable.reason() + "); it is replaced");
        }
        return new Comparison(List.of(), new GenerationRecord(VersionHistory.first(version), snapshot));
    }

    /** What the operation selection left out, in one line: the counts and the first few names. */
    private static String leftOutLine(OperationSelection selection, LeftOut leftOut) {
        return "Kiln: operations selected by " + selection + "; left out "
                + leftOut.operations().size() + " operations"
                + listed(leftOut.operations()) + " and " + leftOut.types().size() + " types only they use"
                + listed(leftOut.types());
    }

    /** A few of the names: {@code " (a, b, c and 40 more)"}. */
    private static String listed(List<String> names) {
        int shown = Math.min(names.size(), 8);
        return names.isEmpty()
                ? ""
                : " (" + String.join(", ", names.subList(0, shown))
                        + (names.size() > shown ? " and " + (names.size() - shown) + " more" : "") + ")";
    }

    /** The settings that shape the output, normalised so that only a real change changes the fingerprint. */
    private static Map<String, String> fingerprintSettings(GenerationRequest request, Path output) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("basePackage", request.basePackage());
        settings.put("clientName", request.clientName().orElse(""));
        settings.put("outputDirectory", output.toAbsolutePath().normalize().toString());
        if (!request.operations().isEverything()) {
            settings.put("operations", request.operations().toString());
        }
        // only when set, so that the fingerprints of builds without it stay as they were
        request.idempotencyHeader().ifPresent(header -> settings.put("idempotencyHeader", header));
        if (!request.names().written().isEmpty()) {
            settings.put("names", request.names().toString());
        }
        if (!request.pagination().isEmpty()) {
            settings.put("pagination", request.pagination().toString());
        }
        return settings;
    }
}
