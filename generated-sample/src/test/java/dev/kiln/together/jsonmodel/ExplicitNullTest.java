package dev.kiln.together.jsonmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.together.models.CreateEndpointRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code inactive_timeout} is nullable: leaving it out and sending {@code null} are different requests, and the
 * model keeps them apart when built, written, read and copied.
 */
class ExplicitNullTest {

    @Test
    void anUnsetFieldIsLeftOutOfTheJson() {
        CreateEndpointRequest request = Models.minimalCreateRequest().build();

        assertTrue(request._inactiveTimeout().isMissing());
        assertEquals(Optional.empty(), request.inactiveTimeout());
        assertFalse(Models.json(request.toJson()).has("inactive_timeout"), request.toJson());
    }

    @Test
    void anExplicitNullIsWrittenAsJsonNull() {
        CreateEndpointRequest request =
                Models.minimalCreateRequest().inactiveTimeout(null).build();

        assertTrue(request._inactiveTimeout().isNull());
        assertEquals(Optional.empty(), request.inactiveTimeout());
        JsonNode json = Models.json(request.toJson());
        assertTrue(json.has("inactive_timeout") && json.get("inactive_timeout").isNull(), request.toJson());
    }

    @Test
    void aValueIsWrittenAsANumber() {
        CreateEndpointRequest request =
                Models.minimalCreateRequest().inactiveTimeout(60L).build();

        assertTrue(request._inactiveTimeout().isPresent());
        assertEquals(Optional.of(60L), request.inactiveTimeout());
        assertEquals(60, Models.json(request.toJson()).get("inactive_timeout").intValue());
    }

    @Test
    void absentAndNullAreDifferentValues() {
        CreateEndpointRequest absent = Models.minimalCreateRequest().build();
        CreateEndpointRequest explicitNull =
                Models.minimalCreateRequest().inactiveTimeout(null).build();

        assertNotEquals(absent, explicitNull);
    }

    @Test
    void anExplicitNullSurvivesReadingAndCopying() {
        CreateEndpointRequest read = CreateEndpointRequest.fromJson(
                "{\"model\":\"m\",\"hardware\":\"h\",\"autoscaling\":{\"min_replicas\":1,\"max_replicas\":1},"
                        + "\"inactive_timeout\":null}");

        CreateEndpointRequest copy = read.toBuilder().displayName("renamed").build();

        assertTrue(read._inactiveTimeout().isNull());
        assertTrue(copy._inactiveTimeout().isNull());
        assertTrue(Models.json(copy.toJson()).get("inactive_timeout").isNull(), copy.toJson());
        assertTrue(CreateEndpointRequest.fromJson("{\"model\":\"m\"}")
                ._inactiveTimeout()
                .isMissing());
    }
}
