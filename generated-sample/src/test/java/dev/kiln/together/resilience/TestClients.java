package dev.kiln.together.resilience;

import dev.kiln.together.Together;
import dev.kiln.together.transport.SampleTransports;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Clients pointed at a {@link ScriptedServer}, with a sleeper that never waits and a clock that never moves, over the
 * transport the suite runs over ({@link SampleTransports}).
 */
final class TestClients {
    /** The API key every test client sends, and that must never be shown anywhere else. */
    static final String API_KEY = "sk-secret-123";

    /** The instant the fixed clock shows. */
    static final Instant NOW = Instant.parse("2025-04-02T14:31:08Z");

    /** The clock every test client measures {@code Retry-After} dates against. */
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** Long enough for any local call that is not meant to time out; short enough that a hang ends the test. */
    static final Duration GENEROUS_TIMEOUT = Duration.ofSeconds(5);

    private TestClients() {}

    /**
     * A builder for a client of the server, with the test key, sleeper and clock; callers add what they test.
     *
     * @param server the server
     * @param sleeper the sleeper
     * @return the builder
     */
    static Together.Builder builder(ScriptedServer server, RecordingSleeper sleeper) {
        Together.Builder builder = Together.builder()
                .apiKey(API_KEY)
                .baseUrl(server.baseUrl())
                .sleeper(sleeper)
                .clock(CLOCK)
                .timeout(GENEROUS_TIMEOUT);
        SampleTransports.apply(builder);
        return builder;
    }
}
