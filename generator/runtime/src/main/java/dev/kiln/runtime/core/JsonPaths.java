package dev.kiln.runtime.core;

/** Builds the JSON paths that name where a value was read ({@code $}, {@code $.data[0].id}). */
public final class JsonPaths {
    /** The path of a document's root value. */
    public static final String ROOT = "$";

    private JsonPaths() {}

    /**
     * Returns the path of a member of the object at {@code parent}.
     *
     * @param parent the object's path
     * @param name the member's JSON name
     * @return {@code parent.name}, or {@code parent['na me']} when the name is not an identifier
     */
    public static String member(String parent, String name) {
        if (isIdentifier(name)) {
            return parent + "." + name;
        }
        return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    private static boolean isIdentifier(String name) {
        if (name.isEmpty() || !isIdentifierStart(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isIdentifierStart(c) && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIdentifierStart(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '$';
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
