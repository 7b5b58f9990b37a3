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
            JsonLocation location = e.getLocation();
            int line = location == null ? 0 : location.getLineNr();
            return Optional.of(new SyntaxError(line, e.getOriginalMessage().lines().findFirst().orElse("")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonFactory factory(String content) {
        if (content.stripLeading().startsWith("{")) {
            return JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_CODE_POINTS).build())
                    .build();
        }
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        return YAMLFactory.builder().loaderOptions(options).build();
    }
}
