package dev.kiln.generate;

import dev.kiln.ir.Api;
import dev.kiln.language.GeneratedFile;
import dev.kiln.lifecycle.ApiSnapshot;
import dev.kiln.problems.Problem;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated SDK, in memory.
 *
 * @param files every file, sorted by path
 * @param warnings what the spec holds that Kiln could not express exactly; each is also visible in the output
 * @param schemaClasses the binary name of the class generated for each component schema that became a type
 * @param api the API the files were emitted from
 * @param snapshot the API as its callers see it, for comparing one generation with the next
 * @param specTexts each file the spec was read from, by its absolute path, with its text as read, in read order (the
 *     spec first): what the SDK depends on
 * @param testKitFiles the files of the SDK's test kit, sorted by path; empty when the request did not ask for it
 */
public record GenerationResult(
        List<GeneratedFile> files,
        List<Problem> warnings,
        Map<String, String> schemaClasses,
        Api api,
        ApiSnapshot snapshot,
        Map<Path, String> specTexts,
        List<GeneratedFile> testKitFiles) {
    public GenerationResult {
        files = List.copyOf(files);
        specTexts = Collections.unmodifiableMap(new LinkedHashMap<>(specTexts));
        testKitFiles = List.copyOf(testKitFiles);
        warnings = List.copyOf(warnings);
        schemaClasses = Collections.unmodifiableMap(new LinkedHashMap<>(schemaClasses));
    }
}
