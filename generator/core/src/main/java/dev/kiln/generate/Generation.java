package dev.kiln.generate;

import dev.kiln.ir.LeftOut;
import dev.kiln.language.GeneratedFile;
import dev.kiln.language.Target;
import dev.kiln.lifecycle.ApiChange;
import dev.kiln.lifecycle.ApiComparison;
import dev.kiln.lifecycle.ApiSnapshot;
import dev.kiln.lifecycle.Fingerprint;
import dev.kiln.lifecycle.GenerationRecord;
import dev.kiln.lifecycle.SdkOutput;
import dev.kiln.lifecycle.VersionBump;
import dev.kiln.lifecycle.VersionHistory;
import dev.kiln.link.OperationSelection;
import dev.kiln.problems.Problem;
import dev.kiln.problems.SpecException;
import dev.kiln.write.OutputComparison;
import dev.kiln.write.OutputSession;
import dev.kiln.write.OutputWriter;
import dev.kiln.write.SyncReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
     * Brings an output directory up to date with a spec. When neither the spec (nor any file read with it), the
     * settings, nor Kiln changed since the last generation, and the directory still holds every file it wrote,
     * nothing is generated and no file is touched. Otherwise the spec is linked, the changes since the last
     * generation are reported (and refused when asked to, before anything is emitted), then each file is emitted
     * and, when its bytes change, written as soon as it is emitted (so the SDK is never held whole in memory), the
     * files this execution generated before and no longer does are deleted (under another package, or in the output
     * directory it used before), and the manifest, the record and the fingerprint are written last.
     *
     * @param request what to generate
     * @param output where to write, what to keep, what to refuse
     * @return whether the directory was up to date, or what was written
     * @throws GenerationFailure when the spec has errors or a change is refused; nothing was written then
     * @throws IOException when a file cannot be read or written; the files written before it stay, each whole, and
     *     the next generation does not find the output up to date
     */
    public GenerateOutcome generate(GenerationRequest request, OutputSettings output)
            throws GenerationFailure, IOException {
        return generate(request, output, true);
    }

    /**
     * Generates as {@link #generate} does, without its up-to-date check: for a front end that made the check itself
     * ({@link #checkHere}) and found the output stale, and generates elsewhere (in a JVM of its own), where reading
     * the last fingerprint and hashing the spec's files again would cost that JVM its slowest I/O twice.
     *
     * @param request what to generate
     * @param output where to write, what to keep, what to refuse
     * @return what was written
     * @throws GenerationFailure when the spec has errors or a change is refused; nothing was written then
     * @throws IOException when a file cannot be read or written, as for {@link #generate}
     */
    public GenerateOutcome generateStale(GenerationRequest request, OutputSettings output)
            throws GenerationFailure, IOException {
        return generate(request, output, false);
    }

    private GenerateOutcome generate(GenerationRequest request, OutputSettings output, boolean checkFirst)
            throws GenerationFailure, IOException {
        Path directory = output.outputDirectory();
        SpecSource.prepare(request, log);
        Map<String, String> settings = FingerprintSettings.of(request, output);
        String identity = KilnVersion.buildIdentity(target);
        Optional<Path> testKit = testKitDirectory(request, output);
        if (checkFirst && isUpToDate(request, output, Fingerprint.read(output.fingerprintFile()), settings, identity)) {
            sayUpToDate(directory);
            return new GenerateOutcome.UpToDate(directory);
        }
        LinkedSpec linked = linked(request);
        Fingerprint fingerprint = Fingerprint.of(settings, identity, request.spec(), linked.specTexts());
        String client = linked.api().clientName();
        Comparison comparison = compareWithLastGeneration(
                output,
                linked.snapshot(),
                new SdkOutput(request.basePackage(), client, output.recordedOutputDirectory(), List.of()));
        Optional<LastOutput> last = comparison.last();
        boolean moved = last.isPresent() && !last.get().isIn(directory);
        List<String> before =
                last.filter(l -> !moved).map(LastOutput::generated).orElse(List.of());
        OutputWriter writer = new OutputWriter();
        OutputSession session = writer.open(directory, request.basePackage(), before);
        generator.emit(linked.api(), request).emitEach(session::write);
        SyncReport sync = session.finish();
        List<String> files = new ArrayList<>(sync.written());
        files.addAll(sync.unchanged());
        SdkOutput sdk = new SdkOutput(request.basePackage(), client, output.recordedOutputDirectory(), files);
        log.info("Kiln: " + files.size() + " files in " + directory + " ("
                + sync.written().size() + " written, " + sync.unchanged().size() + " unchanged, "
                + sync.deleted().size() + " deleted)");
        List<Path> deletedFromOldDirectory = moved ? moveOut(writer, last.get(), directory, sdk) : List.of();
        if (testKit.isPresent()) {
            List<GeneratedFile> kitFiles = generator.emitTestKit(linked.api(), request);
            SyncReport kit = writer.write(testKit.get(), request.basePackage(), kitFiles);
            log.info("Kiln: the test kit's " + kitFiles.size() + " files in " + testKit.get() + " ("
                    + kit.written().size() + " written, " + kit.unchanged().size() + " unchanged, "
                    + kit.deleted().size() + " deleted)");
        }
        new GenerationRecord(comparison.versions(), linked.snapshot(), sdk).write(output.recordFile());
        fingerprint.write(output.fingerprintFile());
        return new GenerateOutcome.Written(
                directory, files.size(), sync, comparison.changes(), linked.warnings(), deletedFromOldDirectory);
    }

    /**
     * Tells whether a generation would find its output up to date, and so generate nothing: neither the spec (nor
     * any file read with it), the settings that shape the output or the verdict, nor Kiln changed since the last
     * generation, and the output directory still holds every file it wrote. Reads, and writes nothing.
     *
     * @param request what to generate
     * @param output where to write, what to keep, what to refuse
     * @return true when a generation would generate nothing
     * @throws IOException when a file cannot be read
     */
    public boolean isUpToDate(GenerationRequest request, OutputSettings output) throws IOException {
        return isUpToDate(
                request,
                output,
                Fingerprint.read(output.fingerprintFile()),
                FingerprintSettings.of(request, output),
                KilnVersion.buildIdentity(target));
    }

    /** What the up-to-date check made by {@link #checkHere} found. */
    public enum Staleness {
        /** Nothing to generate; said in the log. */
        UP_TO_DATE,
        /** The spec, a file read with it, the settings or Kiln changed, or the output is incomplete. */
        STALE,
        /** The spec is fetched from a URL: only fetching it again tells. */
        UNKNOWN_UNTIL_FETCHED
    }

    /**
     * What {@link #checkHere} found, and how large the spec is, for a front end choosing where to generate it.
     *
     * @param staleness up to date, stale, or not known until the spec is fetched
     * @param specBytes the bytes of the spec file and of every file the last generation read with it (those its
     *     fingerprint lists, as they are now), or of the spec file alone before a first generation: a spec split
     *     over many files weighs what they all weigh, a file it newly references from the build after; 0 for a spec
     *     at a URL, or a spec file that does not exist (generating says why)
     */
    public record UpToDateCheck(Staleness staleness, long specBytes) {}

    /**
     * Makes the up-to-date check {@link #generate} makes first, and says in the log as it would when the output is
     * up to date; a front end that generates elsewhere (in a JVM of its own) asks this first, so that an unchanged
     * spec costs no more there than here, and then has a stale output generated by {@link #generateStale}.
     *
     * @param request what to generate
     * @param output where to write, what to keep, what to refuse
     * @return what the check found, and the spec's size, from one reading of the last fingerprint
     * @throws IOException when a file cannot be read
     */
    public UpToDateCheck checkHere(GenerationRequest request, OutputSettings output) throws IOException {
        if (request.specSettings().remote().isPresent()) {
            return new UpToDateCheck(Staleness.UNKNOWN_UNTIL_FETCHED, 0);
        }
        Optional<Fingerprint> last = Fingerprint.read(output.fingerprintFile());
        long specBytes = last.isPresent() && last.get().isCurrentFormat()
                ? last.get().specBytes(request.spec())
                : Fingerprint.size(request.spec());
        if (!isUpToDate(
                request, output, last, FingerprintSettings.of(request, output), KilnVersion.buildIdentity(target))) {
            return new UpToDateCheck(Staleness.STALE, specBytes);
        }
        sayUpToDate(output.outputDirectory());
        return new UpToDateCheck(Staleness.UP_TO_DATE, specBytes);
    }

    private void sayUpToDate(Path directory) {
        log.info("Kiln: " + directory + " is up to date");
    }

    private static boolean isUpToDate(
            GenerationRequest request,
            OutputSettings output,
            Optional<Fingerprint> last,
            Map<String, String> settings,
            String identity)
            throws IOException {
        Optional<Path> testKit = testKitDirectory(request, output);
        return last.isPresent()
                && last.get().isCurrentFormat()
                && last.get().now(settings, identity, request.spec()).equals(last.get())
                && OutputWriter.isComplete(output.outputDirectory(), request.basePackage())
                && (testKit.isEmpty() || OutputWriter.isComplete(testKit.get(), request.basePackage()));
    }

    /** Deletes what the last generation wrote into the directory this execution no longer writes to, and says so. */
    private List<Path> moveOut(OutputWriter writer, LastOutput last, Path directory, SdkOutput now) throws IOException {
        Path base = directory.toAbsolutePath().normalize();
        Set<Path> keep =
                now.files().stream().map(file -> base.resolve(file).normalize()).collect(Collectors.toSet());
        List<String> deleted = writer.remove(last.directory(), last.generated(), keep);
        log.info("Kiln: the output directory moved from " + last.directory() + " to " + directory
                + (deleted.isEmpty()
                        ? ": nothing this execution generated is left in " + last.directory()
                        : ": deleted the " + deleted.size() + " files this execution had generated in "
                                + last.directory()));
        return deleted.stream().map(file -> last.directory().resolve(file)).toList();
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
        return check(request, directory, Optional.empty(), regenerateCommand);
    }

    /**
     * Checks that a directory holds exactly what the spec generates now, and another its test kit, generating in
     * memory. Writes nothing.
     *
     * @param request what to generate; its test kit is checked when it asks for one and a directory is given
     * @param directory the directory holding the checked-in SDK
     * @param testKitDirectory the directory holding the checked-in test kit, if one is checked
     * @param regenerateCommand the command the user runs to regenerate them, named when one is stale
     * @return how many files were compared, all current
     * @throws GenerationFailure when the spec has errors, or a directory differs (naming each file)
     * @throws IOException when a directory cannot be read
     */
    public int check(
            GenerationRequest request, Path directory, Optional<Path> testKitDirectory, String regenerateCommand)
            throws GenerationFailure, IOException {
        SpecSource.prepare(request, log);
        LinkedSpec linked = linked(request);
        OutputComparison comparison = new OutputComparison();
        List<String> differences = new ArrayList<>(
                comparison.differences(directory, request.basePackage(), generator.emit(linked.api(), request)));
        int compared = comparison.compared();
        if (request.testKit() && testKitDirectory.isPresent()) {
            List<GeneratedFile> kitFiles = generator.emitTestKit(linked.api(), request);
            differences.addAll(
                    new OutputComparison().differences(testKitDirectory.get(), request.basePackage(), kitFiles));
            compared += kitFiles.size();
        }
        if (!differences.isEmpty()) {
            throw new GenerationFailure(
                    GenerationFailure.Reason.STALE_OUTPUT,
                    "[KILN-STALE-OUTPUT] " + directory
                            + " is not what Kiln generates from " + request.specDisplayName() + " ("
                            + differences.size()
                            + " files differ):\n  " + String.join("\n  ", differences) + "\nRegenerate it with: "
                            + regenerateCommand);
        }
        log.info("Kiln: " + directory + " is current (" + compared + " files)");
        return compared;
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

    /** Loads and links the spec, logging its warnings; a broken spec fails with every problem, each logged. */
    private LinkedSpec linked(GenerationRequest request) throws GenerationFailure {
        try {
            LinkedSpec linked = generator.link(request);
            linked.warnings().forEach(warning -> log.warn(warning.format()));
            if (!request.operations().isEverything()) {
                log.info(leftOutLine(request.operations(), linked.api().leftOut()));
            }
            PagedOperations.lines(linked.api()).forEach(log::info);
            return linked;
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

    /**
     * The changes since the last generation, the version history to keep for the next, and what the last generation
     * wrote, when its record says.
     */
    private record Comparison(List<ApiChange> changes, VersionHistory versions, Optional<LastOutput> last) {}

    /** Reports the changes since the last generation and refuses them when asked to. */
    private Comparison compareWithLastGeneration(OutputSettings output, ApiSnapshot snapshot, SdkOutput sdk)
            throws GenerationFailure {
        Path recordFile = output.recordFile();
        String version = output.sdkVersion().orElse("");
        GenerationRecord.Reading reading = GenerationRecord.read(recordFile);
        if (reading instanceof GenerationRecord.Reading.Found found) {
            GenerationRecord record = found.record();
            List<ApiChange> changes = new ArrayList<>();
            record.writtenOutput().ifPresent(last -> changes.addAll(last.renamesTo(sdk)));
            changes.addAll(new ApiComparison().compare(record.api(), snapshot));
            report.log("the API changed since the last generation", changes);
            report.failOnBreaking(changes, output.failOnBreakingChange());
            VersionHistory versions = record.versions().next(version, VersionBump.requiredBy(changes));
            report.checkVersion(versions, output.checkVersionBump());
            return new Comparison(changes, versions, LastOutput.of(record, output));
        }
        if (reading instanceof GenerationRecord.Reading.Unreadable unreadable) {
            log.info("Kiln: no change report this time: the last generation's record " + recordFile.getFileName()
                    + " cannot be compared with (" + unreadable.reason() + "); it is replaced");
        }
        return new Comparison(List.of(), VersionHistory.first(version), Optional.empty());
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

    /** Where the test kit goes: nowhere unless the request asks for it and the output names a directory for it. */
    private static Optional<Path> testKitDirectory(GenerationRequest request, OutputSettings output) {
        return request.testKit() ? output.testKitDirectory() : Optional.empty();
    }
}
