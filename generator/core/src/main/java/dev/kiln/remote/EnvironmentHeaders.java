package dev.kiln.remote;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The headers a remote spec is fetched with, as the command line names them: {@code Authorization=env:SPEC_TOKEN},
 * the value taken from an environment variable, so that a secret is never typed on a command line (where shell
 * history and process lists keep it).
 */
public final class EnvironmentHeaders {
    private static final String ENV = "env:";

    private EnvironmentHeaders() {}

    /**
     * Reads the headers.
     *
     * @param entries each {@code <header>=env:<VARIABLE>}
     * @param environment the value of an environment variable, or null when it is not set
     * @return each header's value
     * @throws IllegalArgumentException naming an entry not written so, or a variable that is not set (never a value)
     */
    public static Map<String, String> parse(List<String> entries, UnaryOperator<String> environment) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            String name = equals < 0 ? "" : entry.substring(0, equals).strip();
            String source = equals < 0 ? "" : entry.substring(equals + 1).strip();
            if (name.isEmpty() || !source.startsWith(ENV) || source.length() == ENV.length()) {
                throw new IllegalArgumentException("the spec header '" + (name.isEmpty() ? entry : name + "=...")
                        + "' is not <header>=env:<VARIABLE>; a header's value comes from an environment variable,"
                        + " so that it is never on the command line");
            }
            String variable = source.substring(ENV.length());
            String value = environment.apply(variable);
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("the environment variable " + variable + " that the spec header "
                        + name + " comes from is not set");
            }
            headers.put(name, value);
        }
        return headers;
    }
}
