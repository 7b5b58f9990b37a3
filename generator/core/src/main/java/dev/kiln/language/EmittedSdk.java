package dev.kiln.language;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of an SDK, in memory.
 *
 * @param files every file, sorted by path
 * @param schemaTypes the qualified (binary) name of the type each top-level component schema became, by the
 *     schema's name
 */
public record EmittedSdk(List<GeneratedFile> files, Map<String, String> schemaTypes) {
    public EmittedSdk {
        files = List.copyOf(files);
        schemaTypes = Collections.unmodifiableMap(new LinkedHashMap<>(schemaTypes));
    }
}
