package dev.kiln.together.jsonmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiln.together.core.JsonDataException;
import dev.kiln.together.fixtures.Fixture;
import dev.kiln.together.models.BaseEndpoint;
import dev.kiln.together.models.DedicatedEndpoint;
import dev.kiln.together.models.HardwareWithStatus;
import dev.kiln.together.models.ListEndpoint;
import dev.kiln.together.models.ListEndpointsResponse;
import dev.kiln.together.models.ListHardwareResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Literal fields ({@code object}, {@code DedicatedEndpoint.type}) are single-constant enums: builders fill them in,
 * offer no way to set them, and reading any other value fails with the path, the expected and the actual value.
 */
class LiteralFieldsTest {

    @Test
    void buildersFillInEveryLiteral() {
        DedicatedEndpoint endpoint = Models.dedicatedEndpoint();
        assertEquals(BaseEndpoint.ObjectValue.ENDPOINT, endpoint.object());
        assertEquals(DedicatedEndpoint.Type.DEDICATED, endpoint.type());
        JsonNode json = Models.json(endpoint.toJson());
        assertEquals("endpoint", json.get("object").textValue());
        assertEquals("dedicated", json.get("type").textValue());

        HardwareWithStatus hardware = Models.hardware("1x_nvidia_h100_80gb_sxm");
        assertEquals(HardwareWithStatus.ObjectValue.HARDWARE, hardware.object());
        assertEquals("hardware", Models.json(hardware.toJson()).get("object").textValue());

        ListHardwareResponse hardwareList =
                ListHardwareResponse.builder().data(List.of(hardware)).build();
        assertEquals(ListEndpointsResponse.ObjectValue.LIST, hardwareList.object());
        assertEquals("list", Models.json(hardwareList.toJson()).get("object").textValue());

        ListEndpointsResponse endpointList =
                ListEndpointsResponse.builder().data(List.of()).build();
        assertEquals(ListEndpointsResponse.ObjectValue.LIST, endpointList.object());
        assertEquals("list", Models.json(endpointList.toJson()).get("object").textValue());
    }

    @Test
    void literalsAreEnumsWithOneConstant() {
        assertArrayEquals(new Object[] {BaseEndpoint.ObjectValue.ENDPOINT}, BaseEndpoint.ObjectValue.values());
        assertArrayEquals(new Object[] {DedicatedEndpoint.Type.DEDICATED}, DedicatedEndpoint.Type.values());
        assertArrayEquals(
                new Object[] {HardwareWithStatus.ObjectValue.HARDWARE}, HardwareWithStatus.ObjectValue.values());
        assertArrayEquals(
                new Object[] {ListEndpointsResponse.ObjectValue.LIST}, ListEndpointsResponse.ObjectValue.values());
        assertEquals("dedicated", DedicatedEndpoint.Type.DEDICATED.asString());
    }

    @Test
    void buildersHaveNoSetterForALiteral() {
        assertEquals(Set.of(), setters(DedicatedEndpoint.Builder.class, "object", "type"));
        assertEquals(Set.of(), setters(HardwareWithStatus.Builder.class, "object"));
        assertEquals(Set.of(), setters(ListHardwareResponse.Builder.class, "object"));
        assertEquals(Set.of(), setters(ListEndpointsResponse.Builder.class, "object"));
        assertEquals(Set.of(), setters(ListEndpoint.Builder.class, "object"));
        // ListEndpoint.type is an open enum, not a literal: it has a setter, which shows the check can see one.
        assertEquals(Set.of("type"), setters(ListEndpoint.Builder.class, "type"));
    }

    @Test
    void anotherValueIsKeptAndReadingItNamesThePathTheExpectedAndTheActualValue() {
        ObjectNode hardware = (ObjectNode) hardwareListBody().get("data").get(0);
        hardware.put("object", "hardwar");

        HardwareWithStatus read = HardwareWithStatus.fromJson(hardware.toString());
        JsonDataException thrown = assertThrows(JsonDataException.class, read::object);

        assertEquals("$.object", thrown.path());
        assertMentions(thrown, "$.object", "\"hardware\"", "\"hardwar\"");
        assertEquals(hardware.get("id").textValue(), read.id());
        assertEquals(hardware.toString(), read.toJson());
    }

    @Test
    void anotherValueInsideAListNamesTheElementsPathWhenReadOrValidated() {
        JsonNode body = hardwareListBody();
        ((ObjectNode) body.get("data").get(1)).put("object", "hardwar");

        ListHardwareResponse read = ListHardwareResponse.fromJson(body.toString());
        JsonDataException thrown =
                assertThrows(JsonDataException.class, () -> read.data().get(1).object());

        assertEquals("$.data[1].object", thrown.path());
        assertMentions(thrown, "$.data[1].object", "\"hardware\"", "\"hardwar\"");
        assertEquals(HardwareWithStatus.ObjectValue.HARDWARE, read.data().get(0).object());
        assertEquals(
                "$.data[1].object",
                assertThrows(JsonDataException.class, read::validate).path());
    }

    @Test
    void anotherEndpointTypeInADedicatedEndpointFailsWhenRead() {
        ObjectNode body = (ObjectNode)
                Fixture.load("fixtures/get/ok.json").response().body().orElseThrow();
        body.put("type", "serverless");

        DedicatedEndpoint endpoint = DedicatedEndpoint.fromJson(body.toString());
        JsonDataException thrown = assertThrows(JsonDataException.class, endpoint::type);

        assertEquals("$.type", thrown.path());
        assertMentions(thrown, "$.type", "\"dedicated\"", "\"serverless\"");
    }

    private static JsonNode hardwareListBody() {
        return Fixture.load("fixtures/listHardware/all.json").response().body().orElseThrow();
    }

    private static void assertMentions(JsonDataException thrown, String... parts) {
        for (String part : parts) {
            assertTrue(thrown.getMessage().contains(part), () -> "'" + part + "' not in: " + thrown.getMessage());
        }
    }

    private static Set<String> setters(Class<?> builder, String... names) {
        Set<String> wanted = Set.of(names);
        return Arrays.stream(builder.getMethods())
                .map(method -> method.getName())
                .filter(wanted::contains)
                .collect(Collectors.toSet());
    }
}
