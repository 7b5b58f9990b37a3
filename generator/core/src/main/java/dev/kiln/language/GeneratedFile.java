package dev.kiln.language;

/**
 * One file of a generated SDK.
 *
 * @param relativePath the path below the output directory, with {@code /} separators
 * @param content the file's text
 */
public record GeneratedFile(String relativePath, String content) {}
