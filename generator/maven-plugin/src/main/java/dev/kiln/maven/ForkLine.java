package dev.kiln.maven;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.kiln.generate.GenerationFailure;
import java.util.Optional;

/**
 * One line a generation in a JVM of its own writes on its standard output for the build: a message for the build log
 * ({@link Kind#INFO}, {@link Kind#WARN}, {@link Kind#ERROR}), or how it ended when it did not generate
 * ({@link Kind#FAILURE} with the reason, or {@link Kind#IO} when a file could not be read or written). One JSON object
 * per line, so that a message of many lines stays one.
 *
 * @param kind what the line says
 * @param reason why the generation refused, for a {@link Kind#FAILURE}; {@code null} otherwise
 * @param text the message
 */
record ForkLine(ForkLine.Kind kind, GenerationFailure.Reason reason, String text) {
    /** What a line says. */
    enum Kind {
        INFO,
        WARN,
        ERROR,
        FAILURE,
        IO
    }

    /**
     * Reads and writes the lines and the order, {@link java.util.Optional} values included (one mapper per JVM: it is
     * thread-safe once set up).
     */
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module());

    static ForkLine message(Kind kind, String text) {
        return new ForkLine(kind, null, text);
    }

    String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a line for the build could not be written as JSON", e);
        }
    }

    /** The line read back; empty for a line that is not one of these (something else printed it). */
    static Optional<ForkLine> read(String line) {
        if (!line.startsWith("{\"kind\":")) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(line, ForkLine.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
