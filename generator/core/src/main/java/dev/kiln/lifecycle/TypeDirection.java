package dev.kiln.lifecycle;

import java.util.Map;
import java.util.Set;

/**
 * Whether a changed type admits more values than before (widened), fewer (narrowed), or neither. Either way the
 * Java type changes, and with it the signature of every accessor and builder method that uses it; the direction
 * says what the change does on the wire.
 */
final class TypeDirection {
    /** For each number type, the number types that hold all of its values. */
    private static final Map<String, Set<String>> WIDER = Map.of(
            "int32", Set.of("int64", "double", "decimal"),
            "int64", Set.of("decimal"),
            "double", Set.of("decimal"),
            "date", Set.of("date-time", "string"),
            "date-time", Set.of("string"));

    private static final String LIST = "list<";
    private static final String MAP = "map<string, ";

    private final Set<String> enums;

    /**
     * @param enums the names of the enums in either snapshot: an enum holds fewer values than {@code string}
     */
    TypeDirection(Set<String> enums) {
        this.enums = Set.copyOf(enums);
    }

    /**
     * How a type change reads in a report.
     *
     * @return {@code " (widened)"}, {@code " (narrowed)"} or nothing
     */
    String of(String before, String after) {
        if (wider(after, before)) {
            return " (widened)";
        }
        if (wider(before, after)) {
            return " (narrowed)";
        }
        return "";
    }

    /** Tells whether every value of {@code narrow} is also a value of {@code wide}, and they differ. */
    private boolean wider(String wide, String narrow) {
        if (wide.equals(narrow)) {
            return false;
        }
        if (wide.equals("any")) {
            return true;
        }
        if (wide.startsWith(LIST) && narrow.startsWith(LIST)) {
            return wider(inner(wide, LIST), inner(narrow, LIST));
        }
        if (wide.startsWith(MAP) && narrow.startsWith(MAP)) {
            return wider(inner(wide, MAP), inner(narrow, MAP));
        }
        if (wide.equals("string") && enums.contains(narrow)) {
            return true;
        }
        return WIDER.getOrDefault(narrow, Set.of()).contains(wide);
    }

    private static String inner(String type, String prefix) {
        return type.substring(prefix.length(), type.length() - 1);
    }
}
