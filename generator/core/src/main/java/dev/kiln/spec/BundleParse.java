package dev.kiln.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * Hands the bundled document to swagger-parser to read into its model. A bundle made only of JSON files is the very
 * tree swagger-parser would read from its JSON text (their nodes were read by the same reader), so it is given the
 * tree: the bundle is neither written out nor read again. Any other bundle (one read from YAML, converted from Swagger
 * 2.0 or changed by an overlay) goes through {@code readContents} as JSON text.
 *
 * <p>swagger-parser resolves nothing: every reference of a bundle is local (the bundler brought in what other files
 * held) and Kiln follows them itself. Its resolvers only cost: for OpenAPI 3.0 (and Swagger 2.0 converted) a walk of
 * the whole model that changed no byte of the SDKs or the messages of the 58 specs tried, and for 3.1 a dereferencer
 * that read the spec file again, hashed every schema it passed (a third of a cold generation of openai's spec), and
 * gave properties back out of the spec's order and {@code default: null} lost.
 */
final class BundleParse {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BundleParse() {}

    /**
     * Parses a bundle.
     *
     * @param bundle the bundled document
     * @param location the root file's path, which swagger-parser names in its messages
     * @param readFromJsonOnly whether every node of the bundle was read from a JSON file (or made by the bundler)
     * @return swagger-parser's result
     */
    static SwaggerParseResult parse(ObjectNode bundle, String location, boolean readFromJsonOnly) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        OpenAPIV3Parser parser = new OpenAPIV3Parser();
        if (readFromJsonOnly) {
            try {
                return parser.parseJsonNode(location, bundle, options);
            } catch (RuntimeException e) {
                // readContents reports it its own way
            }
        }
        return parser.readContents(json(bundle), null, options, location);
    }

    private static String json(ObjectNode bundle) {
        try {
            return JSON.writeValueAsString(bundle);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree read from YAML or JSON is written back as JSON", e);
        }
    }
}
