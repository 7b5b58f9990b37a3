package dev.kiln.generate;

import dev.kiln.link.Mappings;
import dev.kiln.link.OperationSelection;
import dev.kiln.remote.EnvironmentHeaders;
import dev.kiln.remote.RemoteSpec;
import dev.kiln.spec.ReadLimits;
import dev.kiln.spec.SpecSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A generation's settings as a front end takes them from its user: text that may be blank or left out. Every front
 * end turns them into a {@link GenerationRequest} here, so the goals and the command line read them alike.
 *
 * @param spec the spec file, found by the front end
 * @param specDisplayName how to name the spec in messages
 * @param basePackage the SDK's base package
 * @param clientName the client's name; blank or {@code null} names it from the spec's title
 * @param maxDroppedPercent the share of operations that may lose a part before the build fails
 * @param include the selectors of the operations to generate; empty or {@code null} for every one
 * @param exclude the selectors of the operations to leave out; empty or {@code null} for none
 * @param idempotencyHeader the header that carries an idempotency key; blank or {@code null} for none
 * @param pagination the paging styles named per operation; empty or {@code null} for the recognised ones
 * @param specLimits the read limits raised or lowered, each {@code aliases=200} ...; empty or {@code null} for the
 *     defaults
 * @param remote where a remote spec is fetched from, and how; {@code null} for a spec on disk ({@code spec}
 *     is then ignored)
 * @param specChecksum the SHA-256 the spec must have ({@code sha256:<hex>}); blank or {@code null} for any
 * @param overlays the OpenAPI Overlay files applied to the spec, in order; empty or {@code null} for none
 * @param typeMappings each {@code <type or format>=<class>}, such as {@code date-time=java.time.Instant}; empty or
 *     {@code null} for none
 * @param schemaMappings each {@code <schema>=<class>}, such as {@code Money=com.acme.Money}; empty or {@code null}
 *     for none
 * @param testKit whether to generate the SDK's test kit too
 */
public record WrittenSettings(
        Path spec,
        String specDisplayName,
        String basePackage,
        String clientName,
        int maxDroppedPercent,
        List<String> include,
        List<String> exclude,
        String idempotencyHeader,
        List<String> pagination,
        List<String> specLimits,
        Remote remote,
        String specChecksum,
        List<Path> overlays,
        List<String> typeMappings,
        List<String> schemaMappings,
        boolean testKit) {

    /**
     * Settings without the test kit.
     *
     * @param spec the spec file
     * @param specDisplayName how to name the spec in messages
     * @param basePackage the SDK's base package
     * @param clientName the client's name
     * @param maxDroppedPercent the share of operations that may lose a part
     * @param include the selectors of the operations to generate
     * @param exclude the selectors of the operations to leave out
     * @param idempotencyHeader the header that carries an idempotency key
     * @param pagination the paging styles named per operation
     * @param specLimits the read limits raised or lowered
     * @param remote where a remote spec is fetched from, and how
     * @param specChecksum the SHA-256 the spec must have
     * @param overlays the OpenAPI Overlay files applied to the spec, in order
     * @param typeMappings each {@code <type or format>=<class>}
     * @param schemaMappings each {@code <schema>=<class>}
     */
    public WrittenSettings(
            Path spec,
            String specDisplayName,
            String basePackage,
            String clientName,
            int maxDroppedPercent,
            List<String> include,
            List<String> exclude,
            String idempotencyHeader,
            List<String> pagination,
            List<String> specLimits,
            Remote remote,
            String specChecksum,
            List<Path> overlays,
            List<String> typeMappings,
            List<String> schemaMappings) {
        this(
                spec,
                specDisplayName,
                basePackage,
                clientName,
                maxDroppedPercent,
                include,
                exclude,
                idempotencyHeader,
                pagination,
                specLimits,
                remote,
                specChecksum,
                overlays,
                typeMappings,
                schemaMappings,
                false);
    }

    /**
     * Tells whether a spec setting names a remote spec rather than a file.
     *
     * @param spec the setting as the user wrote it
     * @return true for an {@code http:} or {@code https:} URL
     */
    public static boolean isUrl(String spec) {
        return RemoteSpec.isUrl(spec);
    }

    /**
     * Reads the headers a remote spec is fetched with as the command line takes them, each value from an environment
     * variable ({@code Authorization=env:SPEC_TOKEN}), never from the command line itself.
     *
     * @param written each {@code <header>=env:<VARIABLE>}
     * @param environment the value of an environment variable, or null when it is not set
     * @return each header's value, by name
     * @throws IllegalArgumentException naming an entry not written so, or a variable that is not set
     */
    public static Map<String, String> environmentHeaders(List<String> written, UnaryOperator<String> environment) {
        return EnvironmentHeaders.parse(written, environment);
    }

    /**
     * A remote spec's settings as a front end takes them.
     *
     * @param url the spec's URL, {@code http:} or {@code https:}
     * @param headers the headers each request to its server carries (credentials, taken by the front end from a
     *     server of Maven's settings or an environment variable); never logged
     * @param cacheDirectory where the fetched files are kept
     * @param offline whether to read only the cache
     * @param timeoutSeconds how long to wait for a connection and an answer; 0 or less for the default
     */
    public record Remote(
            String url, Map<String, String> headers, Path cacheDirectory, boolean offline, int timeoutSeconds) {
        RemoteSpec spec() {
            return new RemoteSpec(
                    RemoteSpec.parse(url),
                    headers == null ? Map.of() : headers,
                    cacheDirectory,
                    offline,
                    timeoutSeconds > 0 ? Duration.ofSeconds(timeoutSeconds) : RemoteSpec.DEFAULT_TIMEOUT);
        }

        /** The URL and the headers' names, never their values. */
        @Override
        public String toString() {
            return "Remote[" + url + ", headers " + (headers == null ? "[]" : headers.keySet()) + "]";
        }
    }

    /**
     * Returns the request these settings make.
     *
     * @return the request
     * @throws GenerationFailure {@code KILN-BAD-SETTING}, naming a setting Kiln cannot use (a package that is no Java
     *     name, a selector or paging style it cannot read ...) and why
     */
    public GenerationRequest request() throws GenerationFailure {
        return GenerationRequest.checked(() -> {
            Optional<RemoteSpec> fetched = Optional.ofNullable(remote).map(Remote::spec);
            return new GenerationRequest(
                    fetched.map(RemoteSpec::localRoot).orElse(spec),
                    fetched.map(RemoteSpec::displayName).orElse(specDisplayName),
                    basePackage,
                    given(clientName),
                    maxDroppedPercent,
                    OperationSelection.parse(listed(include), listed(exclude)),
                    given(idempotencyHeader),
                    PagingSettings.parse(listed(pagination)),
                    new SpecSettings(
                            ReadLimits.parse(listed(specLimits)),
                            fetched,
                            given(specChecksum),
                            overlays == null ? List.of() : overlays),
                    Mappings.parse(listed(typeMappings), listed(schemaMappings)),
                    testKit);
        });
    }

    private static Optional<String> given(String text) {
        return Optional.ofNullable(text).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static List<String> listed(List<String> texts) {
        return texts == null ? List.of() : texts;
    }
}
