package dev.kiln.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchSettingsTest {
    @Test
    void emptyPropertiesMeanEverySpecEverySectionAndTheDefaultCounts() {
        BenchSettings settings = BenchSettings.from(Map.of("bench.specs", "", "bench.sections", " ")::get);
        assertEquals(List.of(), settings.specs());
        assertEquals(EnumSet.allOf(BenchSettings.Section.class), settings.sections());
        assertEquals(2, settings.warmup());
        assertEquals(40, settings.mostWarmup());
        assertEquals(5, settings.runs());
        assertEquals(List.of(), settings.kilnLauncherOptions());
    }

    @Test
    void kilnsLauncherOptionsAreSpaceSeparated() {
        BenchSettings settings =
                BenchSettings.from(Map.of("bench.kiln.jvmOptions", " -XX:+UseSerialGC  -XX:TieredStopAtLevel=1 ")::get);
        assertEquals(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), settings.kilnLauncherOptions());
    }

    @Test
    void specsAndSectionsAreCommaSeparatedNames() {
        BenchSettings settings = BenchSettings.from(Map.of(
                "bench.specs", "petstore.yaml, together.yaml",
                "bench.sections", "generation,noop",
                "bench.runs", "3",
                "bench.warmup", "0",
                "bench.warmup.most", "0")::get);
        assertEquals(List.of("petstore.yaml", "together.yaml"), settings.specs());
        assertEquals(EnumSet.of(BenchSettings.Section.GENERATION, BenchSettings.Section.NOOP), settings.sections());
        assertEquals(3, settings.runs());
        assertEquals(0, settings.warmup());
        assertEquals(0, settings.mostWarmup());
    }

    @Test
    void jmhMeasuresEveryPayloadAndBothOperationsUnlessSomeAreNamed() {
        BenchSettings.JmhSettings all =
                BenchSettings.from(Map.of("bench.jmh.payloads", "")::get).jmh();
        assertEquals(List.of(), all.payloads());
        assertEquals(List.of(), all.operations());
        BenchSettings.JmhSettings some = BenchSettings.from(Map.of(
                        "bench.jmh.payloads", "customer, CHAT_COMPLETION", "bench.jmh.operations", "decode")::get)
                .jmh();
        assertEquals(List.of("CUSTOMER", "CHAT_COMPLETION"), some.payloads());
        assertEquals(List.of("decode"), some.operations());
    }

    @Test
    void anUnknownPayloadOrOperationIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> BenchSettings.from(Map.of("bench.jmh.payloads", "invoices")::get));
        assertThrows(
                IllegalArgumentException.class,
                () -> BenchSettings.from(Map.of("bench.jmh.operations", "roundtrip")::get));
    }

    @Test
    void zeroTimedRunsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BenchSettings.from(Map.of("bench.runs", "0")::get));
    }

    @Test
    void anUnknownSectionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BenchSettings.from(Map.of("bench.sections", "speed")::get));
    }
}
