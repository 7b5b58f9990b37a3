package dev.kiln.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.Problems;
import dev.kiln.problems.SourceLocation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads a spec file with swagger-parser, resolving references to other files, and reports what it cannot read. */
public final class SpecLoader {

    /**
     * Reads a spec.
     *
     * @param file the spec file
     * @param displayName how to name the file in messages (as the user gave it)
     * @return the parsed spec with its problem collector
     * @throws dev.kiln.problems.SpecException when the file is missing, malformed or not an OpenAPI 3 document
     */
    public LoadedSpec load(Path file, String displayName) {
        if (!Files.isRegularFile(file)) {
            Problems problems = new Problems(pointer -> new SourceLocation(displayName, 0));
            problems.report(
                    ProblemKind.SPEC_NOT_FOUND,
                    JsonPointer.ROOT,
                    "the spec file does not exist",
                    "check inputSpec; a relative path is resolved against the project's directory");
            problems.throwIfErrors();
        }
        String content = read(file);
        LazySourceMap sourceMap = new LazySourceMap(displayName, content);
        Problems problems = new Problems(sourceMap::locate);

        // Checked first so that a typo fails with one line, before swagger-parser logs its stack traces.
        findSyntaxError(content).ifPresent(error -> failAtLine(displayName, error));
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(file.toAbsolutePath().toString(), null, options);
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

    private static void failAtLine(String displayName, SyntaxError error) {
        Problems atLine = new Problems(pointer -> new SourceLocation(displayName, error.line()));
        atLine.report(
                ProblemKind.SPEC_UNPARSEABLE,
                JsonPointer.ROOT,
                "the file is not well-formed YAML or JSON: " + error.message(),
                "fix the syntax at the line shown (indentation, quotes, brackets)");
        atLine.throwIfErrors();
    }

    /** Unresolved references are reported by the linker, with their exact pointer. */
    private static boolean isAboutReferences(String message) {
        return message.contains("#/") || message.startsWith("Could not find");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Optional<SyntaxError> findSyntaxError(String content) {
        JsonFactory factory = content.stripLeading().startsWith("{") ? new JsonFactory() : new YAMLFactory();
        try (JsonParser parser = factory.createParser(content)) {
            while (parser.nextToken() != null) {
                // reading every token is what finds the error
            }
            return Optional.empty();
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            int line = location == null ? 0 : location.getLineNr();
            return Optional.of(new SyntaxError(line, e.getOriginalMessage().lines().findFirst().orElse("")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record SyntaxError(int line, String message) {}

    /** Builds the source map the first time a problem needs a line. */
    private static final class LazySourceMap {
        private final String displayName;
        private final String content;
        private SourceMap map;

        LazySourceMap(String displayName, String content) {
            this.displayName = displayName;
            this.content = content;
        }

        SourceLocation locate(String pointer) {
            if (map == null) {
                map = SourceMap.of(displayName, content);
            }
            return map.locate(pointer);
        }
    }
}
