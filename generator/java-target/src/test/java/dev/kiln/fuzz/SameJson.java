package dev.kiln.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Compares JSON trees as JSON: members in any order, numbers by value ({@code 1.50} is {@code 1.5}, {@code 2} is {@code 2.0}). */
final class SameJson {
    private SameJson() {}

    static boolean test(JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (expected.isObject() && actual.isObject()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> member : expected.properties()) {
                JsonNode other = actual.get(member.getKey());
                if (other == null || !test(member.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!test(expected.get(i), actual.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return expected.equals(actual);
    }
}
