package dev.kiln.maven;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.kiln.generate.Generation;
import dev.kiln.generate.GenerationFailure;
import dev.kiln.generate.GenerationRequest;
import dev.kiln.generate.OutputSettings;
import dev.kiln.generate.WrittenSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a goal asks of a generation in a JVM of its own, sent to it as one line of JSON on its standard input: the
 * goal's settings, and either where {@code kiln:generate} writes or what {@code kiln:check} compares.
 *
 * @param settings the goal's settings
 * @param output where to generate; {@code null} for a check
 * @param knownStale whether the build found the output stale ({@link Generation#checkHere}), so that the generation
 *     does not check again
 * @param check what to check; {@code null} for a generation
 * @param network the build's system properties that say how a remote spec is fetched ({@link #NETWORK}), set in the
 *     generation's JVM before it starts: sent here, not on its command line, where another user could read a
 *     password
 */
record ForkOrder(
        WrittenSettings settings, OutputSettings output, boolean knownStale, Check check, Map<String, String> network) {
    /**
     * The system properties a fetch through {@code java.net.http} reads: proxies, and the stores that hold the
     * certificates a TLS connection trusts and presents (a company's own authority, say), which a build may set in
     * {@code MAVEN_OPTS} or {@code .mvn/jvm.config}.
     */
    static final List<String> NETWORK = List.of(
            "http.proxyHost",
            "http.proxyPort",
            "https.proxyHost",
            "https.proxyPort",
            "http.nonProxyHosts",
            "socksProxyHost",
            "socksProxyPort",
            "java.net.useSystemProxies",
            "jdk.http.auth.tunneling.disabledSchemes",
            "javax.net.ssl.trustStore",
            "javax.net.ssl.trustStorePassword",
            "javax.net.ssl.trustStoreType",
            "javax.net.ssl.keyStore",
            "javax.net.ssl.keyStorePassword",
            "javax.net.ssl.keyStoreType");

    /** Keeps a copy of the network properties. */
    ForkOrder {
        network = Map.copyOf(network);
    }

    /**
     * What {@code kiln:check} compares.
     *
     * @param directory the directory holding the checked-in SDK
     * @param testKitDirectory the directory holding the checked-in test kit, if one is checked
     * @param regenerateCommand the command named when the SDK is stale
     */
    record Check(Path directory, Optional<Path> testKitDirectory, String regenerateCommand) {}

    /**
     * A generation.
     *
     * @param settings the goal's settings
     * @param output where to write
     * @param staleness what the build's up-to-date check found: a stale output is not checked again
     */
    static ForkOrder generate(WrittenSettings settings, OutputSettings output, Generation.Staleness staleness) {
        return new ForkOrder(settings, output, staleness == Generation.Staleness.STALE, null, networkHere());
    }

    static ForkOrder check(
            WrittenSettings settings, Path directory, Optional<Path> testKitDirectory, String regenerateCommand) {
        return new ForkOrder(
                settings, null, false, new Check(directory, testKitDirectory, regenerateCommand), networkHere());
    }

    /** This JVM's values of the {@link #NETWORK} properties it sets. */
    private static Map<String, String> networkHere() {
        Map<String, String> set = new TreeMap<>();
        for (String key : NETWORK) {
            String value = System.getProperty(key);
            if (value != null) {
                set.put(key, value);
            }
        }
        return set;
    }

    /** Runs the order here: generates, or checks. */
    void run(Generation generation) throws GenerationFailure, IOException {
        run(generation, settings.request());
    }

    /**
     * Runs the order here with the request its settings make, when the caller has made it already.
     *
     * @param generation the generation to run
     * @param request {@code settings().request()}
     */
    void run(Generation generation, GenerationRequest request) throws GenerationFailure, IOException {
        if (check != null) {
            generation.check(request, check.directory(), check.testKitDirectory(), check.regenerateCommand());
        } else if (knownStale) {
            generation.generateStale(request, output);
        } else {
            generation.generate(request, output);
        }
    }

    /** The order as the generation's JVM reads it: one line of JSON. */
    String json() {
        try {
            return ForkLine.JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the generation's order could not be written as JSON", e);
        }
    }

    /** The order read back from its line. */
    static ForkOrder read(String line) throws IOException {
        return ForkLine.JSON.readValue(line, ForkOrder.class);
    }
}
