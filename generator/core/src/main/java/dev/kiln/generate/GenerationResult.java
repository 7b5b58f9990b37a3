package dev.kiln.generate;

import dev.kiln.ir.Api;
import dev.kiln.language.GeneratedFile;
import dev.kiln.lifecycle.ApiSnapshot;
import dev.kiln.problems.Problem;
import dev.kiln.spec.SpecFile;
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
 * @param specFiles every file the spec was read from, the spec first, as read: what the SDK depends on
 * @param testKitFiles the files of the SDK's test kit, sorted by path; empty when the request did not ask for it
 */
public record GenerationResult(
        List<GeneratedFile> files,
        List<Problem> warnings,
        Map<String, String> schemaClasses,
        Api api,
        ApiSnapshot snapshot,
        List<SpecFile> specFiles,
        List<GeneratedFile> testKitFiles) {
    public GenerationResult {
        files = List.copyOf(files);
        specFiles = List.copyOf(specFiles);
        testKitFiles = List.copyOf(testKitFiles);
        warnings = List.copyOf(warnings);
        schemaClasses = Collections.unmodifiableMap(new LinkedHashMap<>(schemaClasses));
    }

    /** {@return each file the spec was read from, by its absolute path, with its text as read, in read order} */
    public Map<Path, String> specTexts() {
        Map<Path, String> texts = new LinkedHashMap<>();
        specFiles.forEach(file -> texts.put(file.path(), file.text()));
        return texts;
    }
}
