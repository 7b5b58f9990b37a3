package dev.kiln.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits spec names into words and joins words into Java's cases. */
final class Words {
    private Words() {}

    /**
     * Splits a name at separators and case changes: {@code display_name}, {@code displayName} and
     * {@code Display-Name} all give {@code [display, name]}; {@code HTTPServer} gives {@code [http, server]}.
     */
    static List<String> split(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int[] cps = name.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (!Character.isLetterOrDigit(c)) {
                flush(word, words);
                continue;
            }
            if (word.length() > 0) {
                int previous = word.codePointBefore(word.length());
                boolean lowerToUpper =
                        Character.isUpperCase(c) && !Character.isUpperCase(previous) && !Character.isDigit(previous);
                boolean startsLowerWord = i + 1 < cps.length && Character.isLowerCase(cps[i + 1]);
                // HTTPServer splits before Server, but IDs is one word: a lone s after capitals makes them plural
                boolean pluralAcronym = startsLowerWord
                        && cps[i + 1] == 's'
                        && (i + 2 >= cps.length || !Character.isLowerCase(cps[i + 2]));
                boolean acronymEnd = Character.isUpperCase(c)
                        && Character.isUpperCase(previous)
                        && startsLowerWord
                        && !pluralAcronym;
                // v1Beta and OAuth2Client start a word after the digit; 3D and H100 do not
                boolean digitToWord = Character.isUpperCase(c) && Character.isDigit(previous) && startsLowerWord;
                if (lowerToUpper || acronymEnd || digitToWord) {
                    flush(word, words);
                }
            }
            word.appendCodePoint(c);
        }
        flush(word, words);
        return words;
    }

    static String pascal(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            out.append(capitalize(word.toLowerCase(Locale.ROOT)));
        }
        return out.toString();
    }

    static String camel(List<String> words) {
        String pascal = pascal(words);
        if (pascal.isEmpty()) {
            return pascal;
        }
        return pascal.substring(0, 1).toLowerCase(Locale.ROOT) + pascal.substring(1);
    }

    static String upperSnake(List<String> words) {
        return String.join("_", words).toUpperCase(Locale.ROOT);
    }

    private static String capitalize(String word) {
        if (word.isEmpty()) {
            return word;
        }
        int first = word.codePointAt(0);
        return new StringBuilder()
                .appendCodePoint(Character.toUpperCase(first))
                .append(word.substring(Character.charCount(first)))
                .toString();
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /**
     * The words with the last one made singular, for the item of a list or the entry of a map: {@code messages}
     * gives {@code message}, {@code policies} {@code policy}, {@code addresses} {@code address}, {@code status},
     * {@code data} and {@code ids2} stay.
     */
    static List<String> singular(List<String> words) {
        if (words.isEmpty()) {
            return words;
        }
        List<String> singular = new ArrayList<>(words);
        String last = singular.get(singular.size() - 1);
        String lower = last.toLowerCase(Locale.ROOT);
        String one;
        if (lower.length() > 3 && lower.endsWith("ies")) {
            one = last.substring(0, last.length() - 3) + "y";
        } else if (lower.length() > 4
                && (lower.endsWith("sses")
                        || lower.endsWith("xes")
                        || lower.endsWith("ches")
                        || lower.endsWith("shes")
                        || lower.endsWith("uses"))) {
            one = last.substring(0, last.length() - 2);
        } else if (lower.length() > 1
                && lower.endsWith("s")
                && !lower.endsWith("ss")
                && !lower.endsWith("us")
                && !lower.endsWith("is")) {
            one = last.substring(0, last.length() - 1);
        } else {
            one = last;
        }
        singular.set(singular.size() - 1, one);
        return singular;
    }

    /** The words in lower case, as the method-name rules compare them. */
    static List<String> lower(List<String> words) {
        return words.stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
    }

    /** One word made singular (see {@link #singular}), in lower case: {@code Policies} gives {@code policy}. */
    static String singularOf(String word) {
        return singular(List.of(word)).get(0).toLowerCase(Locale.ROOT);
    }

    /** The candidate, or the fallback when it is empty, with a leading underscore when it starts with a digit. */
    static String identifier(String candidate, String fallback) {
        if (candidate.isEmpty()) {
            return fallback;
        }
        if (Character.isDigit(candidate.charAt(0))) {
            return "_" + candidate;
        }
        return candidate;
    }
}
