package dev.kiln.bench;

import dev.kiln.emit.JavaTarget;
import dev.kiln.link.Linker;
import dev.kiln.spec.LoadedSpec;
import dev.kiln.spec.SpecLoader;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The part of a generation that runs on one thread, before the SDK's files are emitted on all of them: the load
 * (read, read limits, bundle, checks, swagger-parser) and the link, each timed by the CPU time of the calling thread
 * (which other processes on the machine sway far less than the wall time) and weighed by the bytes it allocates. The
 * least CPU time of the timed runs is kept, and the bytes of the last.
 */
final class SerialPhases {
    /**
     * One spec's load and link.
     *
     * @param spec the spec
     * @param runs timed runs
     * @param loadCpuMillis the least CPU time a load took
     * @param loadBytes the bytes the last load allocated
     * @param linkCpuMillis the least CPU time a link took
     * @param linkBytes the bytes the last link allocated
     */
    record Row(CorpusSpec spec, int runs, double loadCpuMillis, long loadBytes, double linkCpuMillis, long linkBytes) {}

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final int warmup;
    private final int runs;

    SerialPhases(int warmup, int runs) {
        this.warmup = warmup;
        this.runs = runs;
    }

    Row measure(CorpusSpec spec) {
        Samples load = new Samples();
        Samples link = new Samples();
        long loadBytes = 0;
        long linkBytes = 0;
        for (int i = 0; i < warmup + runs; i++) {
            long cpuStarted = threads.getCurrentThreadCpuTime();
            long bytesStarted = threads.getCurrentThreadAllocatedBytes();
            LoadedSpec loaded = new SpecLoader().load(spec.file(), spec.fileName());
            long cpuLoaded = threads.getCurrentThreadCpuTime();
            long bytesLoaded = threads.getCurrentThreadAllocatedBytes();
            new Linker(new JavaTarget().symbols()).link(loaded, "Client");
            long cpuLinked = threads.getCurrentThreadCpuTime();
            long bytesLinked = threads.getCurrentThreadAllocatedBytes();
            if (i >= warmup) {
                load.add((cpuLoaded - cpuStarted) / 1e6);
                link.add((cpuLinked - cpuLoaded) / 1e6);
                loadBytes = bytesLoaded - bytesStarted;
                linkBytes = bytesLinked - bytesLoaded;
            }
        }
        return new Row(spec, load.count(), load.min(), loadBytes, link.min(), linkBytes);
    }

    static String markdown(List<Row> rows) {
        MarkdownTable table = new MarkdownTable(
                "spec",
                "size (KiB)",
                "runs",
                "load CPU (ms)",
                "load allocated (MiB)",
                "link CPU (ms)",
                "link allocated (MiB)",
                "load + link CPU (ms)");
        for (Row row : rows) {
            table.row(
                    row.spec().fileName(),
                    row.spec().bytes() / 1024,
                    row.runs(),
                    Figures.millis(row.loadCpuMillis()),
                    Figures.mebibytes(row.loadBytes()),
                    Figures.millis(row.linkCpuMillis()),
                    Figures.mebibytes(row.linkBytes()),
                    Figures.millis(row.loadCpuMillis() + row.linkCpuMillis()));
        }
        return table.markdown();
    }
}
