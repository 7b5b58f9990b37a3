package dev.kiln.together.resilience;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

/** What the SDK's retry backoff promises: from 0.5 s, doubling, capped at 8 s, less up to 25% jitter. */
final class Backoff {
    private static final Duration INITIAL = Duration.ofMillis(500);
    private static final Duration CAP = Duration.ofSeconds(8);

    private Backoff() {}

    /**
     * The longest wait before retry number {@code retry}, before jitter shortens it.
     *
     * @param retry 1 for the first retry
     * @return the un-jittered delay
     */
    static Duration ceiling(int retry) {
        Duration doubled = INITIAL.multipliedBy(1L << Math.min(retry - 1, 10));
        return doubled.compareTo(CAP) > 0 ? CAP : doubled;
    }

    /**
     * Asserts that each delay lies in its retry's window, {@code [0.75, 1] x ceiling}.
     *
     * @param delays the delays recorded, the first retry's first
     */
    static void assertWithinBackoff(List<Duration> delays) {
        for (int i = 0; i < delays.size(); i++) {
            int retry = i + 1;
            Duration ceiling = ceiling(retry);
            Duration floor = ceiling.multipliedBy(3).dividedBy(4);
            Duration delay = delays.get(i);
            assertTrue(
                    delay.compareTo(floor) >= 0 && delay.compareTo(ceiling) <= 0,
                    "retry " + retry + " waited " + delay + ", outside [" + floor + ", " + ceiling + "]; all: "
                            + delays);
        }
    }
}
