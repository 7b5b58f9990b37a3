package dev.kiln.spec;

import java.util.ArrayList;
import java.util.List;

/** Builds JSON pointers (RFC 6901) in URI-fragment form, such as {@code #/paths/~1endpoints/get}. */
public final class JsonPointer {
    /** The pointer to the whole document. */
    public static final String ROOT = "#";

    private JsonPointer() {}

    /**
     * Returns the pointer to a child of {@code parent}.
     *
     * @param parent the parent's pointer
     * @param token the member name or array index
     * @return the child's pointer
     */
    public static String child(String parent, String token) {
        return parent + "/" + escape(token);
    }

    /**
     * Returns the pointer to an array element of {@code parent}.
     *
     * @param parent the array's pointer
     * @param index the index
     * @return the element's pointer
     */
    public static String child(String parent, int index) {
        return parent + "/" + index;
    }

    /**
     * Returns the pointer one level up, or the root.
     *
     * @param pointer a pointer
     * @return its parent
     */
    public static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? ROOT : pointer.substring(0, slash);
    }

    /**
     * Returns the member name a reference token stands for, undoing {@code ~1} and {@code ~0}.
     *
     * @param token an escaped token
     * @return the member name
     */
    public static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    /**
     * Escapes a member name as a reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}.
     *
     * @param name the member name
     * @return the token
     */
    public static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Returns the member names and indexes a pointer is made of, unescaped.
     *
     * @param pointer a pointer such as {@code #/paths/~1pets/get}
     * @return its tokens, empty for the root
     */
    public static List<String> tokens(String pointer) {
        String path = pointer.startsWith("#") ? pointer.substring(1) : pointer;
        if (path.isEmpty()) {
            return List.of();
        }
        List<String> tokens = new ArrayList<>();
        for (String token : path.substring(1).split("/", -1)) {
            tokens.add(unescape(token));
        }
        return tokens;
    }
}
