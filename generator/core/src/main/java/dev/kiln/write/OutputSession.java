package dev.kiln.write;

import dev.kiln.language.GeneratedFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One SDK's output directory being brought up to date a file at a time ({@link OutputWriter#open}): each file is
 * compared with the one on disk and written, in one step, only when its bytes differ, as soon as it is given;
 * {@link #finish()} then deletes what the SDK generated before and no longer does, and writes its manifest last.
 */
public final class OutputSession {
    private final OutputDirectory output;
    private final String manifestName;
    private final Set<String> previous;
    private final PathConflicts conflicts = new PathConflicts();
    private final Set<String> current = new HashSet<>();
    private final List<String> written = new ArrayList<>();
    private final List<String> unchanged = new ArrayList<>();

    OutputSession(OutputDirectory output, String manifestName, Set<String> previous) {
        this.output = output;
        this.manifestName = manifestName;
        this.previous = previous;
        current.add(manifestName);
    }

    /**
     * Writes one file of the SDK unless the directory holds its bytes already.
     *
     * @param file the file
     * @throws IOException when it cannot be written, or would land outside the directory or where another file's
     *     path runs through (then it is not written)
     */
    public void write(GeneratedFile file) throws IOException {
        Path target = output.resolve(file.relativePath());
        conflicts.add(target);
        current.add(file.relativePath());
        if (OutputWriter.replace(output, target, file.content())) {
            written.add(file.relativePath());
        } else {
            unchanged.add(file.relativePath());
        }
    }

    /**
     * Deletes the files the SDK generated before and was not given now, and writes its manifest: the files given.
     *
     * @return what changed: the files written and left alone in the order given, the files deleted by path
     * @throws IOException when a file cannot be deleted or the manifest written
     */
    public SyncReport finish() throws IOException {
        List<String> deleted = new ArrayList<>();
        for (String stale : previous.stream().sorted().toList()) {
            if (!current.contains(stale) && OutputWriter.deleteStale(output, stale)) {
                deleted.add(stale);
            }
        }
        List<String> files = new ArrayList<>(written);
        files.addAll(unchanged);
        OutputWriter.replace(output, output.resolve(manifestName), OutputWriter.manifestOf(files));
        return new SyncReport(written, unchanged, deleted);
    }
}
