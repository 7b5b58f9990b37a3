package dev.kiln.generate;

import dev.kiln.ir.Api;
import dev.kiln.language.GeneratedFile;
import dev.kiln.problems.Problem;
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
 * @param testKitFiles the files of the SDK's test kit, sorted by path; empty when the request did not ask for it
 */
public record GenerationResult(
        List<GeneratedFile> files,
        List<Problem> warnings,
        Map<String, String> schemaClasses,
        Api api,
        List<GeneratedFile> testKitFiles) {
    public GenerationResult {
        files = List.copyOf(files);
        testKitFiles = List.copyOf(testKitFiles);
        warnings = List.copyOf(warnings);
        schemaClasses = Collections.unmodifiableMap(new LinkedHashMap<>(schemaClasses));
    }
}
