package dev.kiln.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JSON pointer (RFC 6901) into a spec document, such as {@code #/paths/~1endpoints/get}: the member names and
 * array indexes from the document's root down to one element. It is written in URI-fragment form, each token
 * escaped ({@code ~} as {@code ~0}, {@code /} as {@code ~1}); its tokens are kept as the names they stand for.
 *
 * @param tokens the member names and indexes, unescaped; empty for the whole document
 */
public record JsonPointer(List<String> tokens) {
    /** The pointer to the whole document, {@code #}. */
    public static final JsonPointer ROOT = new JsonPointer(List.of());

    private static final String COMPONENTS = "components";
    private static final String SCHEMAS = "schemas";

    /**
     * A pointer made of these tokens.
     *
     * @param tokens the member names and indexes, unescaped
     */
    public JsonPointer {
        tokens = List.copyOf(tokens);
    }

    /**
     * Reads a pointer written in URI-fragment form ({@code #/paths/~1pets}) or as a plain pointer ({@code /paths}).
     *
     * @param text the pointer; {@code #} or the empty text is the root
     * @return the pointer
     * @throws IllegalArgumentException when the text is no pointer: something other than a {@code /} follows the
     *     {@code #}
     */
    public static JsonPointer parse(String text) {
        String path = text.startsWith("#") ? text.substring(1) : text;
        if (path.isEmpty()) {
            return ROOT;
        }
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("not a JSON pointer: " + text);
        }
        List<String> tokens = new ArrayList<>();
        for (String token : path.substring(1).split("/", -1)) {
            tokens.add(unescape(token));
        }
        return new JsonPointer(tokens);
    }

    /**
     * The pointer a reference names within its own document: {@code #/components/parameters/Limit} gives that
     * pointer; a reference to another file or a URL ({@code common.yaml#/Limit}), or a fragment that is no pointer
     * ({@code #anchor}), gives none.
     *
     * @param ref a {@code $ref} as written
     * @return the pointer, when the reference is one into its own document
     */
    public static Optional<JsonPointer> ofLocalRef(String ref) {
        if (ref == null || !ref.startsWith("#") || ref.length() > 1 && ref.charAt(1) != '/') {
            return Optional.empty();
        }
        return Optional.of(parse(ref));
    }

    /**
     * The pointer to a schema of the document's {@code components/schemas}.
     *
     * @param name the schema's name, as written in the spec
     * @return {@code #/components/schemas/<name>}, the name escaped
     */
    public static JsonPointer componentSchema(String name) {
        return ROOT.child(COMPONENTS).child(SCHEMAS).child(name);
    }

    /**
     * The pointer to a child of this element.
     *
     * @param name the member name, unescaped
     * @return the child's pointer
     */
    public JsonPointer child(String name) {
        List<String> child = new ArrayList<>(tokens.size() + 1);
        child.addAll(tokens);
        child.add(name);
        return new JsonPointer(child);
    }

    /**
     * The pointer to an element of this array.
     *
     * @param index the index
     * @return the element's pointer
     */
    public JsonPointer child(int index) {
        return child(Integer.toString(index));
    }

    /**
     * The pointer one level up; the root's parent is the root.
     *
     * @return the parent's pointer
     */
    public JsonPointer parent() {
        return tokens.isEmpty() ? this : new JsonPointer(tokens.subList(0, tokens.size() - 1));
    }

    /** Whether this is the pointer to the whole document. */
    public boolean isRoot() {
        return tokens.isEmpty();
    }

    /**
     * Whether this pointer lies strictly below {@code ancestor}.
     *
     * @param ancestor another pointer
     * @return true when {@code ancestor}'s tokens begin this pointer's, and this one has more
     */
    public boolean isBelow(JsonPointer ancestor) {
        return tokens.size() > ancestor.tokens.size()
                && tokens.subList(0, ancestor.tokens.size()).equals(ancestor.tokens);
    }

    /**
     * The pointer of this element once {@code from}, which it lies in (or is), is moved to {@code to}: the tokens
     * below {@code from} follow {@code to}'s.
     *
     * @param from this pointer or an ancestor of it
     * @param to where that element is moved
     * @return the element's pointer after the move
     * @throws IllegalArgumentException when {@code from} is neither this pointer nor an ancestor
     */
    public JsonPointer movedFrom(JsonPointer from, JsonPointer to) {
        if (!equals(from) && !isBelow(from)) {
            throw new IllegalArgumentException(from + " does not hold " + this);
        }
        List<String> moved = new ArrayList<>(to.tokens);
        moved.addAll(tokens.subList(from.tokens.size(), tokens.size()));
        return new JsonPointer(moved);
    }

    /**
     * The name of the component this pointer is, when it points at one of {@code components/<section>} itself (not
     * inside it).
     *
     * @param section the components section, such as {@code schemas} or {@code parameters}
     * @return the component's name, unescaped
     */
    public Optional<String> componentName(String section) {
        boolean component = tokens.size() == 3
                && tokens.get(0).equals(COMPONENTS)
                && tokens.get(1).equals(section);
        return component ? Optional.of(tokens.get(2)) : Optional.empty();
    }

    /**
     * The name of the schema this pointer is, when it points at one of {@code components/schemas} itself.
     *
     * @return the schema's name, unescaped
     */
    public Optional<String> componentSchemaName() {
        return componentName(SCHEMAS);
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

    /** The pointer in URI-fragment form, such as {@code #/paths/~1pets/get}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("#");
        for (String token : tokens) {
            text.append('/').append(escape(token));
        }
        return text.toString();
    }
}
