package dev.kiln.naming;

import java.util.HashSet;
import java.util.Set;

/**
 * The names already taken in one Java scope. A name asked for twice gets a number: {@code name}, {@code name2},
 * {@code name3}. Scopes are filled in spec order, so the same spec always gives the same names.
 */
public final class NameScope {
    private final Set<String> taken = new HashSet<>();

    /** An empty scope. */
    public NameScope() {}

    /**
     * A scope in which {@code reserved} are already taken.
     *
     * @param reserved names that must not be handed out
     */
    public NameScope(Set<String> reserved) {
        taken.addAll(reserved);
    }

    /**
     * Takes {@code candidate}, or the first free numbered variant of it.
     *
     * @param candidate the wanted name
     * @return the name taken
     */
    public String allocate(String candidate) {
        if (taken.add(candidate)) {
            return candidate;
        }
        String separator = Character.isDigit(candidate.charAt(candidate.length() - 1)) ? "_" : "";
        for (int n = 2; ; n++) {
            String numbered = candidate + separator + n;
            if (taken.add(numbered)) {
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
        return taken.contains(name);
    }
}
