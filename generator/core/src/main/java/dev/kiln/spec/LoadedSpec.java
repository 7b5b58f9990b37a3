package dev.kiln.spec;

import dev.kiln.problems.Problems;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import java.util.List;
import java.util.Optional;

/**
 * A spec read from its files and parsed by swagger-parser, with the collector that places problems in its files.
 *
 * @param openApi the parsed document, its references all within it
 * @param displayName the root file's name as the user gave it
 * @param problems the problems found so far, and where later ones are reported
 * @param files every file the spec was read from, the root first: each file a {@code $ref} or a discriminator's
 *     {@code mapping} reached, as read; what the generated SDK depends on
 */
public record LoadedSpec(OpenAPI openApi, String displayName, Problems problems, List<SpecFile> files) {
    public LoadedSpec {
        files = List.copyOf(files);
    }

    /**
     * The spec's title, when it has one.
     *
     * @return {@code info.title}
     */
    public Optional<String> title() {
        return Optional.ofNullable(openApi.getInfo()).map(Info::getTitle);
    }
}
