package dev.kiln.generate;

import dev.kiln.link.Mappings;
import dev.kiln.link.NameOverrides;
import dev.kiln.link.OperationSelection;
import dev.kiln.spec.SpecSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.lang.model.SourceVersion;

/**
 * What to generate: from which spec, into which package, with which client name.
 *
 * @param spec the spec file
 * @param specDisplayName how to name the spec in messages and in the files' header
 * @param basePackage the SDK's base package, such as {@code dev.kiln.together}
 * @param clientName the client class's name, such as {@code Together}; empty to derive it from the spec's title
 * @param maxDroppedPercent the share of operations (0 to 100) that may be generated without a parameter, body or
 *     answer Kiln cannot generate before the generation fails
 * @param operations the operations to generate; only the types they reach are generated
 * @param idempotencyHeader the header that carries an idempotency key on every {@code POST} of the generated
 *     client, such as {@code Idempotency-Key}; empty to take it from the spec, when an operation declares such a
 *     header parameter
 * @param pagination the paging style the user names per operation id ({@code cursor:starting_after}, {@code none}
 *     ...; see {@link PagingSettings}), winning over the spec's {@code x-kiln-pagination} and what Kiln recognises
 * @param specSettings how the spec is read: its limits, where it is fetched from, its checksum, its overlays
 * @param mappings the classes of the user's that types, formats and schemas map to
 * @param testKit whether to generate the SDK's test kit too (a fake transport, record and replay, the spec's
 *     examples as answers), which its users compile with their tests
 * @param names the names the user gives operations, resources, types, fields and constants ({@link NameOverrides}),
 *     winning over the spec's {@code x-kiln-name}
 */
public record GenerationRequest(
        Path spec,
        String specDisplayName,
        String basePackage,
        Optional<String> clientName,
        int maxDroppedPercent,
        OperationSelection operations,
        Optional<String> idempotencyHeader,
        Map<String, String> pagination,
        SpecSettings specSettings,
        Mappings mappings,
        boolean testKit,
        NameOverrides names) {
    /** The share of operations that may lose something unless the user allows more: a few, never most. */
    public static final int DEFAULT_MAX_DROPPED_PERCENT = 5;

    /** Checks the settings. */
    public GenerationRequest {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(specDisplayName, "specDisplayName");
        Objects.requireNonNull(basePackage, "basePackage");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(operations, "operations");
        Objects.requireNonNull(idempotencyHeader, "idempotencyHeader");
        pagination = Map.copyOf(Objects.requireNonNull(pagination, "pagination"));
        Objects.requireNonNull(specSettings, "specSettings");
        Objects.requireNonNull(mappings, "mappings");
        Objects.requireNonNull(names, "names");
        if (!SourceVersion.isName(basePackage)) {
            throw new IllegalArgumentException("basePackage '" + basePackage + "' is not a valid Java package name");
        }
        clientName.ifPresent(name -> {
            if (!SourceVersion.isName(name) || name.contains(".")) {
                throw new IllegalArgumentException("clientName '" + name + "' is not a valid Java class name");
            }
        });
        if (maxDroppedPercent < 0 || maxDroppedPercent > 100) {
            throw new IllegalArgumentException("maxDroppedPercent " + maxDroppedPercent + " is not between 0 and 100");
        }
        idempotencyHeader.ifPresent(name -> {
            if (!name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
                throw new IllegalArgumentException("idempotencyHeader '" + name + "' is not a valid HTTP header name");
            }
        });
    }

    /**
     * A request that gives no name of its own: Kiln names everything.
     *
     * @param spec the spec file
     * @param specDisplayName how to name the spec in messages and in the files' header
     * @param basePackage the SDK's base package
     * @param clientName the client class's name; empty to derive it from the spec's title
     * @param maxDroppedPercent the share of operations (0 to 100) that may lose something before the generation fails
     * @param operations the operations to generate
     * @param idempotencyHeader the header that carries an idempotency key; empty for the one the spec declares
     * @param pagination the paging style the user names per operation id
     * @param specSettings how the spec is read
     * @param mappings the classes of the user's that types, formats and schemas map to
     * @param testKit whether to generate the SDK's test kit too
     */
    public GenerationRequest(
            Path spec,
            String specDisplayName,
            String basePackage,
            Optional<String> clientName,
            int maxDroppedPercent,
            OperationSelection operations,
            Optional<String> idempotencyHeader,
            Map<String, String> pagination,
            SpecSettings specSettings,
            Mappings mappings,
            boolean testKit) {
        this(
                spec,
                specDisplayName,
                basePackage,
                clientName,
                maxDroppedPercent,
                operations,
                idempotencyHeader,
                pagination,
                specSettings,
                mappings,
                testKit,
                NameOverrides.NONE);
    }

    /**
     * A request that reads the spec with the default settings and names some things itself.
     *
     * @param spec the spec file
     * @param specDisplayName how to name the spec in messages and in the files' header
     * @param basePackage the SDK's base package
     * @param clientName the client class's name; empty to derive it from the spec's title
     * @param maxDroppedPercent the share of operations (0 to 100) that may lose something before the generation fails
     * @param operations the operations to generate
     * @param idempotencyHeader the header that carries an idempotency key; empty for the one the spec declares
     * @param pagination the paging style the user names per operation id
     * @param names the names the user gives
     */
    public GenerationRequest(
            Path spec,
            String specDisplayName,
            String basePackage,
            Optional<String> clientName,
            int maxDroppedPercent,
            OperationSelection operations,
            Optional<String> idempotencyHeader,
            Map<String, String> pagination,
            NameOverrides names) {
        this(
                spec,
                specDisplayName,
                basePackage,
                clientName,
                maxDroppedPercent,
                operations,
                idempotencyHeader,
                pagination,
                SpecSettings.DEFAULT,
                Mappings.NONE,
                false,
                names);
    }

    /**
     * A request without the test kit.
     *
     * @param spec the spec file
     * @param specDisplayName how to name the spec in messages and in the files' header
     * @param basePackage the SDK's base package
     * @param clientName the client class's name; empty to derive it from the spec's title
     * @param maxDroppedPercent the share of operations (0 to 100) that may lose something before the generation fails
     * @param operations the operations to generate
     * @param idempotencyHeader the header that carries an idempotency key; empty for the one the spec declares
     * @param pagination the paging style the user names per operation id
     * @param specSettings how the spec is read
     * @param mappings the classes of the user's that types, formats and schemas map to
     */
    public GenerationRequest(
            Path spec,
            String specDisplayName,
            String basePackage,
            Optional<String> clientName,
            int maxDroppedPercent,
            OperationSelection operations,
            Optional<String> idempotencyHeader,
            Map<String, String> pagination,
            SpecSettings specSettings,
            Mappings mappings) {
        this(
                spec,
                specDisplayName,
                basePackage,
                clientName,
                maxDroppedPercent,
                operations,
                idempotencyHeader,
                pagination,
                specSettings,
                mappings,
                false);
    }

    /**
     * A request that maps nothing to a class of the user's.
     *
     * @param spec the spec file
     * @param specDisplayName how to name the spec in messages and in the files' header
     * @param basePackage the SDK's base package
     * @param clientName the client class's name; empty to derive it from the spec's title
     * @param maxDroppedPercent the share of operations (0 to 100) that may lose something before the generation fails
     * @param operations the operations to generate
     * @param idempotencyHeader the header that carries an idempotency key; empty for the one the spec declares
     * @param pagination the paging style the user names per operation id
     * @param specSettings how the spec is read
     */
    public GenerationRequest(
            Path spec,
            String specDisplayName,
            String basePackage,
            Optional<String> clientName,
            int maxDroppedPercent,
            OperationSelection operations,
            Optional<String> idempotencyHeader,
            Map<String, String> pagination,
            SpecSettings specSettings) {
        this(
                spec,
                specDisplayName,
                basePackage,
                clientName,
                maxDroppedPercent,
                operations,
                idempotencyHeader,
                pagination,
                specSettings,
                Mappings.NONE);
    }

    /**
     * A request that reads the spec with the default settings.
     *
     * @param spec the spec file
     * @param specDisplayName how to name the spec in messages and in the files' header
     * @param basePackage the SDK's base package
     * @param clientName the client class's name; empty to derive it from the spec's title
     * @param maxDroppedPercent the share of operations (0 to 100) that may lose something before the generation fails
     * @param operations the operations to generate
     * @param idempotencyHeader the header that carries an idempotency key; empty for the one the spec declares
     * @param pagination the paging style the user names per operation id
     */
    public GenerationRequest(
            Path spec,
            String specDisplayName,
            String basePackage,
            Optional<String> clientName,
            int maxDroppedPercent,
            OperationSelection operations,
            Optional<String> idempotencyHeader,
            Map<String, String> pagination) {
        this(
                spec,
                specDisplayName,
                basePackage,
                clientName,
                maxDroppedPercent,
                operations,
                idempotencyHeader,
                pagination,
                SpecSettings.DEFAULT,
                Mappings.NONE);
    }

    /**
     * A request that names no paging style: Kiln pages the operations whose style it recognises.
     *
     * @param spec the spec file
     * @param specDisplayName how to name the spec in messages and in the files' header
     * @param basePackage the SDK's base package
     * @param clientName the client class's name; empty to derive it from the spec's title
     * @param maxDroppedPercent the share of operations (0 to 100) that may lose something before the generation fails
     * @param operations the operations to generate
     * @param idempotencyHeader the header that carries an idempotency key; empty for the one the spec declares
     */
    public GenerationRequest(
            Path spec,
            String specDisplayName,
            String basePackage,
            Optional<String> clientName,
            int maxDroppedPercent,
            OperationSelection operations,
            Optional<String> idempotencyHeader) {
        this(
                spec,
                specDisplayName,
                basePackage,
                clientName,
                maxDroppedPercent,
                operations,
                idempotencyHeader,
                Map.of());
    }

    /**
     * A request for every operation of the spec, with the idempotency header the spec declares, if any.
     *
     * @param spec the spec file
     * @param specDisplayName how to name the spec in messages and in the files' header
     * @param basePackage the SDK's base package
     * @param clientName the client class's name; empty to derive it from the spec's title
     * @param maxDroppedPercent the share of operations (0 to 100) that may lose something before the generation fails
     */
    public GenerationRequest(
            Path spec, String specDisplayName, String basePackage, Optional<String> clientName, int maxDroppedPercent) {
        this(
                spec,
                specDisplayName,
                basePackage,
                clientName,
                maxDroppedPercent,
                OperationSelection.ALL,
                Optional.empty());
    }

    /**
     * A request with the default settings: every operation, the default share of them that may lose something.
     *
     * @param spec the spec file
     * @param specDisplayName how to name the spec in messages and in the files' header
     * @param basePackage the SDK's base package
     * @param clientName the client class's name; empty to derive it from the spec's title
     */
    public GenerationRequest(Path spec, String specDisplayName, String basePackage, Optional<String> clientName) {
        this(spec, specDisplayName, basePackage, clientName, DEFAULT_MAX_DROPPED_PERCENT);
    }

    /**
     * Makes a request, or a part of one, from settings as a user wrote them: one Kiln cannot use (a package that is no
     * Java name, a selector it cannot read ...) is refused with {@code KILN-BAD-SETTING}.
     *
     * @param settings makes the request, throwing {@link IllegalArgumentException} for a setting it cannot use
     * @param <T> what is made
     * @return the request
     * @throws GenerationFailure naming the setting and why it cannot be used
     */
    public static <T> T checked(Supplier<T> settings) throws GenerationFailure {
        try {
            return settings.get();
        } catch (IllegalArgumentException e) {
            throw new GenerationFailure(GenerationFailure.Reason.BAD_SETTING, "[KILN-BAD-SETTING] " + e.getMessage());
        }
    }
}
