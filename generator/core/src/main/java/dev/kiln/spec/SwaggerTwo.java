package dev.kiln.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.Problems;
import io.swagger.parser.util.SwaggerDeserializationResult;
import io.swagger.parser.util.SwaggerDeserializer;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Optional;

/**
 * Reads a Swagger 2.0 document as OpenAPI 3: swagger-parser's converter turns its tree into an OpenAPI 3.0 one
 * (reading no file and no network), and the converted file places every element at the 2.0 file's line it came
 * from. What the conversion loses or guesses is reported by {@link SwaggerTwoLosses}.
 */
final class SwaggerTwo {
    private SwaggerTwo() {}

    /** Whether a root document is Swagger 2.0. */
    static boolean is(JsonNode tree) {
        return tree.isObject() && tree.has("swagger") && !tree.has("openapi");
    }

    /**
     * Converts a Swagger 2.0 root file.
     *
     * @param written the file as written
     * @param problems where the conversion's losses are reported, and a document it cannot convert
     * @return the file as OpenAPI 3, or empty when it could not be converted (and was reported)
     */
    static Optional<SpecFile> convert(SpecFile written, Problems problems) {
        JsonNode tree = written.tree();
        new SwaggerTwoTypes(written, problems).check();
        SwaggerDeserializationResult parsed = new SwaggerDeserializer().deserialize(tree.deepCopy());
        SwaggerParseResult converted = new SwaggerConverter().convert(parsed);
        if (parsed.getSwagger() == null || converted.getOpenAPI() == null) {
            List<String> messages = parsed.getMessages() == null ? List.of() : parsed.getMessages();
            problems.report(
                    ProblemKind.SPEC_INVALID,
                    JsonPointer.ROOT,
                    written.locate(JsonPointer.ROOT),
                    "not a Swagger 2.0 document Kiln can convert: " + String.join("; ", messages),
                    "the document needs 'swagger: \"2.0\"', 'info' and 'paths' at the top level");
            return Optional.empty();
        }
        JsonNode openApi = Json.mapper().valueToTree(converted.getOpenAPI());
        SwaggerTwoPointers pointers = new SwaggerTwoPointers(tree);
        new SwaggerTwoLosses(written, problems).report(openApi, pointers);
        return Optional.of(written.converted(openApi, pointers));
    }
}
