package dev.kiln.bench;

import dev.kiln.emit.JavaTarget;
import dev.kiln.generate.KilnVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The no-op rebuild: generate once in a JVM of its own (output and fingerprint), then time the up-to-date check that a second
 * {@code kiln:generate} on the unchanged spec does instead of generating, both warm in this JVM (median) and
 * first in a fresh JVM (class loading included), and count the files it touched. Each check hashes Kiln's own
 * jar ({@code KilnVersion.buildIdentity}) as well as the spec; that part is timed on its own beside it.
 */
final class NoOpRebuild {
    /**
     * One spec's no-op rebuild.
     *
     * @param spec the spec
     * @param runs warm checks timed
     * @param warmMedianMillis their median
     * @param identityMedianMillis the median of hashing Kiln's own code alone, a part of every check
     * @param firstCheckMillis the first check in a fresh JVM, -1 when that run failed
     * @param filesTouched files that changed, appeared or disappeared during all the checks
     */
    record Row(
            CorpusSpec spec,
            int runs,
            double warmMedianMillis,
            double identityMedianMillis,
            double firstCheckMillis,
            int filesTouched) {}

    private final int warmup;
    private final int runs;
    private final Path work;

    NoOpRebuild(int warmup, int runs, Path work) {
        this.warmup = warmup;
        this.runs = runs;
        this.work = work;
    }

    Row measure(CorpusSpec spec) throws Exception {
        Path root = Directories.fresh(work.resolve("noop").resolve(spec.name()));
        Path output = root.resolve("generated-sources");
        Path fingerprintFile = root.resolve("kiln").resolve("default.fingerprint");
        // generated in a JVM of its own, so that this one has no compilation or collection of it going on beside
        // the fresh JVM's first check on a machine of few cores
        List<String> files =
                List.of(spec.file().toAbsolutePath().toString(), output.toString(), fingerprintFile.toString());
        ChildProcess.Outcome generated = child(UpToDateCheck.GENERATE, files, spec.name() + "-generate.log");
        if (generated.exitCode() != 0) {
            throw new IllegalStateException(
                    "Kiln could not generate " + spec.fileName() + " for the no-op rebuild: " + generated.output());
        }
        UpToDateCheck check = new UpToDateCheck(spec.file(), output, fingerprintFile);
        Map<String, String> before = FileStamps.of(root);

        ChildProcess.Outcome fresh = child(UpToDateCheck.CHECK, files, spec.name() + "-first-check.log");
        double firstCheckMillis = fresh.exitCode() != 0
                ? -1
                : fresh.output()
                        .lines()
                        .filter(line -> line.startsWith(UpToDateCheck.FIRST_CHECK_PREFIX))
                        .mapToDouble(line -> Long.parseLong(line.substring(UpToDateCheck.FIRST_CHECK_PREFIX.length())
                                        .strip())
                                / 1e6)
                        .findFirst()
                        .orElse(-1);

        Samples samples = new Samples();
        Samples identity = new Samples();
        for (int i = 0; i < warmup + runs; i++) {
            long identityStarted = System.nanoTime();
            KilnVersion.buildIdentity(new JavaTarget());
            double identityMillis = (System.nanoTime() - identityStarted) / 1e6;
            long started = System.nanoTime();
            boolean upToDate = check.isUpToDate();
            double millis = (System.nanoTime() - started) / 1e6;
            if (!upToDate) {
                throw new IllegalStateException(
                        "Kiln's output of " + spec.fileName() + " is not up to date right after generating it");
            }
            if (i >= warmup) {
                samples.add(millis);
                identity.add(identityMillis);
            }
        }
        int touched = FileStamps.changed(before, FileStamps.of(root));
        return new Row(spec, samples.count(), samples.median(), identity.median(), firstCheckMillis, touched);
    }

    private ChildProcess.Outcome child(String mode, List<String> files, String log) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(mode));
        arguments.addAll(files);
        return ChildProcess.run(
                ChildProcess.java(List.of(), UpToDateCheck.class.getName(), arguments),
                work.resolve("noop").resolve(log));
    }

    static String markdown(List<Row> rows) {
        MarkdownTable table = new MarkdownTable(
                "spec",
                "size (KiB)",
                "warm checks",
                "warm check median (ms)",
                "of which hashing Kiln's own code (ms)",
                "first check in a fresh JVM (ms)",
                "files touched");
        for (Row row : rows) {
            table.row(
                    row.spec().fileName(),
                    row.spec().bytes() / 1024,
                    row.runs(),
                    Figures.millis(row.warmMedianMillis()),
                    Figures.millis(row.identityMedianMillis()),
                    row.firstCheckMillis() < 0 ? "failed" : Figures.millis(row.firstCheckMillis()),
                    row.filesTouched());
        }
        return table.markdown();
    }
}
