package dev.kiln.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The first syntax error of a YAML or JSON document, with its line: found by reading every token, so that a typo
 * fails with one line before swagger-parser sees the file. The same reading enforces the {@link ReadLimits}: a file
 * too large, with too many YAML aliases to maps or lists, or nested too deep, is refused here, before anything
 * expands its aliases.
 *
 * @param line the 1-based line, or 0 when the parser cannot tell
 * @param message what the parser says is wrong, on one line
 * @param overLimit whether the document is refused for a {@link ReadLimits} limit rather than its syntax
 */
record SyntaxError(int line, String message, boolean overLimit) {
    static Optional<SyntaxError> find(String content, ReadLimits limits) {
        long characters = content.codePointCount(0, content.length());
        if (characters > limits.maxCharacters()) {
            return Optional.of(new SyntaxError(
                    0,
                    "the file has " + characters + " characters, more than the " + limits.maxCharacters()
                            + " Kiln reads (" + ReadLimits.CHARACTERS + ")",
                    true));
        }
        JsonParser parser = null;
        try {
            parser = factory(content, limits).createParser(content);
            return aliasesOverLimit(parser, limits.maxAliases());
        } catch (StreamConstraintsException e) {
            return Optional.of(new SyntaxError(
                    parser == null ? 0 : parser.currentLocation().getLineNr(),
                    "maps and lists nest more than " + limits.maxDepth() + " deep (" + ReadLimits.DEPTH + ")",
                    true));
        } catch (JsonProcessingException e) {
            Optional<SyntaxError> unclosed = unclosedBracket(e);
            if (unclosed.isPresent()) {
                return unclosed;
            }
            JsonLocation location = e.getLocation();
            int line = location == null ? 0 : location.getLineNr();
            return Optional.of(new SyntaxError(
                    line, e.getOriginalMessage().lines().findFirst().orElse(""), false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeQuietly(parser);
        }
    }

    /**
     * Reads every token, counting the YAML aliases that name a map or a list: the parser hands an alias over as its
     * name, unexpanded, so the count costs nothing however much the aliases would expand to.
     */
    private static Optional<SyntaxError> aliasesOverLimit(JsonParser parser, int maxAliases) throws IOException {
        Set<String> collectionAnchors = new HashSet<>();
        int aliases = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (!(parser instanceof YAMLParser yaml)) {
                continue;
            }
            if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && yaml.getObjectId() != null) {
                collectionAnchors.add(String.valueOf(yaml.getObjectId()));
            } else if (yaml.isCurrentAlias() && collectionAnchors.contains(yaml.getText()) && ++aliases > maxAliases) {
                return Optional.of(new SyntaxError(
                        yaml.currentTokenLocation().getLineNr(),
                        "the file has more than " + maxAliases + " YAML aliases to a map or a list ("
                                + ReadLimits.ALIASES + "); each copies what it names, so a few levels of them"
                                + " expand past any memory",
                        true));
            }
        }
        return Optional.empty();
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // reading a string: nothing to release
            }
        }
    }

    /**
     * A YAML {@code [} or {@code {} left open is noticed only where the parser gives up, often lines later; the
     * parser also knows where the bracket opens, which is where the fix goes.
     */
    private static Optional<SyntaxError> unclosedBracket(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException yaml
                    && yaml.getContext() != null
                    && yaml.getContext().startsWith("while parsing a flow")
                    && yaml.getContextMark() != null) {
                String bracket = yaml.getContext().endsWith("sequence") ? "'['" : "'{'";
                return Optional.of(new SyntaxError(
                        yaml.getContextMark().getLine() + 1,
                        "the " + bracket + " opened here is never closed: " + yaml.getProblem(),
                        false));
            }
        }
        return Optional.empty();
    }

    static JsonFactory factory(String content) {
        return factory(content, ReadLimits.DEFAULT);
    }

    private static JsonFactory factory(String content, ReadLimits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxStringLength(limits.maxCharacters())
                .maxNestingDepth(limits.maxDepth())
                .build();
        if (content.stripLeading().startsWith("{")) {
            return JsonFactory.builder().streamReadConstraints(constraints).build();
        }
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(limits.maxCharacters());
        return YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(constraints)
                .build();
    }
}
