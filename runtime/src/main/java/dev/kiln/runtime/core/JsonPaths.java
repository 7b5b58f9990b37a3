package dev.kiln.runtime.core;

import java.util.regex.Pattern;

/** Builds the JSON paths that name where a value was read ({@code $}, {@code $.data[0].id}). */
public final class JsonPaths {
    /** The path of a document's root value. */
    public static final String ROOT = "$";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private JsonPaths() {}

    /**
     * Returns the path of a member of the object at {@code parent}.
     *
     * @param parent the object's path
     * @param name the member's JSON name
     * @return {@code parent.name}, or {@code parent['na me']} when the name is not an identifier
     */
    public static String member(String parent, String name) {
        if (IDENTIFIER.matcher(name).matches()) {
            return parent + "." + name;
        }
        return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /**
     * Returns the path of an element of the array at {@code parent}.
     *
     * @param parent the array's path
     * @param index the element's index
     * @return {@code parent[index]}
     */
    public static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
