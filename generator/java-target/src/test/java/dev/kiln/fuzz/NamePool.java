package dev.kiln.fuzz;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The names a random spec gives its schemas, properties and enum values: plain words, Java keywords and
 * literals, names of {@code java.lang} and of the SDK's own members, unicode, leading digits and punctuation,
 * and names that differ only in case or in separators.
 */
final class NamePool {
    private static final List<String> WORDS =
            List.of("pet", "Order", "user", "item", "node", "status", "kind", "value", "name", "tag", "owner", "line");
    private static final List<String> KEYWORDS = List.of(
            "class",
            "int",
            "default",
            "enum",
            "record",
            "var",
            "yield",
            "new",
            "package",
            "import",
            "true",
            "null",
            "abstract",
            "switch",
            "case",
            "this",
            "super",
            "void",
            "goto",
            "const",
            "sealed",
            "permits",
            "_");
    /** Names that generated code or {@code java.lang} already uses. */
    private static final List<String> TAKEN_IN_JAVA = List.of(
            "String",
            "Object",
            "Optional",
            "List",
            "Map",
            "Override",
            "Codec",
            "Json",
            "JsonField",
            "Builder",
            "Unknown",
            "Value",
            "builder",
            "toBuilder",
            "validate",
            "toJson",
            "fromJson",
            "equals",
            "hashCode",
            "toString",
            "getClass",
            "additionalProperties",
            "path",
            "_path",
            "codec",
            "KNOWN",
            "_UNKNOWN",
            "value");

    private static final List<String> UNICODE = List.of("名前", "über", "ñandú", "Ωmega", "café", "Дом", "😀", "x😀y");
    private static final List<String> PUNCTUATED = List.of(
            "a-b",
            "a_b",
            "a.b",
            "a b",
            "@type",
            "x:y",
            "#id",
            "+1",
            "-1",
            "",
            " ",
            "__",
            "a/b",
            "q?",
            "it's",
            "\"q\"",
            "back\\slash",
            "tab\there",
            "new\nline",
            "*/",
            "{x}",
            "<T>",
            "}",
            "\\u002a\\u002f");
    private static final List<String> DIGITS = List.of("1", "24h", "2fa", "0", "007", "v2", "v1beta", "3D", "1st");
    /** Characters OpenAPI allows in a component's key. */
    private static final String KEY_CHARACTERS = "[A-Za-z0-9._-]+";

    private NamePool() {}

    /** A name for a component schema, not in {@code taken}; keys are limited to letters, digits, {@code .-_}. */
    static String componentName(Random random, Set<String> taken) {
        for (int attempt = 0; ; attempt++) {
            String name = decorate(random, pick(random, random.nextInt(4) == 0 ? KEYWORDS : WORDS));
            if (random.nextInt(5) == 0) {
                name = pick(random, TAKEN_IN_JAVA);
            }
            if (random.nextInt(6) == 0) {
                name = pick(random, DIGITS) + pick(random, List.of("", "-", "_", ".")) + pick(random, WORDS);
            }
            if (attempt > 20) {
                name = name + attempt;
            }
            if (name.matches(KEY_CHARACTERS) && !taken.contains(name)) {
                taken.add(name);
                return name;
            }
        }
    }

    /** A property name, not in {@code taken}: any string at all. */
    static String propertyName(Random random, Set<String> taken) {
        for (int attempt = 0; ; attempt++) {
            String name;
            switch (random.nextInt(6)) {
                case 0:
                    name = pick(random, KEYWORDS);
                    break;
                case 1:
                    name = pick(random, TAKEN_IN_JAVA);
                    break;
                case 2:
                    name = pick(random, UNICODE);
                    break;
                case 3:
                    name = pick(random, PUNCTUATED);
                    break;
                case 4:
                    name = pick(random, DIGITS);
                    break;
                default:
                    name = decorate(random, pick(random, WORDS));
                    break;
            }
            if (attempt > 20) {
                name = name + attempt;
            }
            if (!name.startsWith("$") && taken.add(name)) {
                return name;
            }
        }
    }

    /** A value of a string enum, not in {@code taken}. */
    static String enumValue(Random random, Set<String> taken) {
        return propertyName(random, taken);
    }

    /** A plain string value: any text, unicode and escapes included. */
    static String text(Random random) {
        switch (random.nextInt(5)) {
            case 0:
                return "";
            case 1:
                return pick(random, UNICODE);
            case 2:
                return pick(random, PUNCTUATED);
            default:
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(12);
                for (int i = 0; i < length; i++) {
                    text.append((char) (' ' + random.nextInt(95)));
                }
                return text.toString();
        }
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A word as it is, capitalised, upper-cased, or with a separator, a digit or an underscore added. */
    private static String decorate(Random random, String word) {
        switch (random.nextInt(7)) {
            case 0:
                return Character.toUpperCase(word.charAt(0)) + word.substring(1);
            case 1:
                return word.toUpperCase(Locale.ROOT);
            case 2:
                return word + pick(random, List.of("-", "_", ".")) + pick(random, WORDS);
            case 3:
                return word + random.nextInt(3);
            case 4:
                return "_" + word;
            default:
                return word;
        }
    }
}
