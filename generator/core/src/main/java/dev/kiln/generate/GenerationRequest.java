package dev.kiln.generate;

import dev.kiln.link.Mappings;
import dev.kiln.link.NameOverrides;
import dev.kiln.link.OperationSelection;
import dev.kiln.remote.RemoteSpec;
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

    /** How long fetching a remote spec waits for a connection and each answer unless told otherwise, in seconds. */
    public static final int DEFAULT_SPEC_TIMEOUT_SECONDS = RemoteSpec.DEFAULT_TIMEOUT_SECONDS;

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
     * Starts a request for a spec and a package; every other setting has its default until set.
     *
     * @param spec the spec file
     * @param specDisplayName how to name the spec in messages and in the files' header
     * @param basePackage the SDK's base package, such as {@code dev.kiln.together}
     * @return the builder
     */
    public static Builder builder(Path spec, String specDisplayName, String basePackage) {
        return new Builder(spec, specDisplayName, basePackage);
    }

    /** A request built setting by setting, each left at its default until set ({@link GenerationRequest}). */
    public static final class Builder {
        private final Path spec;
        private final String specDisplayName;
        private final String basePackage;
        private Optional<String> clientName = Optional.empty();
        private int maxDroppedPercent = DEFAULT_MAX_DROPPED_PERCENT;
        private OperationSelection operations = OperationSelection.ALL;
        private Optional<String> idempotencyHeader = Optional.empty();
        private Map<String, String> pagination = Map.of();
        private SpecSettings specSettings = SpecSettings.DEFAULT;
        private Mappings mappings = Mappings.NONE;
        private boolean testKit;
        private NameOverrides names = NameOverrides.NONE;

        private Builder(Path spec, String specDisplayName, String basePackage) {
            this.spec = spec;
            this.specDisplayName = specDisplayName;
            this.basePackage = basePackage;
        }

        /** {@return this builder, the client class named {@code name}} */
        public Builder clientName(String name) {
            return clientName(Optional.of(name));
        }

        /** {@return this builder, the client class named so, or after the spec's title when empty} */
        public Builder clientName(Optional<String> name) {
            this.clientName = name;
            return this;
        }

        /** {@return this builder, allowing this share of operations (0 to 100) to lose something} */
        public Builder maxDroppedPercent(int percent) {
            this.maxDroppedPercent = percent;
            return this;
        }

        /** {@return this builder, generating these operations only} */
        public Builder operations(OperationSelection selection) {
            this.operations = selection;
            return this;
        }

        /** {@return this builder, sending an idempotency key in this header, or in the spec's when empty} */
        public Builder idempotencyHeader(Optional<String> header) {
            this.idempotencyHeader = header;
            return this;
        }

        /** {@return this builder, with the paging style the user names per operation id} */
        public Builder pagination(Map<String, String> styles) {
            this.pagination = styles;
            return this;
        }

        /** {@return this builder, reading the spec so} */
        public Builder specSettings(SpecSettings settings) {
            this.specSettings = settings;
            return this;
        }

        /** {@return this builder, with the classes of the user's that types and schemas map to} */
        public Builder mappings(Mappings classes) {
            this.mappings = classes;
            return this;
        }

        /** {@return this builder, generating the SDK's test kit too, or not} */
        public Builder testKit(boolean wanted) {
            this.testKit = wanted;
            return this;
        }

        /** {@return this builder, with the names the user gives} */
        public Builder names(NameOverrides overrides) {
            this.names = overrides;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws IllegalArgumentException when a setting has a value Kiln cannot use
         */
        public GenerationRequest build() {
            return new GenerationRequest(
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
                    names);
        }
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
