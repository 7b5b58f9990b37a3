package dev.kiln.generate;

import dev.kiln.emit.GeneratedFile;
import dev.kiln.problems.Problem;
import java.util.List;

/**
 * A generated SDK, in memory.
 *
 * @param files every file, sorted by path
 * @param warnings what the spec holds that Kiln could not express exactly; each is also visible in the output
 */
public record GenerationResult(List<GeneratedFile> files, List<Problem> warnings) {
    public GenerationResult {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
