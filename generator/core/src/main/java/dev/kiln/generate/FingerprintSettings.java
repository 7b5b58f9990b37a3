package dev.kiln.generate;

import dev.kiln.lifecycle.Fingerprint;
import dev.kiln.remote.RemoteSpec;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The settings that go into a generation's fingerprint: each one that shapes the output or the build's verdict, so
 * that changing any of them generates again instead of finding the output up to date. Written so that only a real
 * change changes them: absent is empty, maps sorted, the output directory named as the record names it.
 *
 * <p>Not here, each for a reason: the spec file, whose name and bytes (and those of every file read with it) the
 * fingerprint hashes itself; the spec's display name and the fingerprint file's place, which only say where and how
 * to tell the user; {@code failOnBreakingChange}, since a spec that did not change since the last generation has no
 * change to refuse. {@code FingerprintCoverageTest} fails when a request or output setting is added without a
 * decision here.
 */
final class FingerprintSettings {
    private FingerprintSettings() {}

    static Map<String, String> of(GenerationRequest request, OutputSettings output) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("basePackage", request.basePackage());
        settings.put("clientName", request.clientName().orElse(""));
        settings.put("maxDroppedPercent", Integer.toString(request.maxDroppedPercent()));
        settings.put("operations", request.operations().toString());
        settings.put("idempotencyHeader", request.idempotencyHeader().orElse(""));
        // Map.copyOf iterates in an order that changes from one JVM to the next: one setting per entry, sorted
        new TreeMap<>(request.pagination())
                .forEach((operation, style) -> settings.put("pagination " + operation, style));
        // the URL without its query, never a header: an unchanged spec at another URL is another spec
        settings.put(
                "remoteSpec",
                request.specSettings().remote().map(RemoteSpec::displayName).orElse(""));
        settings.put("specChecksum", request.specSettings().sha256().orElse(""));
        settings.put("specLimits", request.specSettings().limits().toString());
        List<Path> overlays = request.specSettings().overlays();
        for (int i = 0; i < overlays.size(); i++) {
            // which overlay, in which order; its bytes are hashed with the spec's files, as it was read with them
            settings.put("overlay " + i, Fingerprint.nameBeside(request.spec(), overlays.get(i)));
        }
        settings.put("mappings", request.mappings().toString());
        settings.put("names", request.names().toString());
        settings.put("outputDirectory", output.recordedOutputDirectory());
        settings.put("sdkVersion", output.sdkVersion().orElse(""));
        settings.put("checkVersionBump", Boolean.toString(output.checkVersionBump()));
        // the test kit's folder only when one is written, so that builds without a test kit keep their fingerprints
        if (request.testKit()) {
            output.testKitDirectory().ifPresent(kit -> settings.put("testKitDirectory", output.recorded(kit)));
        }
        return settings;
    }
}
