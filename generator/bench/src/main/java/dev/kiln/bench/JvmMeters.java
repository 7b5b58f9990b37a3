package dev.kiln.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * What this JVM has spent so far: wall time, CPU time (all its threads, the JIT compiler's and the collector's
 * included, in the kernel too), and the JIT compiler's time. Read before and after a run, the difference is the run's.
 *
 * @param nanos wall time, from an arbitrary origin
 * @param cpuNanos the process's CPU time
 * @param compileMillis the JIT compiler's time summed over its threads; 0 where the JVM does not measure it
 */
record JvmMeters(long nanos, long cpuNanos, long compileMillis) {
    private static final OperatingSystemMXBean SYSTEM =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final CompilationMXBean COMPILER = ManagementFactory.getCompilationMXBean();

    /** {@return the meters now} */
    static JvmMeters now() {
        long compile = COMPILER != null && COMPILER.isCompilationTimeMonitoringSupported()
                ? COMPILER.getTotalCompilationTime()
                : 0;
        return new JvmMeters(System.nanoTime(), SYSTEM.getProcessCpuTime(), compile);
    }

    /** {@return nothing spent, to add runs' spendings to} */
    static JvmMeters zero() {
        return new JvmMeters(0, 0, 0);
    }

    /**
     * {@return this spending and another together}
     *
     * @param other another run's spending
     */
    JvmMeters plus(JvmMeters other) {
        return new JvmMeters(nanos + other.nanos, cpuNanos + other.cpuNanos, compileMillis + other.compileMillis);
    }

    /**
     * {@return what was spent since the earlier reading}
     *
     * @param earlier a reading taken before this one
     */
    JvmMeters since(JvmMeters earlier) {
        return new JvmMeters(nanos - earlier.nanos, cpuNanos - earlier.cpuNanos, compileMillis - earlier.compileMillis);
    }

    double millis() {
        return nanos / 1e6;
    }

    double cpuMillis() {
        return cpuNanos / 1e6;
    }
}
