package dev.kiln.cases;

import static dev.kiln.cases.CompiledSdk.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code bodies-and-streams} case's SDK at work: multipart, form and JSON bodies as they are built, cookie
 * parameters, and event streams read through the generated client from a real local server, in both forms the
 * spec can describe an event (its data, or the whole event as an object with {@code data}).
 */
class BodiesAndStreamsBehaviourTest {
    private static CompiledSdk sdk;
    private HttpServer server;
    private final List<String> receivedBodies = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void compile() {
        sdk = CompiledSdk.clean("bodies-and-streams");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aMultipartBodySendsItsBinaryFieldsAsFileParts() {
        Object file = fileContent("a,b\n1,2\n", "data.csv", "text/csv");
        Object builder =
                call(call(sdk.callStatic("UploadFileRequest", "builder"), "purpose", "fine-tune"), "file", file);
        Object request = request("FilesRequests", "upload", call(builder, "build"));

        String contentType = (String) call(content(request), "contentType");
        String body = new String((byte[]) call(content(request), "toByteArray"), StandardCharsets.UTF_8);

        assertTrue(contentType.startsWith("multipart/form-data; boundary="), contentType);
        assertTrue(body.contains("Content-Disposition: form-data; name=\"purpose\"\r\n\r\nfine-tune\r\n"), body);
        assertTrue(
                body.contains("Content-Disposition: form-data; name=\"file\"; filename=\"data.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\na,b\n1,2\n\r\n"),
                body);
    }

    @Test
    void aBinaryBodyIsTheFileAsItIs() {
        Object request = request(
                "FilesRequests", "replaceContent", "f-1", fileContent("raw bytes", "x.bin", "application/x-raw"));

        assertEquals("application/x-raw", call(content(request), "contentType"));
        assertEquals("raw bytes", bodyText(request));
        assertEquals("PUT", call(request, "method"));
    }

    @Test
    void aPathParameterWithAnInlineEnumIsTypedAndSendsItsWireValue() {
        Object weekly = sdk.constant("GetFileReportPeriod", "WEEKLY");

        assertEquals("/files/reports/weekly", call(request("FilesRequests", "retrieveReport", weekly), "path"));
    }

    @Test
    void aFormBodyNestsMapsInBrackets() {
        Object builder = call(sdk.callStatic("CreateChargeRequest", "builder"), "amount", 100L);
        builder = call(builder, "currency", "usd");
        builder = call(builder, "metadata", java.util.Map.of("order", "42"));
        builder = call(builder, "expand", List.of("customer", "invoice"));
        Object request = request("ChargesRequests", "create", call(builder, "build"));

        assertEquals("application/x-www-form-urlencoded", call(content(request), "contentType"));
        assertEquals(
                "amount=100&currency=usd&metadata%5Border%5D=42&expand=customer&expand=invoice",
                new String((byte[]) call(content(request), "toByteArray"), StandardCharsets.UTF_8));
    }

    @Test
    void aCookieParameterTravelsInTheCookieHeader() {
        Object params = call(call(sdk.callStatic("DownloadFileParams", "builder"), "session", "s 1"), "build");
        Object request = request("FilesRequests", "download", "f-1", params);

        assertEquals(Optional.of("session=s%201"), call(request, "cookieHeader"));
        assertEquals("/files/f-1/content", call(request, "path"));
    }

    @Test
    void theStreamFlagIsSetByTheMethodNotTheCaller() {
        Object body = call(
                call(call(sdk.callStatic("CompletionRequest", "builder"), "prompt", "hi"), "stream", true), "build");

        assertEquals("{\"prompt\":\"hi\",\"stream\":false}", bodyText(request("CompletionsRequests", "create", body)));
        assertEquals(
                "{\"prompt\":\"hi\",\"stream\":true}",
                bodyText(request("CompletionsRequests", "createStreaming", body)));
    }

    @Test
    void dataEventsDecodeIntoTheSchemaOfTheStream() throws IOException {
        serve(
                "/completions",
                "data: {\"id\":\"c1\",\"text\":\"Hel\"}\n\ndata: {\"id\":\"c1\",\"text\":\"lo\"}\n\ndata: [DONE]\n\n");
        Object body = call(call(sdk.callStatic("CompletionRequest", "builder"), "prompt", "hi"), "build");

        List<String> texts = new ArrayList<>();
        try (AutoCloseable events = (AutoCloseable) call(call(client(), "completions"), "createStreaming", body)) {
            for (Object completion : (Iterable<?>) events) {
                texts.add((String) call(completion, "text"));
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }

        assertEquals(List.of("Hel", "lo"), texts);
        assertEquals(List.of("{\"prompt\":\"hi\",\"stream\":true}"), receivedBodies);
    }

    @Test
    void wholeEventsDecodeIntoTheirUnionWithTheEventName() throws IOException {
        serve("/events", "event: change\ndata: {\"file\":\"/a\"}\n\n: keep-alive\n\ndata: ping\n\n");

        List<Object> received = new ArrayList<>();
        try (AutoCloseable events = (AutoCloseable) call(call(client(), "events"), "watchStreaming")) {
            for (Object event : (Iterable<?>) events) {
                received.add(event);
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }

        assertEquals(2, received.size());
        assertEquals(
                sdk.model("WatchEventsEvent$OfChangeEvent"), received.get(0).getClass());
        Object change = call(received.get(0), "value");
        assertEquals(Optional.of("change"), call(change, "event"));
        assertEquals("/a", call(call(change, "data"), "file"));
        assertEquals(sdk.model("WatchEventsEvent$OfHeartbeat"), received.get(1).getClass());
        assertEquals("ping", call(call(received.get(1), "value"), "data"));
    }

    @Test
    void anErrorEventInTheStreamIsTheStreamErrorException() throws IOException {
        serve(
                "/completions",
                "data: {\"id\":\"c1\",\"text\":\"Hel\"}\n\nevent: error\ndata: {\"message\":\"overloaded\"}\n\n");
        Object body = call(call(sdk.callStatic("CompletionRequest", "builder"), "prompt", "hi"), "build");

        RuntimeException thrown;
        try (AutoCloseable events = (AutoCloseable) call(call(client(), "completions"), "createStreaming", body)) {
            Iterator<?> iterator = ((Iterable<?>) events).iterator();
            assertEquals("Hel", call(iterator.next(), "text"));
            thrown = assertThrows(RuntimeException.class, iterator::hasNext);
        } catch (Exception e) {
            throw new AssertionError(e);
        }

        assertEquals(sdk.type("errors.StreamErrorException"), thrown.getClass());
        assertTrue(sdk.type("errors.CasesServiceException").isInstance(thrown));
        assertEquals(200, call(thrown, "statusCode"));
        assertEquals("{\"message\":\"overloaded\"}", call(thrown, "body"));
    }

    @Test
    void theAsyncViewGivesTheEventsAsAPublisherThatSendsTheCallOnSubscription() throws Exception {
        serve(
                "/completions",
                "data: {\"id\":\"c1\",\"text\":\"Hel\"}\n\ndata: {\"id\":\"c1\",\"text\":\"lo\"}\n\ndata: [DONE]\n\n");
        Object body = call(call(sdk.callStatic("CompletionRequest", "builder"), "prompt", "hi"), "build");
        List<String> texts = new CopyOnWriteArrayList<>();
        CompletableFuture<Throwable> ended = new CompletableFuture<>();

        Flow.Publisher<?> publisher =
                (Flow.Publisher<?>) call(call(call(client(), "async"), "completions"), "createPublisher", body);
        assertEquals(List.of(), receivedBodies, "the call was sent before anyone subscribed");
        publisher.subscribe(new Flow.Subscriber<Object>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(Object completion) {
                texts.add((String) call(completion, "text"));
            }

            @Override
            public void onError(Throwable throwable) {
                ended.complete(throwable);
            }

            @Override
            public void onComplete() {
                ended.complete(null);
            }
        });

        assertNull(ended.get(10, TimeUnit.SECONDS), "the publisher failed");
        assertEquals(List.of("Hel", "lo"), texts);
        assertEquals(List.of("{\"prompt\":\"hi\",\"stream\":true}"), receivedBodies);
    }

    private Object client() {
        Object builder = CompiledSdk.callAs(sdk.type("Cases"), null, "builder");
        builder = call(
                call(builder, "apiKey", "test-key"),
                "baseUrl",
                "http://127.0.0.1:" + server.getAddress().getPort());
        return call(builder, "build");
    }

    private void serve(String path, String events) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(path, exchange -> {
            try (exchange) {
                receivedBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                byte[] bytes = events.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        });
        server.start();
    }

    private Object fileContent(String text, String filename, String contentType) {
        try {
            return sdk.core("FileContent")
                    .getMethod("of", byte[].class, String.class, String.class)
                    .invoke(null, text.getBytes(StandardCharsets.UTF_8), filename, contentType);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Calls a package-private static method of a service's requests class, which builds the call's ApiRequest. */
    private Object request(String requestsClass, String method, Object... arguments) {
        Class<?> type = sdk.type("services." + requestsClass);
        for (Method candidate : type.getDeclaredMethods()) {
            if (candidate.getName().equals(method) && candidate.getParameterCount() == arguments.length) {
                try {
                    candidate.setAccessible(true);
                    return candidate.invoke(null, arguments);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError("no method " + method + " in " + type);
    }

    private static Object content(Object request) {
        return ((Optional<?>) call(request, "content")).orElseThrow();
    }

    private static String bodyText(Object request) {
        return new String((byte[]) call(content(request), "toByteArray"), StandardCharsets.UTF_8);
    }
}
