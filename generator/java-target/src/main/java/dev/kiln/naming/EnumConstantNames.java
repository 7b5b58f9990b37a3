package dev.kiln.naming;

import dev.kiln.language.NameScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.SourceVersion;

/** The rule for enum constants: UPPER_SNAKE names after wire values, symbols spelled out. */
final class EnumConstantNames {
    /** Words for the symbols that enum values are made of, such as the operators of a filter. */
    private static final Map<Integer, String> SYMBOLS = Map.ofEntries(
            Map.entry((int) '+', "PLUS"),
            Map.entry((int) '-', "MINUS"),
            Map.entry((int) '<', "LESS_THAN"),
            Map.entry((int) '>', "GREATER_THAN"),
            Map.entry((int) '=', "EQUALS"),
            Map.entry((int) '!', "NOT"),
            Map.entry((int) '*', "STAR"),
            Map.entry((int) '/', "SLASH"),
            Map.entry((int) '.', "DOT"),
            Map.entry((int) '_', "UNDERSCORE"),
            Map.entry((int) ' ', "SPACE"),
            Map.entry((int) '&', "AND"),
            Map.entry((int) '|', "OR"),
            Map.entry((int) '%', "PERCENT"),
            Map.entry((int) '#', "HASH"),
            Map.entry((int) '@', "AT"),
            Map.entry((int) '$', "DOLLAR"),
            Map.entry((int) '~', "TILDE"),
            Map.entry((int) '^', "CARET"),
            Map.entry((int) '?', "QUESTION"),
            Map.entry((int) ':', "COLON"),
            Map.entry((int) ',', "COMMA"));

    /** The fallback for a name made only of punctuation. */
    private static final String EMPTY_NAME = "EMPTY";

    private EnumConstantNames() {}

    /**
     * Names an enum constant after its wire value: {@code on-demand} gives {@code ON_DEMAND}, {@code 24h} gives
     * {@code _24H}, {@code +1} gives {@code PLUS_1}, {@code -1} gives {@code MINUS_1}, {@code -created_at} gives
     * {@code MINUS_CREATED_AT} (a sort order, beside {@code created_at}) and {@code ""} gives {@code EMPTY}. A value
     * made only of symbols is spelled out: {@code <=} gives {@code LESS_THAN_EQUALS}.
     *
     * @param wireValue the value as text
     * @param scope the constant names already taken
     * @return a unique UPPER_SNAKE name
     */
    static String enumConstant(String wireValue, NameScope scope) {
        String text = wireValue;
        List<String> parts = new ArrayList<>();
        if (text.startsWith("+") || text.startsWith("-")) {
            parts.add(SYMBOLS.get(text.codePointAt(0)));
            text = text.substring(1);
        }
        List<String> words = Words.split(text.replace('.', '_'));
        if (!words.isEmpty()) {
            parts.add(Words.upperSnake(words));
        } else {
            text.codePoints().mapToObj(EnumConstantNames::symbolName).forEach(parts::add);
        }
        String candidate = parts.isEmpty() ? EMPTY_NAME : String.join("_", parts);
        if (Character.isDigit(candidate.charAt(0))) {
            candidate = "_" + candidate;
        }
        if (SourceVersion.isKeyword(candidate.toLowerCase(Locale.ROOT)) && SourceVersion.isKeyword(candidate)) {
            candidate = candidate + "_";
        }
        return scope.allocate(candidate);
    }

    /** The word for a symbol in an enum value: a short one for the usual operators, else its Unicode name. */
    private static String symbolName(int codePoint) {
        String known = SYMBOLS.get(codePoint);
        if (known != null) {
            return known;
        }
        String unicode = Character.getName(codePoint);
        return unicode == null
                ? "U" + Integer.toHexString(codePoint).toUpperCase(Locale.ROOT)
                : Words.upperSnake(Words.split(unicode));
    }
}
