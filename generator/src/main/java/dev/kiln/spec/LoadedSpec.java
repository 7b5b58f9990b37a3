package dev.kiln.spec;

import dev.kiln.problems.Problems;
import io.swagger.v3.oas.models.OpenAPI;

/**
 * A spec swagger-parser has read and resolved, with the collector that places problems in its file.
 *
 * @param openApi the parsed document
 * @param displayName the file's name as the user gave it
 * @param problems the problems found so far, and where later ones are reported
 */
public record LoadedSpec(OpenAPI openApi, String displayName, Problems problems) {}
