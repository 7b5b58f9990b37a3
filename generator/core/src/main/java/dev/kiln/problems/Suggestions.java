package dev.kiln.problems;

import java.util.Collection;
import java.util.Optional;

/** Finds the known name closest to a misspelt one, for "did you mean" hints. */
public final class Suggestions {
    private Suggestions() {}

    /**
     * Returns the known name closest to a misspelt one, when it is close enough to be what was meant.
     *
     * @param wrong the name as written
     * @param known the names that exist
     * @return the closest, or empty when none is close
     */
    public static Optional<String> closest(String wrong, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance =
                    distance(wrong.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int limit = Math.max(2, wrong.length() / 3);
        return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
    }

    /**
     * Returns a "did you mean" hint for a misspelt name.
     *
     * @param wrong the name as written
     * @param known the names that exist
     * @param otherwise the hint when no name is close
     * @return the hint
     */
    public static String didYouMean(String wrong, Collection<String> known, String otherwise) {
        return closest(wrong, known).map(s -> "did you mean '" + s + "'?").orElse(otherwise);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
