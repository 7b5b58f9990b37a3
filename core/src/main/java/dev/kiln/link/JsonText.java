package dev.kiln.link;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes values from the spec (enum values, defaults) as JSON text. */
final class JsonText {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonText() {}

    static String quote(String text) {
        return of(text);
    }

    static String unquote(String json) {
        try {
            return MAPPER.readTree(json).asText();
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    static String of(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
