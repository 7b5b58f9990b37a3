package dev.kiln.runtime.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** How a request differs from a recorded one: method, path and query, body; headers are not compared. */
final class Differences {
    private static final List<String> COMPARED = List.of("method", "uri", "body");

    private Differences() {}

    /** The parts in which a sent request differs from a recorded one; empty when it matches. */
    static List<String> of(JsonNode recorded, JsonNode sent) {
        List<String> differences = new ArrayList<>();
        for (String part : COMPARED) {
            JsonNode expected = recorded.path(part);
            JsonNode actual = sent.path(part);
            if (!expected.equals(actual)) {
                differences.add(part + ":\n      recorded: " + shown(expected) + "\n      sent:     " + shown(actual));
            }
        }
        return differences;
    }

    /** The message for a request no recorded exchange matches: how it differs from the closest. */
    static String closest(List<ObjectNode> exchanges, JsonNode sent, Path file) {
        String request = sent.path("method").asText() + " " + sent.path("uri").asText();
        if (exchanges.isEmpty()) {
            return "the cassette " + file + " records no exchange, so nothing answers " + request;
        }
        List<String> best = null;
        int bestIndex = -1;
        for (int i = 0; i < exchanges.size(); i++) {
            List<String> differences = of(exchanges.get(i).get("request"), sent);
            if (best == null || differences.size() < best.size()) {
                best = differences;
                bestIndex = i;
            }
        }
        return "no exchange recorded in " + file + " matches " + request + " (or each that matches was used up); "
                + "the closest, exchange " + (bestIndex + 1) + " of " + exchanges.size() + ", differs in\n    "
                + String.join("\n    ", best.isEmpty() ? List.of("nothing: it was used already") : best)
                + "\nRecord the cassette again with -D" + Cassette.MODE_PROPERTY
                + "=record if the request changed on purpose.";
    }

    private static String shown(JsonNode node) {
        return node.isMissingNode() ? "(none)" : node.isTextual() ? node.textValue() : node.toString();
    }
}
