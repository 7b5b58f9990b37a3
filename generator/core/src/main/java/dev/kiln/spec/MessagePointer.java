package dev.kiln.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.problems.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in the document a note of swagger-parser's is about. Its notes name the place as a dotted path
 * ({@code attribute components.schemas.Pet.x-internal is reserved by The OpenAPI Initiative}), with a path or media
 * type quoted, an operation's method in parentheses and a parameter by its name in brackets
 * ({@code paths.'/pets'(get).parameters.[limit].in}); the path is followed in the bundled document as far as it
 * leads, so the note is placed at the element it names or at the nearest one there is, and at the document's root
 * when the note names none.
 */
final class MessagePointer {
    /** {@code attribute paths.'/pets'(get).responses is missing}, or {@code paths.'/pets/{id}'. Declared path ...}. */
    private static final Pattern PLACE = Pattern.compile("attribute (\\S+) |(\\S+)\\. ");

    private MessagePointer() {}

    /**
     * Returns the pointer of the element a note names.
     *
     * @param message swagger-parser's note
     * @param document the bundled document the note is about
     * @return the deepest element of the note's path found in {@code document}, or the root
     */
    static JsonPointer of(String message, JsonNode document) {
        Matcher place = PLACE.matcher(message);
        if (!place.lookingAt()) {
            return JsonPointer.ROOT;
        }
        List<String> names = names(place.group(1) != null ? place.group(1) : place.group(2));
        JsonPointer pointer = JsonPointer.ROOT;
        JsonNode node = document;
        int next = 0;
        while (next < names.size()) {
            String name = names.get(next);
            if (node.isArray() && name.startsWith("[") && name.endsWith("]")) {
                int index = indexNamed(node, name.substring(1, name.length() - 1));
                if (index < 0) {
                    break;
                }
                node = node.get(index);
                pointer = pointer.child(index);
                next++;
                continue;
            }
            int taken = childNamed(node, names, next);
            if (taken == 0) {
                break;
            }
            String member = String.join(".", names.subList(next, next + taken));
            node = node.get(member);
            pointer = pointer.child(member);
            next += taken;
        }
        return pointer;
    }

    /** The index of the element of a list of parameters whose {@code name} is {@code name}, or -1. */
    private static int indexNamed(JsonNode list, String name) {
        for (int index = 0; index < list.size(); index++) {
            if (name.equals(list.get(index).path("name").asText(null))) {
                return index;
            }
        }
        return -1;
    }

    /**
     * How many names from {@code from} on, joined by dots, name a member of {@code node} (a schema may be called
     * {@code v1.Pod}); 0 when none does.
     */
    private static int childNamed(JsonNode node, List<String> names, int from) {
        if (!node.isObject()) {
            return 0;
        }
        StringBuilder name = new StringBuilder();
        for (int end = from; end < names.size(); end++) {
            if (end > from) {
                name.append('.');
            }
            name.append(names.get(end));
            if (node.has(name.toString())) {
                return end - from + 1;
            }
        }
        return 0;
    }

    /** Splits a dotted path into names: a quoted name is one, and {@code '/pets'(get)} is the path and the method. */
    private static List<String> names(String path) {
        List<String> names = new ArrayList<>();
        int at = 0;
        while (at < path.length()) {
            if (path.charAt(at) == '\'') {
                int close = path.indexOf('\'', at + 1);
                if (close < 0) {
                    names.add(path.substring(at + 1));
                    break;
                }
                names.add(path.substring(at + 1, close));
                at = close + 1;
                if (at < path.length() && path.charAt(at) == '(') {
                    int end = path.indexOf(')', at);
                    if (end > at) {
                        names.add(path.substring(at + 1, end));
                        at = end + 1;
                    }
                }
            } else {
                int dot = path.indexOf('.', at);
                int end = dot < 0 ? path.length() : dot;
                names.add(path.substring(at, end));
                at = end;
            }
            if (at < path.length() && path.charAt(at) == '.') {
                at++;
            }
        }
        return names;
    }
}
