package dev.kiln.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.link.Mappings;
import dev.kiln.spec.ReadLimits;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The settings a fingerprint hashes are written so that only a real change changes them. */
class FingerprintSettingsTest {
    private static final OutputSettings OUTPUT = new OutputSettings(
            Path.of("project/target/generated-sources/kiln"),
            Path.of("project/target/kiln/default.fingerprint"),
            Optional.of("1.0.0"),
            false,
            true);

    private static GenerationRequest request(Map<String, String> pagination) {
        return GenerationRequest.builder(Path.of("project/pets.yaml"), "pets.yaml", "com.example.pets")
                .maxDroppedPercent(5)
                .pagination(pagination)
                .build();
    }

    @Test
    void eachPagingStyleIsASettingOfItsOwnSoTheOrderOfTheEntriesCannotMatter() throws Exception {
        // Map.copyOf, which the request keeps them in, iterates in an order that changes from one JVM to the next
        Map<String, String> styles = new LinkedHashMap<>();
        for (String operation : List.of("listF", "listA", "listD", "listB", "listE", "listC")) {
            styles.put(operation, "none");
        }

        Map<String, String> settings = FingerprintSettings.of(request(styles), OUTPUT);

        assertEquals(
                List.of(
                        "pagination listA",
                        "pagination listB",
                        "pagination listC",
                        "pagination listD",
                        "pagination listE",
                        "pagination listF"),
                settings.keySet().stream()
                        .filter(key -> key.startsWith("pagination"))
                        .toList());
    }

    @Test
    void everySettingIsWrittenOutAbsentOnesAsEmpty() throws Exception {
        assertEquals(
                Map.ofEntries(
                        Map.entry("basePackage", "com.example.pets"),
                        Map.entry("clientName", ""),
                        Map.entry("maxDroppedPercent", "5"),
                        Map.entry("operations", ""),
                        Map.entry("idempotencyHeader", ""),
                        Map.entry("remoteSpec", ""),
                        Map.entry("specChecksum", ""),
                        Map.entry("specLimits", ReadLimits.DEFAULT.toString()),
                        Map.entry("mappings", Mappings.NONE.toString()),
                        Map.entry("names", ""),
                        Map.entry("outputDirectory", "../generated-sources/kiln"),
                        Map.entry("sdkVersion", "1.0.0"),
                        Map.entry("checkVersionBump", "true")),
                FingerprintSettings.of(request(Map.of()), OUTPUT));
    }
}
