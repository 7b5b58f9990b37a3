package dev.kiln.spec;

import dev.kiln.problems.Problems;
import io.swagger.v3.oas.models.OpenAPI;

/**
 * A spec read from its files and parsed by swagger-parser, with the collector that places problems in its files.
 *
 * @param openApi the parsed document, its references all within it
 * @param displayName the root file's name as the user gave it
 * @param problems the problems found so far, and where later ones are reported
 */
public record LoadedSpec(OpenAPI openApi, String displayName, Problems problems) {}
