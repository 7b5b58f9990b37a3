package dev.kiln.maven;

import dev.kiln.generate.GenerationFailure;
import dev.kiln.generate.GenerationRequest;
import dev.kiln.generate.OptionNames;
import dev.kiln.generate.WrittenSettings;
import java.nio.file.Path;
import java.util.List;

/**
 * The settings a goal's parameters make, as plain values resolved in the build (the spec's file, a remote spec's
 * credentials): what {@link #request()} turns into the generation's request, in Maven's JVM or, sent as JSON, in a
 * JVM of the generation's own ({@link ForkedGeneration}).
 *
 * @param spec the spec file; {@code null} when the spec is fetched from a URL
 * @param specDisplayName how to name the spec in messages
 * @param remote where and how a remote spec is fetched; {@code null} for a spec on disk
 * @param basePackage the SDK's base package
 * @param clientName the client's name; {@code null} to take it from the spec's title
 * @param maxDroppedPercent the share of operations that may lose something
 * @param includeOperations the selectors of the operations to generate
 * @param excludeOperations the selectors of the operations to leave out
 * @param idempotencyHeader the header of idempotency keys; {@code null} for the spec's
 * @param pagination the paging styles named per operation
 * @param specLimits the read limits changed
 * @param specChecksum the spec's pinned SHA-256
 * @param overlays the overlays applied to the spec, in order
 * @param typeMappings the classes types and formats map to
 * @param schemaMappings the classes schemas map to
 * @param names the names given in place of Kiln's
 * @param testKit whether the test kit is generated too
 */
record GoalSettings(
        Path spec,
        String specDisplayName,
        WrittenSettings.Remote remote,
        String basePackage,
        String clientName,
        int maxDroppedPercent,
        List<String> includeOperations,
        List<String> excludeOperations,
        String idempotencyHeader,
        List<String> pagination,
        List<String> specLimits,
        String specChecksum,
        List<Path> overlays,
        List<String> typeMappings,
        List<String> schemaMappings,
        List<String> names,
        boolean testKit) {
    /** The switches a refusal names, as a Maven user types them. */
    static final OptionNames SWITCHES =
            new OptionNames("-Dkiln.failOnBreakingChange=true", "-Dkiln.checkVersionBump=true");

    /**
     * The request these settings make.
     *
     * @return the request
     * @throws GenerationFailure when a setting cannot be used
     */
    GenerationRequest request() throws GenerationFailure {
        return new WrittenSettings()
                .spec(spec, specDisplayName)
                .remote(remote)
                .basePackage(basePackage)
                .clientName(clientName)
                .maxDroppedPercent(maxDroppedPercent)
                .operations(includeOperations, excludeOperations)
                .idempotencyHeader(idempotencyHeader)
                .pagination(pagination)
                .specLimits(specLimits)
                .specChecksum(specChecksum)
                .overlays(overlays)
                .mappings(typeMappings, schemaMappings)
                .names(names)
                .testKit(testKit)
                .request();
    }
}
