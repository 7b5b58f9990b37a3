package dev.kiln.language;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names already taken in one scope of the generated code (the members of a type, the types of a package). A name asked for twice gets a number: {@code name}, {@code name2},
 * {@code name3}. Scopes are filled in spec order, so the same spec always gives the same names.
 *
 * <p>A scope of type names tells names apart without regard to case: each type is a file ({@code UserName.java},
 * or {@code Owner$UserName.class} when nested), and on the file systems of macOS and Windows
 * {@code Username.java} is the same file.
 */
public final class NameScope {
    private final Set<String> taken = new HashSet<>();
    private final boolean ignoresCase;

    /** An empty scope of member names, where case tells names apart. */
    public NameScope() {
        this(Set.of());
    }

    /**
     * A scope of member names in which {@code reserved} are already taken.
     *
     * @param reserved names that must not be handed out
     */
    public NameScope(Set<String> reserved) {
        this(reserved, false);
    }

    private NameScope(Set<String> reserved, boolean ignoresCase) {
        this.ignoresCase = ignoresCase;
        reserved.forEach(name -> taken.add(key(name)));
    }

    /**
     * An empty scope of type names, where names that differ only in case collide.
     *
     * @return the scope
     */
    public static NameScope ofTypes() {
        return new NameScope(Set.of(), true);
    }

    /**
     * A scope of type names in which {@code reserved} are already taken, whatever their case.
     *
     * @param reserved names that must not be handed out
     * @return the scope
     */
    public static NameScope ofTypes(Set<String> reserved) {
        return new NameScope(reserved, true);
    }

    /**
     * Takes {@code candidate}, or the first free numbered variant of it.
     *
     * @param candidate the wanted name
     * @return the name taken
     */
    public String allocate(String candidate) {
        if (taken.add(key(candidate))) {
            return candidate;
        }
        String separator = Character.isDigit(candidate.charAt(candidate.length() - 1)) ? "_" : "";
        for (int n = 2; ; n++) {
            String numbered = candidate + separator + n;
            if (taken.add(key(numbered))) {
                return numbered;
            }
        }
    }

    /**
     * Tells whether a name is taken.
     *
     * @param name the name
     * @return true when taken
     */
    public boolean isTaken(String name) {
        return taken.contains(key(name));
    }

    private String key(String name) {
        return ignoresCase ? name.toLowerCase(Locale.ROOT) : name;
    }
}
