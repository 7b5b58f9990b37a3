package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every builder refuses a setting out of its bounds with one message, naming the setting and the value. */
class SettingChecksTest {
    private static final Duration NEGATIVE = Duration.ofSeconds(-1);

    @Test
    void theClientsSettingsNameTheSettingAndTheValueOutOfBounds() {
        ClientOptions.Builder builder = ClientOptions.builder();

        assertRefused("timeout must be positive, was PT0S", () -> builder.timeout(Duration.ZERO));
        assertRefused("connectTimeout must be positive, was PT-1S", () -> builder.connectTimeout(NEGATIVE));
        assertRefused("streamReadTimeout must be positive, was PT0S", () -> builder.streamReadTimeout(Duration.ZERO));
        assertRefused("maxRetries must not be negative, was -1", () -> builder.maxRetries(-1));
        assertRefused("maxResponseBytes must be positive, was 0", () -> builder.maxResponseBytes(0));
        NullPointerException missing = assertThrows(NullPointerException.class, () -> builder.timeout(null));
        assertEquals("timeout", missing.getMessage());
    }

    @Test
    void aCallsRequestsAndLogsSettingsNameTheSettingAndTheValueOutOfBounds() {
        RequestOptions.Builder call = RequestOptions.builder();
        TransportRequest.Builder request = TransportRequest.builder("GET", URI.create("https://api.example.com"));

        assertRefused("timeout must be positive, was PT-1S", () -> call.timeout(NEGATIVE));
        assertRefused("maxRetries must not be negative, was -2", () -> call.maxRetries(-2));
        assertRefused("timeout must be positive, was PT0S", () -> request.timeout(Duration.ZERO));
        assertRefused(
                "maxBytes must not be negative, was -1",
                () -> HttpLogging.builder().bodies(-1));
        assertRefused(
                "maxEventBytes must be positive, was 0",
                () -> new ServerSentEventReader(InputStream.nullInputStream(), 0));
    }

    @Test
    void valuesAtTheBoundsAreKept() {
        try (ClientOptions options = ClientOptions.builder()
                .baseUrl("https://api.example.com")
                .maxRetries(0)
                .maxResponseBytes(1)
                .timeout(Duration.ofNanos(1))
                .build()) {
            assertEquals(0, options.maxRetries());
            assertEquals(1, options.maxResponseBytes());
            assertEquals(Duration.ofNanos(1), options.timeout());
        }
        assertEquals(
                Duration.ofNanos(1),
                RequestOptions.builder()
                        .timeout(Duration.ofNanos(1))
                        .build()
                        .timeout()
                        .orElseThrow());
    }

    private static void assertRefused(String message, Runnable setting) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, setting::run);
        assertEquals(message, e.getMessage());
    }
}
