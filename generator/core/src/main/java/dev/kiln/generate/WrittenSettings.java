package dev.kiln.generate;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import dev.kiln.link.Mappings;
import dev.kiln.link.NameOverrides;
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
 * A generation's settings as a front end takes them from its user: text that may be blank or left out, set one by
 * one, each by its name. Every front end turns them into a {@link GenerationRequest} here ({@link #request()}), so the
 * goals and the command line read them alike. A setting left unset has its default: every operation, the spec's own
 * names, no mapping, no overlay, the default read limits, no test kit. Written as JSON, field by field, they are what
 * a goal sends to a generation in a JVM of its own.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE,
        setterVisibility = Visibility.NONE)
public final class WrittenSettings {
    private Path spec;
    private String specDisplayName;
    private Remote remote;
    private String basePackage;
    private String clientName;
    private int maxDroppedPercent = GenerationRequest.DEFAULT_MAX_DROPPED_PERCENT;
    private List<String> include;
    private List<String> exclude;
    private String idempotencyHeader;
    private List<String> pagination;
    private List<String> specLimits;
    private String specChecksum;
    private List<Path> overlays;
    private List<String> typeMappings;
    private List<String> schemaMappings;
    private List<String> names;
    private boolean testKit;

    /**
     * The spec, a file on disk.
     *
     * @param file the spec file, found by the front end
     * @param displayName how to name the spec in messages
     * @return these settings
     */
    public WrittenSettings spec(Path file, String displayName) {
        this.spec = file;
        this.specDisplayName = displayName;
        return this;
    }

    /**
     * The spec, fetched from a URL; wins over a file.
     *
     * @param remote where the spec is fetched from, and how; {@code null} for a spec on disk
     * @return these settings
     */
    public WrittenSettings remote(Remote remote) {
        this.remote = remote;
        return this;
    }

    /**
     * The SDK's base package.
     *
     * @param basePackage the SDK's base package
     * @return these settings
     */
    public WrittenSettings basePackage(String basePackage) {
        this.basePackage = basePackage;
        return this;
    }

    /**
     * The client's name.
     *
     * @param clientName the client's name; blank or {@code null} names it from the spec's title
     * @return these settings
     */
    public WrittenSettings clientName(String clientName) {
        this.clientName = clientName;
        return this;
    }

    /**
     * How many operations may lose a part.
     *
     * @param maxDroppedPercent the share of operations that may lose a part before the build fails
     * @return these settings
     */
    public WrittenSettings maxDroppedPercent(int maxDroppedPercent) {
        this.maxDroppedPercent = maxDroppedPercent;
        return this;
    }

    /**
     * Which operations to generate.
     *
     * @param include the selectors of the operations to generate; empty or {@code null} for every one
     * @param exclude the selectors of the operations to leave out; empty or {@code null} for none
     * @return these settings
     */
    public WrittenSettings operations(List<String> include, List<String> exclude) {
        this.include = include;
        this.exclude = exclude;
        return this;
    }

    /**
     * The header of idempotency keys.
     *
     * @param idempotencyHeader the header that carries an idempotency key; blank or {@code null} for the spec's
     * @return these settings
     */
    public WrittenSettings idempotencyHeader(String idempotencyHeader) {
        this.idempotencyHeader = idempotencyHeader;
        return this;
    }

    /**
     * The paging styles the user names.
     *
     * @param pagination the paging styles named per operation; empty or {@code null} for the recognised ones
     * @return these settings
     */
    public WrittenSettings pagination(List<String> pagination) {
        this.pagination = pagination;
        return this;
    }

    /**
     * The read limits.
     *
     * @param specLimits the read limits raised or lowered, each {@code aliases=200} ...; empty or {@code null} for
     *     the defaults
     * @return these settings
     */
    public WrittenSettings specLimits(List<String> specLimits) {
        this.specLimits = specLimits;
        return this;
    }

    /**
     * The digest that pins the spec.
     *
     * @param specChecksum the SHA-256 the spec must have ({@code sha256:<hex>}); blank or {@code null} for any
     * @return these settings
     */
    public WrittenSettings specChecksum(String specChecksum) {
        this.specChecksum = specChecksum;
        return this;
    }

    /**
     * The overlays applied to the spec.
     *
     * @param overlays the OpenAPI Overlay files applied to the spec, in order; empty or {@code null} for none
     * @return these settings
     */
    public WrittenSettings overlays(List<Path> overlays) {
        this.overlays = overlays;
        return this;
    }

    /**
     * The classes of the user's that types, formats and schemas map to.
     *
     * @param typeMappings each {@code <type or format>=<class>}, such as {@code date-time=java.time.Instant}; empty
     *     or {@code null} for none
     * @param schemaMappings each {@code <schema>=<class>}, such as {@code Money=com.acme.Money}; empty or
     *     {@code null} for none
     * @return these settings
     */
    public WrittenSettings mappings(List<String> typeMappings, List<String> schemaMappings) {
        this.typeMappings = typeMappings;
        this.schemaMappings = schemaMappings;
        return this;
    }

    /**
     * The names the user gives in place of Kiln's.
     *
     * @param names the names given in place of Kiln's ({@code id:listPets=pets.list}); empty or {@code null} for none
     * @return these settings
     */
    public WrittenSettings names(List<String> names) {
        this.names = names;
        return this;
    }

    /**
     * Whether to generate the test kit.
     *
     * @param testKit whether to generate the SDK's test kit too
     * @return these settings
     */
    public WrittenSettings testKit(boolean testKit) {
        this.testKit = testKit;
        return this;
    }

    /**
     * The spec's file.
     *
     * @return the file; empty when the spec is fetched from a URL, whose file is known only once fetched
     */
    public Optional<Path> specFile() {
        return remote != null ? Optional.empty() : Optional.ofNullable(spec);
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
                    testKit,
                    NameOverrides.parse(listed(names)));
        });
    }

    private static Optional<String> given(String text) {
        return Optional.ofNullable(text).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static List<String> listed(List<String> texts) {
        return texts == null ? List.of() : texts;
    }
}
