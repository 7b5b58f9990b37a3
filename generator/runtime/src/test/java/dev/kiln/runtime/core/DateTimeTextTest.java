package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** A date-time reads as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} reads it, or fails as it fails. */
class DateTimeTextTest {
    @Test
    void aDateTimeReadsAsTheFormatterReadsIt(TestInfo test) {
        PropertyRun.check(test, 20261208L, dateTimes(), DateTimeTextTest::readsAsTheFormatter);
    }

    private static void readsAsTheFormatter(String text) {
        OffsetDateTime expected;
        try {
            expected = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            assertThrows(DateTimeParseException.class, () -> DateTimeText.parse(text), text);
            return;
        }
        OffsetDateTime read = DateTimeText.parse(text);
        assertEquals(expected, read, text);
        assertEquals(expected.getOffset(), read.getOffset(), text);
    }

    @Test
    void theUsualShapesAndTheirEdges() {
        assertEquals(
                OffsetDateTime.of(2026, 12, 6, 19, 26, 0, 120_000_000, ZoneOffset.ofHoursMinutes(-5, -30)),
                DateTimeText.parse("2026-12-06T19:26:00.12-05:30"));
        for (String text : new String[] {
            "2026-12-06T19:26:00Z",
            "2024-02-29T00:00:00Z",
            "2023-02-29T00:00:00Z",
            "2026-12-06T24:00:00Z",
            "2026-12-06t19:26:00z",
            "2026-12-06T19:26Z",
            "2026-12-06T19:26:00.Z",
            "2026-12-06T19:26:00.1234567891Z",
            "2026-12-06T19:26:00+18:00",
            "2026-12-06T19:26:00+18:30",
            "2026-12-06T19:26:00-00:00",
            "2026-12-06T19:26:00+05:30:15",
            "2026-12-06T19:26:60Z",
            "2026-13-06T19:26:00Z",
            "+12026-12-06T19:26:00Z",
            "2026-12-06T19:26:00+0530",
            "2026-12-06T19:26:00",
            "٢٠٢٦-12-06T19:26:00Z"
        }) {
            readsAsTheFormatter(text);
        }
    }

    /** Dates and times in range or just out of it, with or without a fraction, at various offsets. */
    private static Gen<String> dateTimes() {
        Gen<String> date = Generate.range(0, 9999)
                .zip(
                        Generate.range(0, 13),
                        Generate.range(0, 32),
                        (y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
        Gen<String> time = Generate.range(0, 24)
                .zip(
                        Generate.range(0, 60),
                        Generate.range(0, 60),
                        (h, m, s) -> String.format("%02d:%02d:%02d", h, m, s));
        Gen<String> fraction = Generate.pick(List.of("", "", ".5", ".123", ".123456789", ".000001", ".1234567891"));
        Gen<String> offset =
                Generate.pick(List.of("Z", "Z", "+00:00", "-05:30", "+14:00", "+18:00", "-18:01", "+05:60", "z", ""));
        Gen<String> separator = Generate.pick(List.of("T", "T", "T", "t", " "));
        return date.zip(separator, time, fraction.zip(offset, String::concat), (d, t, h, o) -> d + t + h + o);
    }
}
