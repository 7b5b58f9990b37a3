package dev.kiln.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** This process's peak resident memory so far, from the kernel ({@code VmHWM} of {@code /proc/self/status}). */
final class PeakMemory {
    private PeakMemory() {}

    /** The peak resident set in bytes, or -1 where the kernel does not say (not Linux). */
    static long ofThisProcess() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            // no /proc: unknown
        }
        return -1;
    }
}
