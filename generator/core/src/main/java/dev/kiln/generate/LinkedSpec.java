package dev.kiln.generate;

import dev.kiln.ir.Api;
import dev.kiln.lifecycle.ApiSnapshot;
import dev.kiln.problems.Problem;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A spec read and linked, with what the rest of a generation needs of it and nothing more: the parsed document and
 * the files' trees are left behind, so they are not held while the SDK is emitted.
 *
 * @param api the linked API
 * @param snapshot the API as its callers see it, for comparing one generation with the next
 * @param warnings what the spec holds that Kiln could not express exactly
 * @param specTexts each file the spec was read from, by its absolute path, with its text as read, in read order (the
 *     spec first): what the SDK depends on
 */
record LinkedSpec(Api api, ApiSnapshot snapshot, List<Problem> warnings, Map<Path, String> specTexts) {
    LinkedSpec {
        warnings = List.copyOf(warnings);
        specTexts = Collections.unmodifiableMap(new LinkedHashMap<>(specTexts));
    }
}
