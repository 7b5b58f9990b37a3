package dev.kiln.bench;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/** swagger-parser alone: the floor any generator built on it pays before doing anything of its own. */
final class BareParse {
    private BareParse() {}

    static SwaggerParseResult run(CorpusSpec spec) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result =
                new OpenAPIV3Parser().readLocation(spec.file().toAbsolutePath().toString(), null, options);
        if (result.getOpenAPI() == null) {
            throw new IllegalStateException(
                    "swagger-parser read nothing from " + spec.fileName() + ": " + result.getMessages());
        }
        return result;
    }
}
