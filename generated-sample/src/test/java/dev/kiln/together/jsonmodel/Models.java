package dev.kiln.together.jsonmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiln.together.models.Autoscaling;
import dev.kiln.together.models.CreateEndpointRequest;
import dev.kiln.together.models.DedicatedEndpoint;
import dev.kiln.together.models.EndpointPricing;
import dev.kiln.together.models.EndpointState;
import dev.kiln.together.models.HardwareSpec;
import dev.kiln.together.models.HardwareWithStatus;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Models built in Java with the values of the recorded fixtures, and JSON parsing for comparing their output. */
final class Models {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Models() {}

    /** The endpoint {@code fixtures/get/ok.json} answers with, built with its builder. */
    static DedicatedEndpoint dedicatedEndpoint() {
        return DedicatedEndpoint.builder()
                .id("endpoint-e6c6b82f-90f7-45b7-af39-3ca3b51d08b2")
                .name("acme-ml/meta-llama/Llama-4-Scout-17B-16E-Instruct-e6c6b82f")
                .displayName("Scout for support triage")
                .model("meta-llama/Llama-4-Scout-17B-16E-Instruct")
                .hardware("1x_nvidia_h100_80gb_sxm")
                .owner("acme-ml")
                .state(EndpointState.STARTED)
                .autoscaling(Autoscaling.builder().minReplicas(1).maxReplicas(3).build())
                .createdAt(OffsetDateTime.of(2025, 3, 11, 9, 14, 27, 512_000_000, ZoneOffset.UTC))
                .build();
    }

    /** A hardware configuration with one H100 and no availability. */
    static HardwareWithStatus hardware(String id) {
        return HardwareWithStatus.builder()
                .id(id)
                .pricing(EndpointPricing.builder().centsPerMinute(5.8).build())
                .specs(HardwareSpec.builder()
                        .gpuType("h100-80gb")
                        .gpuLink("sxm")
                        .gpuMemory(80)
                        .gpuCount(1)
                        .build())
                .updatedAt(OffsetDateTime.of(2025, 3, 28, 0, 0, 0, 0, ZoneOffset.UTC))
                .build();
    }

    /** A create request holding only its required fields. */
    static CreateEndpointRequest.Builder minimalCreateRequest() {
        return CreateEndpointRequest.builder()
                .model("meta-llama/Llama-4-Scout-17B-16E-Instruct")
                .hardware("1x_nvidia_h100_80gb_sxm")
                .autoscaling(Autoscaling.builder().minReplicas(1).maxReplicas(1).build());
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
