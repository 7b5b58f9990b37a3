package dev.kiln.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIResolver;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.reference.DereferencerContext;
import io.swagger.v3.parser.reference.DereferencersFactory;
import io.swagger.v3.parser.reference.OpenAPIDereferencer;
import java.util.ArrayList;
import java.util.List;

/**
 * Hands the bundled document to swagger-parser. A bundle made only of JSON files is the very tree swagger-parser
 * would read from its JSON text (their nodes were read by the same reader), so it is given the tree: the bundle is
 * neither written out nor read again, and the document is resolved as swagger-parser's {@code readContents} resolves
 * it (an OpenAPI 3.1 document by its dereferencers, any other by {@link OpenAPIResolver}). Any other bundle (one read
 * from YAML, converted from Swagger 2.0 or changed by an overlay), or a 3.1 document when swagger-parser's
 * {@value #NO_31_RESOLVE} variable is set, goes through {@code readContents} as JSON text.
 */
final class BundleParse {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NO_31_RESOLVE = OpenAPIV3Parser.DISABLE_OAS31_RESOLVE;

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
        options.setResolve(true);
        OpenAPIV3Parser parser = new OpenAPIV3Parser();
        if (readFromJsonOnly) {
            SwaggerParseResult result = parsedTree(parser, bundle, location, options);
            if (result != null) {
                return result;
            }
        }
        return parser.readContents(json(bundle), null, options, location);
    }

    /**
     * The tree parsed and resolved, or null for {@code readContents} to do it: when parsing the tree fails, or for a
     * 3.1 document swagger-parser is told not to resolve.
     */
    private static SwaggerParseResult parsedTree(
            OpenAPIV3Parser parser, ObjectNode bundle, String location, ParseOptions options) {
        SwaggerParseResult result;
        try {
            result = parser.parseJsonNode(location, bundle, options);
        } catch (RuntimeException e) {
            return null; // readContents reports it its own way
        }
        OpenAPI openApi = result.getOpenAPI();
        if (openApi == null) {
            return result;
        }
        boolean openApi31 = openApi.getOpenapi() != null && openApi.getOpenapi().startsWith("3.1");
        String noResolve = System.getenv(NO_31_RESOLVE);
        if (openApi31 && noResolve != null && !noResolve.isBlank()) {
            return null;
        }
        String resolvedAt = location.replace('\\', '/');
        try {
            if (openApi31) {
                DereferencerContext context =
                        new DereferencerContext(result, null, resolvedAt, options, null, null, true);
                List<OpenAPIDereferencer> dereferencers =
                        DereferencersFactory.getInstance().getDereferencers();
                if (!dereferencers.isEmpty()) {
                    dereferencers.get(0).dereference(context, dereferencers.iterator());
                }
            } else {
                new OpenAPIResolver(openApi, new ArrayList<>(), resolvedAt, null, options).resolve(result);
            }
        } catch (RuntimeException e) {
            result.getMessages().add(e.getMessage()); // as readContents keeps a failed resolution
        }
        return result;
    }

    private static String json(ObjectNode bundle) {
        try {
            return JSON.writeValueAsString(bundle);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree read from YAML or JSON is written back as JSON", e);
        }
    }
}
