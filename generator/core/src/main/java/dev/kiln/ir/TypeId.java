package dev.kiln.ir;

import java.util.List;

/**
 * The name of a generated type: a top-level name followed by the names of the types it is nested in.
 *
 * @param names the simple names, outermost first; never empty
 */
public record TypeId(List<String> names) {
    public TypeId {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a type id needs at least one name");
        }
    }

    /** A top-level type. */
    public static TypeId topLevel(String name) {
        return new TypeId(List.of(name));
    }

    /** A type nested in this one. */
    public TypeId nested(String name) {
        return new TypeId(concat(names, name));
    }

    /** The innermost simple name. */
    public String simpleName() {
        return names.get(names.size() - 1);
    }

    /** The top-level type this one is, or is nested in. */
    public TypeId topLevel() {
        return names.size() == 1 ? this : topLevel(names.get(0));
    }

    /** Tells whether this is a nested type. */
    public boolean isNested() {
        return names.size() > 1;
    }

    @Override
    public String toString() {
        return String.join(".", names);
    }

    private static List<String> concat(List<String> names, String last) {
        var all = new java.util.ArrayList<>(names);
        all.add(last);
        return all;
    }
}
