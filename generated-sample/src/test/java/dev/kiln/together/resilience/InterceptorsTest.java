package dev.kiln.together.resilience;

import static dev.kiln.together.resilience.EndpointBodies.ENDPOINT_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.together.Together;
import dev.kiln.together.core.AttemptInfo;
import dev.kiln.together.core.CallInfo;
import dev.kiln.together.core.Interceptor;
import dev.kiln.together.core.RequestOptions;
import dev.kiln.together.core.TransportRequest;
import dev.kiln.together.core.TransportResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The generated client's interceptors, on its builder and on one call, against a local server. */
@Timeout(30)
class InterceptorsTest {
    private ScriptedServer server;
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        server = ScriptedServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Adds a trace header to each attempt and notes what each hook saw. */
    private final Interceptor tracing = new Interceptor() {
        @Override
        public TransportRequest beforeRequest(AttemptInfo attempt, TransportRequest request) {
            return request.toBuilder()
                    .header("traceparent", "trace-" + attempt.number())
                    .build();
        }

        @Override
        public TransportResponse afterResponse(AttemptInfo attempt, TransportResponse response) {
            seen.add("attempt " + attempt.number() + ": " + response.statusCode());
            return response;
        }

        @Override
        public void callSucceeded(CallInfo call, int statusCode) {
            seen.add("call: " + statusCode + " after " + call.attempts());
        }
    };

    @Test
    void aClientInterceptorSeesEveryAttemptAndTheCallOnce() {
        server.enqueue(Reply.error(503, "busy"), Reply.endpoint());
        Together client =
                TestClients.builder(server, sleeper).interceptor(tracing).build();

        client.endpoints().retrieve(ENDPOINT_ID);

        assertEquals(List.of("attempt 1: 503", "attempt 2: 200", "call: 200 after 2"), seen);
        assertEquals(Optional.of("trace-1"), server.received().get(0).header("traceparent"));
        assertEquals(Optional.of("trace-2"), server.received().get(1).header("traceparent"));
    }

    @Test
    void aCallsOwnInterceptorRunsForThatCallOnlyAsyncToo() throws Exception {
        server.enqueue(Reply.endpoint(), Reply.endpoint());
        Together client = TestClients.builder(server, sleeper).build();

        client.async()
                .endpoints()
                .retrieve(
                        ENDPOINT_ID,
                        RequestOptions.builder().interceptor(tracing).build())
                .get(10, TimeUnit.SECONDS);
        client.endpoints().retrieve(ENDPOINT_ID);

        assertEquals(List.of("attempt 1: 200", "call: 200 after 1"), seen);
        assertEquals(Optional.of("trace-1"), server.received().get(0).header("traceparent"));
        assertTrue(server.received().get(1).header("traceparent").isEmpty());
    }
}
