package dev.kiln.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The first syntax error of a YAML or JSON document, with its line: found by reading every token, so that a typo
 * fails with one line before swagger-parser sees the file.
 *
 * @param line the 1-based line, or 0 when the parser cannot tell
 * @param message what the parser says is wrong, on one line
 */
record SyntaxError(int line, String message) {
    /** Large specs (tens of megabytes) are read whole; the default limits are for untrusted input. */
    static final int MAX_CODE_POINTS = 256 * 1024 * 1024;

    static Optional<SyntaxError> find(String content) {
        try (JsonParser parser = factory(content).createParser(content)) {
            while (parser.nextToken() != null) {
                // reading every token is what finds the error
            }
            return Optional.empty();
        } catch (JsonProcessingException e) {
            Optional<SyntaxError> unclosed = unclosedBracket(e);
            if (unclosed.isPresent()) {
                return unclosed;
            }
            JsonLocation location = e.getLocation();
            int line = location == null ? 0 : location.getLineNr();
            return Optional.of(new SyntaxError(
                    line, e.getOriginalMessage().lines().findFirst().orElse("")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
                        "the " + bracket + " opened here is never closed: " + yaml.getProblem()));
            }
        }
        return Optional.empty();
    }

    static JsonFactory factory(String content) {
        if (content.stripLeading().startsWith("{")) {
            return JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(MAX_CODE_POINTS)
                            .build())
                    .build();
        }
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        return YAMLFactory.builder().loaderOptions(options).build();
    }
}
