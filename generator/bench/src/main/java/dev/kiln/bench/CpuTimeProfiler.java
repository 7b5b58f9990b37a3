package dev.kiln.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The CPU time the benchmark's JVM spent per operation ({@code cpu.time.norm}, ns/op), its compiler and collector
 * threads included: on a machine other processes share, throughput falls when they take the cores, while the CPU
 * time an operation costs holds, so it compares kinds of model measured at different moments.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    private final OperatingSystemMXBean system = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long start;

    @Override
    public String getDescription() {
        return "CPU time of the JVM per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        start = system.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        long used = system.getProcessCpuTime() - start;
        long operations = result.getMetadata().getAllOps();
        return operations == 0
                ? List.of()
                : List.of(
                        new ScalarResult("cpu.time.norm", (double) used / operations, "ns/op", AggregationPolicy.AVG));
    }
}
