package dev.kiln.generate;

import java.nio.file.Path;
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
 */
public record GenerationRequest(Path spec, String specDisplayName, String basePackage, Optional<String> clientName) {
    public GenerationRequest {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(specDisplayName, "specDisplayName");
        Objects.requireNonNull(basePackage, "basePackage");
        Objects.requireNonNull(clientName, "clientName");
        if (!SourceVersion.isName(basePackage)) {
            throw new IllegalArgumentException("basePackage '" + basePackage + "' is not a valid Java package name");
        }
        clientName.ifPresent(name -> {
            if (!SourceVersion.isName(name) || name.contains(".")) {
                throw new IllegalArgumentException("clientName '" + name + "' is not a valid Java class name");
            }
        });
    }
}
