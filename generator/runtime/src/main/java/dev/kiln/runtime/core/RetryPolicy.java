package dev.kiln.runtime.core;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to retry and how long to wait: connection failures, timeouts, 408, 409, 429 and 5xx are retried, with
 * exponential backoff from 0.5 s capped at 8 s and up to 25% jitter; a server's {@code retry-after-ms} or
 * {@code Retry-After} (seconds or an HTTP date) is honoured when it asks for at most a minute.
 */
public final class RetryPolicy {
    static final Duration INITIAL_DELAY = Duration.ofMillis(500);
    static final Duration MAX_DELAY = Duration.ofSeconds(8);
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    private final Clock clock;

    /**
     * Creates the policy.
     *
     * @param clock the clock that HTTP-date {@code Retry-After} values are measured against
     */
    public RetryPolicy(Clock clock) {
        this.clock = clock;
    }

    /**
     * Tells whether a response with this status may be retried.
     *
     * @param status the HTTP status
     * @return true for 408, 409, 429 and 5xx
     */
    public static boolean isRetryable(int status) {
        return status == 408 || status == 409 || status == 429 || status >= 500;
    }

    /**
     * Returns how long to wait before retry number {@code retry}.
     *
     * @param retry 1 for the first retry
     * @param headers the failed response's headers, or empty when there was no response
     * @return the delay
     */
    public Duration delay(int retry, Optional<HttpHeaders> headers) {
        Optional<Duration> asked = headers.flatMap(this::retryAfter);
        if (asked.isPresent() && !asked.get().isNegative() && asked.get().compareTo(MAX_RETRY_AFTER) <= 0) {
            return asked.get();
        }
        long base = Math.min(INITIAL_DELAY.toMillis() << Math.min(retry - 1, 10), MAX_DELAY.toMillis());
        double jitter = 1.0 - 0.25 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis((long) (base * jitter));
    }

    private Optional<Duration> retryAfter(HttpHeaders headers) {
        Optional<String> millis = headers.firstValue("retry-after-ms");
        if (millis.isPresent()) {
            try {
                return Optional.of(
                        Duration.ofMillis((long) Double.parseDouble(millis.get().strip())));
            } catch (NumberFormatException e) {
                // fall through to Retry-After
            }
        }
        Optional<String> value = headers.firstValue("retry-after").map(String::strip);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofMillis((long) (Double.parseDouble(value.get()) * 1000)));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME);
                return Optional.of(Duration.between(clock.instant(), at.toInstant()));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
