package dev.kiln.together.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.together.errors.InternalServerException;
import dev.kiln.together.models.ErrorData;
import dev.kiln.together.models.HardwareAvailability;
import dev.kiln.together.models.HardwareSpec;
import dev.kiln.together.models.HardwareWithStatus;
import dev.kiln.together.models.ListEndpointsResponse;
import dev.kiln.together.models.ListHardwareParams;
import dev.kiln.together.models.ListHardwareResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code GET /hardware} against the fixtures in {@code fixtures/listHardware}. */
class ListHardwareReplayTest {

    private static final String MODEL = "meta-llama/Llama-4-Scout-17B-16E-Instruct";

    @Test
    void allHasNoAvailabilityOnAnyItem() {
        try (Replay replay = Replay.of("fixtures/listHardware/all.json")) {
            ListHardwareResponse hardware = replay.endpoints().listHardware();

            assertEquals("", replay.assertSentAsRecorded().rawQuery());
            assertEquals(ListEndpointsResponse.ObjectValue.LIST, hardware.object());
            List<HardwareWithStatus> items = hardware.data();
            assertEquals(
                    List.of(
                            "1x_nvidia_h100_80gb_sxm",
                            "2x_nvidia_h100_80gb_sxm",
                            "1x_nvidia_h200_140gb_sxm",
                            "8x_nvidia_a100_80gb_sxm"),
                    items.stream().map(HardwareWithStatus::id).toList());
            for (HardwareWithStatus item : items) {
                assertEquals(HardwareWithStatus.ObjectValue.HARDWARE, item.object());
                assertEquals(Optional.empty(), item.availability(), item.id());
                assertTrue(item._availability().isMissing(), item.id());
            }

            HardwareSpec h100 = items.get(0).specs();
            assertEquals("h100-80gb", h100.gpuType());
            assertEquals("sxm", h100.gpuLink());
            assertEquals(80.0, h100.gpuMemory());
            assertEquals(1, h100.gpuCount());
            assertEquals(5.8, items.get(0).pricing().centsPerMinute());
            assertEquals(2, items.get(1).specs().gpuCount());
            assertEquals(141.5, items.get(2).specs().gpuMemory());
            assertEquals(25.0, items.get(3).pricing().centsPerMinute());
            assertEquals(8, items.get(3).specs().gpuCount());
            assertEquals(
                    Instant.parse("2025-03-28T00:00:00Z"),
                    items.get(0).updatedAt().toInstant());
            assertEquals(
                    Instant.parse("2025-02-14T18:05:09.300Z"),
                    items.get(3).updatedAt().toInstant());
        }
    }

    @Test
    void forAModelSendsItAsAQueryParameterAndEveryItemHasAvailability() {
        try (Replay replay = Replay.of("fixtures/listHardware/for-model.json")) {
            ListHardwareResponse hardware = replay.endpoints()
                    .listHardware(ListHardwareParams.builder().model(MODEL).build());

            assertEquals(Map.of("model", MODEL), replay.assertSentAsRecorded().query());
            List<HardwareWithStatus> items = hardware.data();
            assertEquals(2, items.size());
            HardwareAvailability.Status available =
                    items.get(0).availability().orElseThrow().status();
            assertEquals(HardwareAvailability.Status.AVAILABLE, available);
            assertEquals("available", available.asString());
            assertTrue(available.isKnown());
            HardwareAvailability.Status insufficient =
                    items.get(1).availability().orElseThrow().status();
            assertEquals(HardwareAvailability.Status.INSUFFICIENT, insufficient);
            assertEquals(HardwareAvailability.Status.Value.INSUFFICIENT, insufficient.value());
            assertEquals("1x_nvidia_h200_140gb_sxm", items.get(1).id());
        }
    }

    @Test
    void internalErrorIsAnInternalServerExceptionWithNullParamAndCode() {
        try (Replay replay = Replay.of("fixtures/listHardware/internal-error-500.json")) {
            InternalServerException thrown = assertThrows(
                    InternalServerException.class, () -> replay.endpoints().listHardware());

            replay.assertSentAsRecorded();
            assertEquals(500, thrown.statusCode());
            ErrorData.ErrorValue error = thrown.error().orElseThrow().error();
            assertEquals("Something went wrong on our side while listing hardware.", error.message());
            assertEquals("server_error", error.type());
            assertEquals(Optional.empty(), error.param());
            assertEquals(Optional.empty(), error.code());
            assertTrue(error._param().isNull() && error._code().isNull());
        }
    }
}
