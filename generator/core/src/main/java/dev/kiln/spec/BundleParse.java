package dev.kiln.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIResolver;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;

/**
 * Hands the bundled document to swagger-parser. A bundle made only of JSON files is the very tree swagger-parser
 * would read from its JSON text (their nodes were read by the same reader), so it is given the tree: the bundle is
 * neither written out nor read again. Any other bundle (one read from YAML, converted from Swagger 2.0 or changed by an
 * overlay) goes through {@code readContents} as JSON text. An OpenAPI 3.0 document is then resolved as
 * {@code readContents} resolves it ({@link OpenAPIResolver}); a 3.1 document is not dereferenced: every reference of a
 * bundle is local, and Kiln follows them itself, while swagger-parser's 3.1 dereferencer re-reads the spec file,
 * hashes every schema it passes (a third of a cold generation of openai's spec), and hands back objects whose
 * properties lost the spec's order and whose {@code default: null} is gone.
 */
final class BundleParse {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BundleParse() {}

    /**
     * Parses and resolves a bundle.
     *
     * @param bundle the bundled document
     * @param location the root file's path, which swagger-parser names in its messages
     * @param readFromJsonOnly whether every node of the bundle was read from a JSON file (or made by the bundler)
     * @return swagger-parser's result
     */
    static SwaggerParseResult parse(ObjectNode bundle, String location, boolean readFromJsonOnly) {
        ParseOptions options = new ParseOptions();
        options.setResolve(!isOpenApi31(bundle));
        OpenAPIV3Parser parser = new OpenAPIV3Parser();
        if (readFromJsonOnly) {
            SwaggerParseResult result = parsedTree(parser, bundle, location, options);
            if (result != null) {
                return result;
            }
        }
        return parser.readContents(json(bundle), null, options, location);
    }

    /** The tree parsed, and resolved when the options say so; or null for {@code readContents} to report its failure. */
    private static SwaggerParseResult parsedTree(
            OpenAPIV3Parser parser, ObjectNode bundle, String location, ParseOptions options) {
        SwaggerParseResult result;
        try {
            result = parser.parseJsonNode(location, bundle, options);
        } catch (RuntimeException e) {
            return null; // readContents reports it its own way
        }
        OpenAPI openApi = result.getOpenAPI();
        if (openApi == null || !options.isResolve()) {
            return result;
        }
        try {
            new OpenAPIResolver(openApi, new ArrayList<>(), location.replace('\\', '/'), null, options).resolve(result);
        } catch (RuntimeException e) {
            result.getMessages().add(e.getMessage()); // as readContents keeps a failed resolution
        }
        return result;
    }

    /** Whether the document says it is OpenAPI 3.1. */
    static boolean isOpenApi31(ObjectNode bundle) {
        return bundle.path("openapi").asText("").startsWith("3.1");
    }

    private static String json(ObjectNode bundle) {
        try {
            return JSON.writeValueAsString(bundle);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree read from YAML or JSON is written back as JSON", e);
        }
    }
}
