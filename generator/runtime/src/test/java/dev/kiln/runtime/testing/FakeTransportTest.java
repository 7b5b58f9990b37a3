package dev.kiln.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.runtime.core.ApiCall;
import dev.kiln.runtime.core.ApiRequest;
import dev.kiln.runtime.core.ClientOptions;
import dev.kiln.runtime.core.Codecs;
import dev.kiln.runtime.core.ErrorFactory;
import dev.kiln.runtime.core.EventStream;
import dev.kiln.runtime.core.HttpExecutor;
import dev.kiln.runtime.core.Page;
import dev.kiln.runtime.core.PageStyle;
import dev.kiln.runtime.core.RequestOptions;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The fake transport under the runtime: paging, event streams, async calls and failures behave as over a network. */
class FakeTransportTest {
    private static final FakeOperation LIST = FakeOperation.of(
            "items().list", "GET", "/items", List.of(new CannedAnswer(200, "two", "{\"data\":[1,2],\"next\":\"c\"}")));
    private static final FakeOperation EVENTS = FakeOperation.of("GET", "/items/{id}/events");

    private final FakeTransport fake = new FakeTransport();
    private final NoWaitSleeper sleeper = new NoWaitSleeper();
    private final HttpExecutor http = new HttpExecutor(
            ClientOptions.builder()
                    .baseUrl("https://api.example.com/v1")
                    .transport(fake)
                    .sleeper(sleeper)
                    .build(),
            new Errors());

    @Test
    void pagesAreFetchedFromTheQueuedAnswersFollowingTheCursor() {
        fake.on(LIST).respondWithExample("two").respond(200, "{\"data\":[3]}");

        List<JsonNode> items = Page.first(
                        http,
                        ApiRequest.builder("GET", "/items").build(),
                        Codecs.JSON,
                        Codecs.JSON,
                        PageStyle.cursor("after", "/data", "/next", ""),
                        RequestOptions.none())
                .autoPager()
                .stream()
                .toList();

        assertEquals(3, items.size());
        assertEquals("after=c", fake.requests(LIST).get(1).uri().getQuery());
        fake.assertAllAnswersUsed();
    }

    @Test
    void aStreamOfEventsIsReadAsItWouldBeFromTheNetwork() {
        fake.on(EVENTS).events("{\"n\":1}", "{\"n\":2}");

        try (EventStream<JsonNode> stream = http.send(
                ApiCall.events(ApiRequest.builder("GET", "/items/7/events").build(), Codecs.JSON),
                RequestOptions.none())) {
            assertEquals(
                    List.of(1, 2),
                    stream.stream().map(event -> event.get("n").asInt()).toList());
        }
    }

    @Test
    void asyncCallsRetryFailuresWithoutWaiting() throws Exception {
        fake.on(LIST).dropConnection().timeout().respond(200, "{\"data\":[]}");

        JsonNode body = http.sendAsync(
                        ApiCall.json(ApiRequest.builder("GET", "/items").build(), Codecs.JSON), RequestOptions.none())
                .get(10, TimeUnit.SECONDS);

        assertEquals(0, body.get("data").size());
        assertEquals(2, sleeper.delays().size());
        assertEquals(3, fake.requests().size());
    }

    @Test
    void afterTheLastRetryTheFailureIsTheSdksException() {
        fake.on(LIST).timeout().timeout().timeout();

        CompletionException failed = assertThrows(
                CompletionException.class,
                () -> http.sendAsync(
                                ApiCall.noContent(
                                        ApiRequest.builder("GET", "/items").build()),
                                RequestOptions.none())
                        .join());

        assertEquals("timeout after 3", failed.getCause().getMessage());
    }

    @Test
    void answersLeftOverFailTheCheck() {
        fake.on(LIST).respond(200, "{}").respond(200, "{}");
        http.send(ApiCall.noContent(ApiRequest.builder("GET", "/items").build()), RequestOptions.none());

        AssertionError left = assertThrows(AssertionError.class, fake::assertAllAnswersUsed);

        assertTrue(left.getMessage().contains("items().list (GET /items): 1 answer(s) left"), left.getMessage());
    }

    /** Exceptions that name the kind of failure and the attempts. */
    private static final class Errors implements ErrorFactory {
        @Override
        public RuntimeException forStatus(dev.kiln.runtime.core.ApiResponse response) {
            return new IllegalStateException("status " + response.statusCode());
        }

        @Override
        public RuntimeException forInvalidResponse(
                dev.kiln.runtime.core.ApiResponse response, dev.kiln.runtime.core.JsonDataException cause) {
            return new IllegalStateException("invalid", cause);
        }

        @Override
        public RuntimeException forTimeout(ApiRequest request, HttpTimeoutException cause, int attempts) {
            return new IllegalStateException("timeout after " + attempts);
        }

        @Override
        public RuntimeException forIo(ApiRequest request, IOException cause, int attempts) {
            return new IllegalStateException("io after " + attempts);
        }
    }
}
