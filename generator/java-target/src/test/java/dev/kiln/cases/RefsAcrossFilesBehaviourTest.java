package dev.kiln.cases;

import static dev.kiln.cases.CompiledSdk.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code refs-across-files} case's client at work against a local server: its operations, each written in
 * another file or put in place of an operation by {@code $ref}, send the parameters and bodies those files declare
 * and read the answers and errors they describe.
 */
class RefsAcrossFilesBehaviourTest {
    private static CompiledSdk sdk;
    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String answer = "{}";

    @BeforeAll
    static void compile() {
        sdk = CompiledSdk.clean("refs-across-files");
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String reason = exchange.getRequestHeaders().getFirst("reason");
                requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI()
                        + (reason == null ? "" : " reason=" + reason) + (body.isEmpty() ? "" : " " + body));
                byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
                if (status != 204) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(bytes);
                    }
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aPathItemInAnotherFileSendsTheParametersOfItsParameterFilesAndReadsItsSchemaFile() {
        answer =
                "{\"data\":[{\"id\":\"p1\",\"name\":\"Rex\",\"kind\":\"dog\",\"owner\":{\"name\":\"Ann\"}}],\"next_cursor\":\"c2\"}";
        Object params =
                call(call(call(sdk.callStatic("ListPetsParams", "builder"), "limit", 10), "cursor", "c1"), "build");

        Object page = call(call(pets(), "list", params), "body");

        assertEquals(List.of("GET /pets?limit=10&cursor=c1"), requests);
        Object pet = ((List<?>) call(page, "data")).get(0);
        assertEquals("Rex", call(pet, "name"));
        assertEquals(sdk.constant("PetKind", "DOG"), call(pet, "kind"));
        assertEquals(Optional.of("Ann"), call(((Optional<?>) call(pet, "owner")).orElseThrow(), "name"));
        assertEquals(Optional.of("c2"), call(page, "nextCursor"));
    }

    @Test
    void anOperationInAnotherFileTakesItsPathParameterAndReadsItsAnswer() {
        answer = "{\"id\":\"p 1\",\"name\":\"Tom\",\"kind\":\"cat\"}";

        Object pet = call(pets(), "retrieve", "p 1");

        assertEquals(List.of("GET /pets/p%201"), requests);
        assertEquals("Tom", call(pet, "name"));
    }

    @Test
    void aHeaderWhoseSchemaIsAPropertyOfASchemaFileSendsTheEnumsWireValue() {
        status = 204;
        Object params = call(
                call(sdk.callStatic("DeletePetParams", "builder"), "reason", sdk.constant("PetKind", "RABBIT")),
                "build");

        call(pets(), "delete", "p1", params);

        assertEquals(List.of("DELETE /pets/p1 reason=rabbit"), requests);
    }

    @Test
    void aRequestBodyFileIsSentAsJson() {
        status = 201;
        answer = "{\"id\":\"p2\",\"name\":\"Bun\",\"kind\":\"rabbit\"}";
        Object tag = call(call(sdk.callStatic("Tag", "builder"), "label", "fluffy"), "build");
        Object body = call(
                call(
                        call(
                                call(sdk.callStatic("CreatePetRequest", "builder"), "name", "Bun"),
                                "kind",
                                sdk.constant("PetKind", "RABBIT")),
                        "tags",
                        List.of(tag)),
                "build");

        Object pet = call(pets(), "create", body);

        assertEquals(
                List.of("POST /pets {\"name\":\"Bun\",\"kind\":\"rabbit\",\"tags\":[{\"label\":\"fluffy\"}]}"),
                requests);
        assertEquals("p2", call(pet, "id"));
    }

    @Test
    void aResponseOfAnotherFileIsTheErrorTheClientThrowsWithItsParsedBody() {
        status = 404;
        answer = "{\"message\":\"no such pet\",\"code\":\"not_found\"}";

        RuntimeException error = assertThrows(RuntimeException.class, () -> call(pets(), "retrieve", "p9"));

        assertEquals("NotFoundException", error.getClass().getSimpleName(), error.toString());
        assertEquals(404, call(error, "statusCode"));
        assertEquals("{\"message\":\"no such pet\",\"code\":\"not_found\"}", call(error, "body"));
        Object parsed = ((Optional<?>) call(error, "error")).orElseThrow();
        assertEquals("no such pet", call(parsed, "message"));
    }

    private Object pets() {
        Object builder = CompiledSdk.callAs(sdk.type("Cases"), null, "builder");
        builder = call(
                call(
                        call(builder, "apiKey", "test-key"),
                        "baseUrl",
                        "http://127.0.0.1:" + server.getAddress().getPort()),
                "maxRetries",
                0);
        return call(call(builder, "build"), "pets");
    }
}
