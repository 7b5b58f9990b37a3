package dev.kiln.generate;

import dev.kiln.link.OperationSelection;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 */
public record GenerationRequest(
        Path spec,
        String specDisplayName,
        String basePackage,
        Optional<String> clientName,
        int maxDroppedPercent,
        OperationSelection operations) {
    /** The share of operations that may lose something unless the user allows more: a few, never most. */
    public static final int DEFAULT_MAX_DROPPED_PERCENT = 5;

    /** Checks the settings. */
    public GenerationRequest {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(specDisplayName, "specDisplayName");
        Objects.requireNonNull(basePackage, "basePackage");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(operations, "operations");
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
    }

    /**
     * A request for every operation of the spec.
     *
     * @param spec the spec file
     * @param specDisplayName how to name the spec in messages and in the files' header
     * @param basePackage the SDK's base package
     * @param clientName the client class's name; empty to derive it from the spec's title
     * @param maxDroppedPercent the share of operations (0 to 100) that may be generated without a parameter, body or
     *     answer Kiln cannot generate before the generation fails
     */
    public GenerationRequest(
            Path spec, String specDisplayName, String basePackage, Optional<String> clientName, int maxDroppedPercent) {
        this(spec, specDisplayName, basePackage, clientName, maxDroppedPercent, OperationSelection.ALL);
    }

    /**
     * A request from settings as a user wrote them: one Kiln cannot use is refused with {@code KILN-BAD-SETTING}.
     *
     * @param spec the spec file
     * @param specDisplayName how to name the spec in messages and in the files' header
     * @param basePackage the SDK's base package
     * @param clientName the client class's name; empty to derive it from the spec's title
     * @param maxDroppedPercent the share of operations (0 to 100) that may lose a part Kiln cannot generate
     * @return the request
     * @throws GenerationFailure naming the setting and why it cannot be used
     */
    public static GenerationRequest of(
            Path spec, String specDisplayName, String basePackage, Optional<String> clientName, int maxDroppedPercent)
            throws GenerationFailure {
        return of(spec, specDisplayName, basePackage, clientName, maxDroppedPercent, List.of(), List.of());
    }

    /**
     * A request from settings as a user wrote them, generating only some operations: one Kiln cannot use is refused
     * with {@code KILN-BAD-SETTING}.
     *
     * @param spec the spec file
     * @param specDisplayName how to name the spec in messages and in the files' header
     * @param basePackage the SDK's base package
     * @param clientName the client class's name; empty to derive it from the spec's title
     * @param maxDroppedPercent the share of operations (0 to 100) that may lose a part Kiln cannot generate
     * @param includeOperations selectors ({@code tag:x}, {@code path:/x/**}, {@code id:x}) of the operations to
     *     generate; empty for all
     * @param excludeOperations selectors of the operations to leave out
     * @return the request
     * @throws GenerationFailure naming the setting and why it cannot be used
     */
    public static GenerationRequest of(
            Path spec,
            String specDisplayName,
            String basePackage,
            Optional<String> clientName,
            int maxDroppedPercent,
            List<String> includeOperations,
            List<String> excludeOperations)
            throws GenerationFailure {
        try {
            return new GenerationRequest(
                    spec,
                    specDisplayName,
                    basePackage,
                    clientName,
                    maxDroppedPercent,
                    OperationSelection.parse(includeOperations, excludeOperations));
        } catch (IllegalArgumentException e) {
            throw new GenerationFailure(GenerationFailure.Reason.BAD_SETTING, "[KILN-BAD-SETTING] " + e.getMessage());
        }
    }

    /**
     * A request that allows the default share of operations to lose something.
     *
     * @param spec the spec file
     * @param specDisplayName how to name the spec in messages and in the files' header
     * @param basePackage the SDK's base package
     * @param clientName the client class's name; empty to derive it from the spec's title
     */
    public GenerationRequest(Path spec, String specDisplayName, String basePackage, Optional<String> clientName) {
        this(spec, specDisplayName, basePackage, clientName, DEFAULT_MAX_DROPPED_PERCENT);
    }
}
