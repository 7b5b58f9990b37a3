package dev.kiln.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiln.problems.JsonPointer;
import org.junit.jupiter.api.Test;

class MessagePointerTest {
    private static final JsonNode DOCUMENT = read("""
            {"paths": {"/pets/{id}": {"get": {
                "parameters": [{"name": "id", "in": "path"}, {"name": "limit", "in": "body"}],
                "requestBody": {"content": {"image/png": {"schema": {"required": true}}}}}}},
             "components": {"schemas": {"v1.Pod": {"x-internal": true}, "Pet": {}}}}
            """);

    @Test
    void aQuotedPathAndAMethodInParenthesesLeadToTheOperation() {
        assertEquals(
                "#/paths/~1pets~1{id}/get/requestBody/content/image~1png/schema/required",
                place("attribute paths.'/pets/{id}'(get).requestBody.content.'image/png'.schema.required"
                        + " is not of type `array`"));
    }

    @Test
    void aParameterInBracketsIsFoundByItsName() {
        assertEquals(
                "#/paths/~1pets~1{id}/get/parameters/1/in",
                place("attribute paths.'/pets/{id}'(get).parameters.[limit].in is not of type `[query|header]`"));
    }

    @Test
    void aNameWithDotsIsOneMember() {
        assertEquals(
                "#/components/schemas/v1.Pod/x-internal",
                place("attribute components.schemas.v1.Pod.x-internal is reserved by The OpenAPI Initiative"));
    }

    @Test
    void whatIsNotThereIsPlacedAtItsNearestAncestor() {
        assertEquals("#/paths/~1pets~1{id}/get", place("attribute paths.'/pets/{id}'(get).responses is missing"));
        assertEquals("#/components/schemas/Pet", place("attribute components.schemas.Pet.type is missing"));
    }

    @Test
    void aPlaceBeforeAFullStopIsFollowedToo() {
        assertEquals(
                "#/paths/~1pets~1{id}",
                place("paths.'/pets/{id}'. Declared path parameter id needs to be defined as a path parameter"));
    }

    @Test
    void aNoteNamingNoPlaceIsAtTheRoot() {
        assertEquals(JsonPointer.ROOT, MessagePointer.of("attribute webhooks is missing", DOCUMENT));
        assertEquals(JsonPointer.ROOT, MessagePointer.of("Unable to load the spec", DOCUMENT));
        assertEquals(JsonPointer.ROOT, MessagePointer.of("attribute 'unclosed is missing", DOCUMENT));
    }

    private static String place(String message) {
        return MessagePointer.of(message, DOCUMENT).toString();
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
