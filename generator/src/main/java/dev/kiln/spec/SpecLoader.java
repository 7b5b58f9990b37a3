package dev.kiln.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.Problems;
import dev.kiln.problems.SourceLocation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a spec: its files, joined into one document by {@link SpecBundler} so that every {@code $ref} to another file
 * or to a place inside another object is followed, then parsed by swagger-parser, which so never reads a file or
 * the network itself.
 */
public final class SpecLoader {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reads a spec.
     *
     * @param file the spec file
     * @param displayName how to name the file in messages (as the user gave it)
     * @return the parsed spec with its problem collector
     * @throws dev.kiln.problems.SpecException when a file is missing or malformed, a reference cannot be followed,
     *     or the document is not OpenAPI 3
     */
    public LoadedSpec load(Path file, String displayName) {
        SpecFiles files = new SpecFiles(file, displayName);
        Problems reading = new Problems(pointer -> new SourceLocation(displayName, 0));
        SpecFile root = files.read(file, reading, null).orElse(null);
        reading.throwIfErrors();
        VersionCheck.check(root, reading);
        reading.throwIfErrors();

        Origins origins = new Origins(root);
        Problems problems = new Problems(origins::locate);
        ObjectNode bundle = new SpecBundler(files, root, problems, origins).bundle();
        problems.throwIfErrors();
        new ConsistencyChecks(bundle, problems).check();
        problems.throwIfErrors();

        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json(bundle), null, options, root.path().toString());
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        if (result.getOpenAPI() == null) {
            problems.report(
                    ProblemKind.SPEC_INVALID,
                    JsonPointer.ROOT,
                    "not an OpenAPI 3 document: " + String.join("; ", messages),
                    "the document needs 'openapi: 3.x', 'info' and 'paths' at the top level");
            problems.throwIfErrors();
        }
        for (String message : messages) {
            if (!isAboutReferences(message)) {
                problems.report(ProblemKind.SPEC_WARNING, JsonPointer.ROOT, message, null);
            }
        }
        return new LoadedSpec(result.getOpenAPI(), displayName, problems);
    }

    /** Unresolved references are reported by the bundler and the linker, with their exact pointer. */
    private static boolean isAboutReferences(String message) {
        return message.contains("#/") || message.startsWith("Could not find");
    }

    private static String json(ObjectNode bundle) {
        try {
            return JSON.writeValueAsString(bundle);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree read from YAML or JSON is written back as JSON", e);
        }
    }
}
