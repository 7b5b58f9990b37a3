package dev.kiln.together.jsonmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.kiln.together.fixtures.Fixture;
import dev.kiln.together.models.Autoscaling;
import dev.kiln.together.models.CreateEndpointRequest;
import dev.kiln.together.models.DedicatedEndpoint;
import dev.kiln.together.models.EndpointState;
import dev.kiln.together.models.UpdateEndpointRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Models are immutable values: builders check required fields, and equality, copying and printing follow the
 * values.
 */
class ModelValuesTest {

    @Test
    void buildNamesEveryMissingRequiredFieldAndNoOther() {
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> CreateEndpointRequest.builder()
                        .model("meta-llama/Llama-4-Scout-17B-16E-Instruct")
                        .build());

        assertEquals("CreateEndpointRequest is missing required fields: [hardware, autoscaling]", thrown.getMessage());
    }

    @Test
    void buildOfAnEmptyBuilderNamesEveryRequiredFieldButTheLiterals() {
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class, () -> DedicatedEndpoint.builder().build());

        String message = thrown.getMessage();
        for (String field : List.of(
                "id", "name", "model", "owner", "state", "createdAt", "displayName", "hardware", "autoscaling")) {
            assertTrue(message.contains(field), () -> field + " not in: " + message);
        }
        assertFalse(message.contains("object"), message);
        assertFalse(message.contains("type"), message);
    }

    @Test
    void buildNamesAMissingPrimitiveField() {
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> Autoscaling.builder().minReplicas(1).build());

        assertTrue(thrown.getMessage().contains("maxReplicas"), thrown.getMessage());
        assertFalse(thrown.getMessage().contains("minReplicas"), thrown.getMessage());
    }

    @Test
    void aModelWithNoRequiredFieldsBuildsEmptyAndWritesAnEmptyObject() {
        assertEquals(
                Models.json("{}"),
                Models.json(UpdateEndpointRequest.builder().build().toJson()));
    }

    @Test
    void toBuilderRoundTripsAndChangesOnlyTheCopy() {
        DedicatedEndpoint original = Models.dedicatedEndpoint();

        DedicatedEndpoint copy = original.toBuilder().build();
        DedicatedEndpoint stopped =
                original.toBuilder().state(EndpointState.STOPPED).build();

        assertEquals(original, copy);
        assertEquals(original.hashCode(), copy.hashCode());
        assertNotEquals(original, stopped);
        assertEquals(EndpointState.STOPPED, stopped.state());
        assertEquals(EndpointState.STARTED, original.state(), "the original is unchanged");
        assertEquals(original.id(), stopped.id());
    }

    @Test
    void equalityCoversNestedValuesAndAdditionalProperties() {
        DedicatedEndpoint original = Models.dedicatedEndpoint();

        DedicatedEndpoint rescaled = original.toBuilder()
                .autoscaling(Autoscaling.builder().minReplicas(1).maxReplicas(4).build())
                .build();
        DedicatedEndpoint withRegion = original.toBuilder()
                .putAdditionalProperty("region", TextNode.valueOf("us-east-1"))
                .build();

        assertNotEquals(original, rescaled);
        assertNotEquals(original, withRegion);
        assertEquals(Map.of("region", TextNode.valueOf("us-east-1")), withRegion.additionalProperties());
        assertEquals(
                withRegion,
                original.toBuilder()
                        .putAdditionalProperty("region", TextNode.valueOf("us-east-1"))
                        .build());
    }

    @Test
    void aModelReadFromJsonEqualsTheSameModelBuiltInJavaAndBothWriteTheSameJson() {
        JsonNode body = Fixture.load("fixtures/get/ok.json").response().body().orElseThrow();

        DedicatedEndpoint read = DedicatedEndpoint.fromJson(body.toString());
        DedicatedEndpoint built = Models.dedicatedEndpoint();

        assertEquals(built, read);
        assertEquals(built.hashCode(), read.hashCode());
        assertEquals(body, Models.json(built.toJson()));
        assertEquals(body, Models.json(read.toJson()));
    }

    @Test
    void toStringShowsTheFieldValues() {
        String text = Models.dedicatedEndpoint().toString();

        for (String value : List.of(
                "endpoint-e6c6b82f-90f7-45b7-af39-3ca3b51d08b2",
                "Scout for support triage",
                "1x_nvidia_h100_80gb_sxm",
                "STARTED",
                "minReplicas=1",
                "maxReplicas=3",
                "2025-03-11T09:14:27.512Z")) {
            assertTrue(text.contains(value), () -> "'" + value + "' not in: " + text);
        }
    }
}
