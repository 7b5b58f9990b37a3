package dev.kiln.runtime.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * JSON that does not fit the type it is read into: a malformed document, a value of the wrong type, a literal
 * with another value, or a required field that is absent. The message names the JSON path of the offending
 * value, such as {@code $.data[2].state}.
 */
public final class JsonDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The JSON path of the offending value. */
    private final String path;

    /** What is wrong with the value, without the path. */
    private final String problem;

    /**
     * Creates an exception for the value at {@code path}.
     *
     * @param path the JSON path of the value, such as {@code $.autoscaling.min_replicas}
     * @param problem what is wrong with it, without the path
     */
    public JsonDataException(String path, String problem) {
        super(path + ": " + problem);
        this.path = path;
        this.problem = problem;
    }

    /**
     * Creates an exception for the value at {@code path}, caused by {@code cause}.
     *
     * @param path the JSON path of the value
     * @param problem what is wrong with it, without the path
     * @param cause the underlying failure
     */
    public JsonDataException(String path, String problem, Throwable cause) {
        super(path + ": " + problem, cause);
        this.path = path;
        this.problem = problem;
    }

    /**
     * The failure of a union visitor that was given JSON none of the union's variants reads (a variant newer than
     * the SDK) and does not handle it: the default of every visitor's {@code unknown} method.
     *
     * @param union the union's type name
     * @param json the JSON the union holds
     * @return the exception to throw
     */
    public static JsonDataException unknownVariant(String union, JsonNode json) {
        return new JsonDataException(
                JsonPaths.ROOT,
                "the " + union + " holds JSON (" + json.getNodeType().name().toLowerCase(Locale.ROOT)
                        + ") that fits none of its variants this SDK knows; override the visitor's"
                        + " unknown method to handle it, or read it with toJsonNode()");
    }

    /**
     * Returns the JSON path of the offending value.
     *
     * @return a path such as {@code $.data[2].state}
     */
    public String path() {
        return path;
    }

    /**
     * Returns what is wrong with the value, without its path.
     *
     * @return a problem such as {@code expected a string but was number 12}
     */
    public String problem() {
        return problem;
    }
}
