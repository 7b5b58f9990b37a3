package dev.kiln.write;

import java.util.List;

/**
 * What writing an SDK changed in its output directory.
 *
 * @param written files created or rewritten, because their bytes changed
 * @param unchanged files left alone, byte-identical already
 * @param deleted files Kiln generated before and no longer does
 */
public record SyncReport(List<String> written, List<String> unchanged, List<String> deleted) {
    public SyncReport {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        deleted = List.copyOf(deleted);
    }
}
