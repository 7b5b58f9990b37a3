package dev.kiln.spec;

import java.util.List;
import java.util.Locale;

/**
 * How much of a spec file Kiln reads before it refuses the file, so that a spec from elsewhere cannot make a build
 * take minutes or gigabytes: a file's size in characters, its YAML aliases to maps or lists (each one copies what it
 * names, so nine levels of nine make 387 million nodes from one kilobyte), and how deep its maps and lists nest.
 *
 * @param maxCharacters the most characters (Unicode code points) a file may hold
 * @param maxAliases the most YAML aliases ({@code *name}) to a map or a list a file may hold; aliases to a plain
 *     value do not count
 * @param maxDepth the deepest maps and lists may nest
 */
public record ReadLimits(int maxCharacters, int maxAliases, int maxDepth) {
    /** Enough for the largest public specs (tens of megabytes), and for no alias bomb. */
    public static final ReadLimits DEFAULT = new ReadLimits(256 * 1024 * 1024, 50, 1000);

    /** The setting's names for each limit, as a user writes them ({@code aliases=200}). */
    static final String CHARACTERS = "characters";

    static final String ALIASES = "aliases";
    static final String DEPTH = "depth";

    /** Checks that each limit is positive. */
    public ReadLimits {
        if (maxCharacters <= 0 || maxAliases < 0 || maxDepth <= 0) {
            throw new IllegalArgumentException("read limits must be positive: characters=" + maxCharacters
                    + ", aliases=" + maxAliases + ", depth=" + maxDepth);
        }
    }

    /**
     * Reads the limits a user raises or lowers, each {@code characters=<n>}, {@code aliases=<n>} or
     * {@code depth=<n>}; the others keep their default.
     *
     * @param entries the entries as written
     * @return the limits
     * @throws IllegalArgumentException naming an entry that is not one of those
     */
    public static ReadLimits parse(List<String> entries) {
        ReadLimits limits = DEFAULT;
        for (String written : entries) {
            String entry = written.strip();
            int equals = entry.indexOf('=');
            String name =
                    equals < 0 ? entry : entry.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            int value = equals < 0 ? -1 : number(entry.substring(equals + 1).strip());
            if (value < 0) {
                throw new IllegalArgumentException("the spec limit '" + written
                        + "' is not characters=<n>, aliases=<n> or depth=<n> with n a whole number");
            }
            limits = switch (name) {
                case CHARACTERS -> new ReadLimits(value, limits.maxAliases, limits.maxDepth);
                case ALIASES -> new ReadLimits(limits.maxCharacters, value, limits.maxDepth);
                case DEPTH -> new ReadLimits(limits.maxCharacters, limits.maxAliases, value);
                default ->
                    throw new IllegalArgumentException("the spec limit '" + written
                            + "' names no limit; the limits are characters, aliases and depth");
            };
        }
        return limits;
    }

    private static int number(String text) {
        try {
            return text.matches("\\d{1,10}") ? Math.toIntExact(Long.parseLong(text)) : -1;
        } catch (ArithmeticException e) {
            return -1;
        }
    }

    /** The limits as the setting writes them, such as {@code characters=268435456,aliases=50,depth=1000}. */
    @Override
    public String toString() {
        return CHARACTERS + "=" + maxCharacters + "," + ALIASES + "=" + maxAliases + "," + DEPTH + "=" + maxDepth;
    }
}
