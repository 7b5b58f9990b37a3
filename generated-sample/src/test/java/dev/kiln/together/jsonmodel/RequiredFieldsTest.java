package dev.kiln.together.jsonmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiln.together.core.JsonDataException;
import dev.kiln.together.fixtures.Fixture;
import dev.kiln.together.models.DedicatedEndpoint;
import dev.kiln.together.models.HardwareSpec;
import dev.kiln.together.models.ListHardwareResponse;
import org.junit.jupiter.api.Test;

/**
 * Reading never fails on an absent required field; its accessor and {@code validate()} do, naming the field's full
 * JSON path, however deep it sits.
 */
class RequiredFieldsTest {

    @Test
    void aMissingFieldDeepInAListIsNamedByItsFullPath() {
        JsonNode body =
                Fixture.load("fixtures/listHardware/all.json").response().body().orElseThrow();
        ((ObjectNode) body.get("data").get(1).get("specs")).remove("gpu_count");

        ListHardwareResponse hardware = ListHardwareResponse.fromJson(body.toString());

        HardwareSpec specs = hardware.data().get(1).specs();
        assertEquals("h100-80gb", specs.gpuType());
        JsonDataException fromAccessor = assertThrows(JsonDataException.class, specs::gpuCount);
        assertEquals("$.data[1].specs.gpu_count", fromAccessor.path());
        JsonDataException fromValidate = assertThrows(JsonDataException.class, hardware::validate);
        assertEquals("$.data[1].specs.gpu_count", fromValidate.path());
        assertTrue(fromValidate.getMessage().contains("$.data[1].specs.gpu_count"), fromValidate.getMessage());
    }

    @Test
    void aRequiredFieldSentAsNullIsReportedAsNull() {
        ObjectNode body = (ObjectNode)
                Fixture.load("fixtures/get/ok.json").response().body().orElseThrow();
        body.putNull("hardware");

        DedicatedEndpoint endpoint = DedicatedEndpoint.fromJson(body.toString());

        assertTrue(endpoint._hardware().isNull());
        JsonDataException thrown = assertThrows(JsonDataException.class, endpoint::hardware);
        assertEquals("$.hardware", thrown.path());
        assertTrue(thrown.getMessage().contains("null"), thrown.getMessage());
    }

    @Test
    void aValueOfTheWrongTypeFailsOnlyItsAccessorAndNamesItsPath() {
        ObjectNode body = (ObjectNode)
                Fixture.load("fixtures/get/ok.json").response().body().orElseThrow();
        ((ObjectNode) body.get("autoscaling")).put("max_replicas", "three");

        DedicatedEndpoint endpoint = DedicatedEndpoint.fromJson(body.toString());
        JsonDataException thrown = assertThrows(
                JsonDataException.class, () -> endpoint.autoscaling().maxReplicas());

        assertEquals("$.autoscaling.max_replicas", thrown.path());
        assertTrue(thrown.getMessage().contains("\"three\""), thrown.getMessage());
        assertEquals(
                body.get("autoscaling").get("min_replicas").intValue(),
                endpoint.autoscaling().minReplicas());
        assertEquals(body, endpoint.toJsonNode());
        assertEquals(
                "$.autoscaling.max_replicas",
                assertThrows(JsonDataException.class, endpoint::validate).path());
    }
}
