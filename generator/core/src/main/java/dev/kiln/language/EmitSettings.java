package dev.kiln.language;

/**
 * What a target needs besides the API to emit an SDK.
 *
 * @param basePackage the package (or namespace) the SDK's files go in
 * @param fileComment the comment at the top of every file
 * @param generatorVersion Kiln's version, which the SDK names in its {@code User-Agent}
 */
public record EmitSettings(String basePackage, String fileComment, String generatorVersion) {}
