package dev.kiln.runtime.core;

import static dev.kiln.runtime.core.LoopbackServer.WAIT_SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The asynchronous raw calls give what the blocking ones give: status, headers, request id, the body on demand. */
class AsyncRawResponseTest {
    private LoopbackServer server;

    @AfterEach
    void stop() throws InterruptedException {
        server.stop();
    }

    private HttpExecutor executor(int status, String contentType, String body) throws IOException {
        server = LoopbackServer.start(exchange -> {
            byte[] bytes = body.getBytes(
                    contentType.endsWith("ISO-8859-1") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.getResponseHeaders().set("x-request-id", "req-7");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        });
        return new HttpExecutor(
                ClientOptions.builder().baseUrl(server.baseUrl()).build(), new RecordingErrors());
    }

    @Test
    void jsonArrivesWithStatusHeadersAndRequestId() throws Exception {
        RawResponse<String> raw = executor(201, "application/json", "\"made\"")
                .sendAsync(
                        ApiCall.json(ApiRequest.builder("POST", "/things").build(), Codecs.STRING)
                                .raw(),
                        RequestOptions.none())
                .get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertEquals(201, raw.statusCode());
        assertEquals("req-7", raw.requestId().orElseThrow());
        assertEquals(
                "application/json", raw.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("made", raw.parse());
    }

    @Test
    void textIsReadOnParse() throws Exception {
        RawResponse<String> raw = executor(200, "text/plain; charset=ISO-8859-1", "caf\u00e9")
                .sendAsync(
                        ApiCall.text(ApiRequest.builder("GET", "/readme").build())
                                .raw(),
                        RequestOptions.none())
                .get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertEquals(200, raw.statusCode());
        assertEquals("caf\u00e9", raw.parse());
    }

    @Test
    void noContentParsesToNull() throws Exception {
        RawResponse<Void> raw = executor(204, "application/json", "")
                .sendAsync(
                        ApiCall.noContent(ApiRequest.builder("DELETE", "/things/1")
                                        .build())
                                .raw(),
                        RequestOptions.none())
                .get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertEquals(204, raw.statusCode());
        assertNull(raw.parse());
    }
}
