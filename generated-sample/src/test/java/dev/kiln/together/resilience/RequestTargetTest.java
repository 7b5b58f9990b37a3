package dev.kiln.together.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.together.Together;
import dev.kiln.together.core.RequestOptions;
import dev.kiln.together.models.ListHardwareParams;
import dev.kiln.together.transport.SampleTransports;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Values reach the server percent-encoded: a path parameter stays one segment, a query value stays one value. */
@Timeout(30)
class RequestTargetTest {
    private ScriptedServer server;
    private Together client;

    @BeforeEach
    void startServer() {
        server = ScriptedServer.start();
        client = TestClients.builder(server, new RecordingSleeper()).build();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void anIdWithReservedCharactersSpacesAndUnicodeIsOnePathSegment() {
        server.enqueue(Reply.endpoint());

        client.endpoints().retrieve("a/b?c#d e é");

        RecordedRequest sent = server.received().get(0);
        assertEquals("/v1/endpoints/a%2Fb%3Fc%23d%20e%20%C3%A9", sent.rawPath());
        assertEquals(Optional.empty(), sent.rawQuery(), "'?' in the id must not start a query");
    }

    @Test
    void anIdCannotClimbOutOfItsPath() {
        server.enqueue(Reply.endpoint(), Reply.endpoint());

        client.endpoints().retrieve("../../admin");
        assertEquals("/v1/endpoints/..%2F..%2Fadmin", server.received().get(0).rawPath());

        if (SampleTransports.overOkHttp()) {
            // OkHttp's URLs resolve %2E%2E as '..': its transport refuses the path rather than send it elsewhere
            assertThrows(
                    IllegalArgumentException.class, () -> client.endpoints().retrieve(".."));
            assertEquals(1, server.received().size());
        } else {
            client.endpoints().retrieve("..");
            assertEquals("/v1/endpoints/%2E%2E", server.received().get(1).rawPath());
        }
    }

    @Test
    void aQueryValueWithAmpersandSpacePlusAndEqualsIsOneValue() {
        server.enqueue(Reply.json(200, "{\"object\": \"list\", \"data\": []}"));

        client.endpoints()
                .listHardware(ListHardwareParams.builder()
                        .model("meta-llama/Llama 3 & co+x=y")
                        .build());

        RecordedRequest sent = server.received().get(0);
        assertEquals("/v1/hardware", sent.rawPath());
        assertEquals(Optional.of("model=meta-llama%2FLlama%203%20%26%20co%2Bx%3Dy"), sent.rawQuery());
    }

    @Test
    void aPerRequestQueryParameterIsEncodedAndAddedAfterTheCallsOwn() {
        server.enqueue(Reply.json(200, "{\"object\": \"list\", \"data\": []}"));

        client.endpoints()
                .listHardware(
                        ListHardwareParams.builder().model("m").build(),
                        RequestOptions.builder().queryParam("trace id", "a&b=c").build());

        assertEquals(
                Optional.of("model=m&trace%20id=a%26b%3Dc"),
                server.received().get(0).rawQuery());
    }
}
