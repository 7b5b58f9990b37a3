package dev.kiln.generate;

import dev.kiln.lifecycle.ApiChange;
import dev.kiln.problems.Problem;
import dev.kiln.write.SyncReport;
import java.nio.file.Path;
import java.util.List;

/** What {@link Generation#generate} did to the output directory. */
public sealed interface GenerateOutcome {
    /** The output directory. */
    Path outputDirectory();

    /**
     * Nothing the output depends on changed since the last generation, and every file it wrote is still there: no
     * file was generated, written or touched.
     *
     * @param outputDirectory the output directory
     */
    record UpToDate(Path outputDirectory) implements GenerateOutcome {}

    /**
     * The SDK was generated and written.
     *
     * @param outputDirectory the output directory
     * @param files how many files the SDK has
     * @param sync which files were written, left as they were, or deleted
     * @param changes the API's changes since the last generation, in report order; empty on a first generation
     * @param warnings the spec's warnings
     * @param deletedFromOldDirectory when the output directory changed since the last generation, the files this
     *     execution had generated in the old one, deleted from it; empty otherwise
     */
    record Written(
            Path outputDirectory,
            int files,
            SyncReport sync,
            List<ApiChange> changes,
            List<Problem> warnings,
            List<Path> deletedFromOldDirectory)
            implements GenerateOutcome {
        /** Copies the lists. */
        public Written {
            changes = List.copyOf(changes);
            warnings = List.copyOf(warnings);
            deletedFromOldDirectory = List.copyOf(deletedFromOldDirectory);
        }
    }
}
