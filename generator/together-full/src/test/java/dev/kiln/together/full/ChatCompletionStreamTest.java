package dev.kiln.together.full;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiln.together.full.core.EventStream;
import dev.kiln.together.full.models.ChatCompletionChunk;
import dev.kiln.together.full.models.ChatCompletionMessageParam;
import dev.kiln.together.full.models.ChatCompletionRequest;
import dev.kiln.together.full.models.ChatCompletionResponse;
import dev.kiln.together.full.models.ChatCompletionStream;
import dev.kiln.together.full.models.FinishReason;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The streaming operation of Together's full spec: {@code POST /chat/completions} answers with
 * {@code text/event-stream} when the body says {@code "stream": true}. The spec describes each event as a union of a
 * chunk envelope and the {@code [DONE]} sentinel; the SDK hands out typed events until the sentinel.
 */
class ChatCompletionStreamTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ChatCompletionRequest request() {
        return ChatCompletionRequest.builder()
                .model("meta-llama/Llama-3.3-70B-Instruct-Turbo")
                .messages(List.of(ChatCompletionMessageParam.fromJson("{\"role\":\"user\",\"content\":\"Say hello\"}")))
                .build();
    }

    @Test
    void theStreamingCallHandsOutTypedChunksUntilDone() throws IOException {
        try (FixtureServer server =
                FixtureServer.serving("/chat/completions", 200, "text/event-stream", "chat-completions-stream.txt")) {
            Together client = Together.builder()
                    .apiKey("test-key")
                    .baseUrl(server.baseUrl())
                    .build();

            StringBuilder text = new StringBuilder();
            List<Optional<FinishReason>> finishes = new ArrayList<>();
            int events = 0;
            try (EventStream<ChatCompletionStream> stream =
                    client.chat().completions().createStreaming(request())) {
                assertEquals(Optional.of("req-fixture"), stream.requestId());
                for (ChatCompletionStream event : stream) {
                    events++;
                    ChatCompletionChunk chunk = assertInstanceOf(
                                    ChatCompletionStream.OfChatCompletionEvent.class, event)
                            .value()
                            .data();
                    assertEquals("8f3a1c2e5b", chunk.id());
                    chunk.choices().forEach(choice -> {
                        choice.delta().content().ifPresent(text::append);
                        finishes.add(choice.finishReason());
                    });
                }
            }

            assertEquals(3, events, "the [DONE] sentinel ends the stream and is not handed out");
            assertEquals("Hello, world!", text.toString());
            assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.of(FinishReason.STOP)), finishes);

            FixtureServer.Received sent = server.received().get(0);
            assertEquals("POST", sent.method());
            assertEquals("text/event-stream", sent.header("Accept"));
            assertEquals("Bearer test-key", sent.header("Authorization"));
            JsonNode body = JSON.readTree(sent.body());
            assertTrue(body.get("stream").booleanValue(), "the streaming call asks for a stream: " + body);
            assertEquals("Say hello", body.at("/messages/0/content").textValue());
        }
    }

    @Test
    void theEventsAreAlsoAJavaStream() {
        try (FixtureServer server =
                FixtureServer.serving("/chat/completions", 200, "text/event-stream", "chat-completions-stream.txt")) {
            Together client = Together.builder()
                    .apiKey("test-key")
                    .baseUrl(server.baseUrl())
                    .build();

            EventStream<ChatCompletionStream> events =
                    client.chat().completions().createStreaming(request());
            List<String> contents;
            try (var stream = events.stream()) {
                contents = stream.map(event -> ((ChatCompletionStream.OfChatCompletionEvent) event)
                                .value()
                                .data())
                        .flatMap(chunk -> chunk.choices().stream())
                        .map(choice -> choice.delta().content().orElse(""))
                        .toList();
            }

            assertEquals(List.of("Hello", ", world", "!"), contents);
        }
    }

    @Test
    void thePlainCallAsksForJsonEvenWhenTheBodySaysStream() throws IOException {
        try (FixtureServer server =
                FixtureServer.serving("/chat/completions", 200, "application/json", "chat-completions.json")) {
            Together client = Together.builder()
                    .apiKey("test-key")
                    .baseUrl(server.baseUrl())
                    .build();

            ChatCompletionResponse response = client.chat()
                    .completions()
                    .create(request().toBuilder().stream(true).build());

            assertEquals(
                    "Hello, world!",
                    response.choices().get(0).message().orElseThrow().content().orElseThrow());
            assertEquals(
                    Optional.of(FinishReason.STOP), response.choices().get(0).finishReason());
            JsonNode body = JSON.readTree(server.received().get(0).body());
            assertFalse(body.get("stream").booleanValue(), "the plain call cannot read a stream: " + body);
            assertEquals("application/json", server.received().get(0).header("Accept"));
        }
    }

    @Test
    void theNestedResourceAnswersInTheAsynchronousAndRawViewsToo() throws Exception {
        try (FixtureServer server =
                FixtureServer.serving("/chat/completions", 200, "application/json", "chat-completions.json")) {
            Together client = Together.builder()
                    .apiKey("test-key")
                    .baseUrl(server.baseUrl())
                    .build();

            ChatCompletionResponse later = client.async()
                    .chat()
                    .completions()
                    .create(request())
                    .get(10, java.util.concurrent.TimeUnit.SECONDS);
            dev.kiln.together.full.core.RawResponse<ChatCompletionResponse> raw =
                    client.chat().completions().withRawResponse().create(request());
            dev.kiln.together.full.core.RawResponse<ChatCompletionResponse> rawFromParent =
                    client.chat().withRawResponse().completions().create(request());

            assertEquals(
                    "Hello, world!",
                    later.choices().get(0).message().orElseThrow().content().orElseThrow());
            assertEquals(200, raw.statusCode());
            assertEquals(
                    "Hello, world!",
                    raw.parse()
                            .choices()
                            .get(0)
                            .message()
                            .orElseThrow()
                            .content()
                            .orElseThrow());
            assertEquals(200, rawFromParent.statusCode());
            assertEquals(3, server.received().size());
            server.received().forEach(request -> assertEquals("/chat/completions", request.path()));
        }
    }

    @Test
    void anEventStreamCanBeIteratedOnlyOnce() {
        try (FixtureServer server =
                FixtureServer.serving("/chat/completions", 200, "text/event-stream", "chat-completions-stream.txt")) {
            Together client = Together.builder()
                    .apiKey("test-key")
                    .baseUrl(server.baseUrl())
                    .build();

            try (EventStream<ChatCompletionStream> stream =
                    client.chat().completions().createStreaming(request())) {
                stream.iterator();
                assertThrows(IllegalStateException.class, stream::iterator);
            }
        }
    }
}
