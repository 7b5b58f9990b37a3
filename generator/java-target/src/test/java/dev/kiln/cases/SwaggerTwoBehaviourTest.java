package dev.kiln.cases;

import static dev.kiln.cases.CompiledSdk.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The {@code swagger-2} case's client at work against a local server: a Swagger 2.0 spec, converted, sends each
 * {@code collectionFormat} as 2.0 says (csv joined by commas, multi repeated, pipes and ssv joined), a {@code body}
 * parameter as JSON, {@code formData} as the form its operation {@code consumes}, and reads what it {@code produces}.
 */
class SwaggerTwoBehaviourTest {
    private static CompiledSdk sdk;
    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String contentType = "application/json";
    private volatile String answer = "[]";

    @BeforeAll
    static void compile() {
        sdk = CompiledSdk.clean("swagger-2");
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                requests.add(exchange.getRequestMethod() + " "
                        + exchange.getRequestURI().getRawPath()
                        + (exchange.getRequestURI().getRawQuery() == null
                                ? ""
                                : "?" + exchange.getRequestURI().getRawQuery())
                        + " content-type=" + exchange.getRequestHeaders().getFirst("Content-Type")
                        + " accept=" + exchange.getRequestHeaders().getFirst("Accept")
                        + (body.isEmpty() ? "" : " " + body));
                byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", contentType);
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
    void eachCollectionFormatIsSentAsSwaggerTwoSays() {
        Object params = sdk.callStatic("ListPetsParams", "builder");
        params = call(params, "tags", List.of("old", "calm"));
        params = call(params, "ids", List.of(1L, 2L));
        params = call(params, "colors", List.of("red", "tan"));
        params = call(params, "words", List.of("good", "boy"));

        call(pets(), "list", call(params, "build"));

        String request = requests.get(0);
        assertTrue(
                request.startsWith("GET /v1/pets?tags=old%2Ccalm&ids=1&ids=2&colors=red%7Ctan&words=good%20boy "),
                request);
    }

    @Test
    void aBodyParameterIsSentAsJsonAndTheAnswerIsReadFromItsSchema() {
        status = 201;
        answer = "{\"id\":7,\"name\":\"Rex\",\"kind\":\"dog\",\"nickname\":null}";
        Object body = call(call(sdk.callStatic("NewPet", "builder"), "name", "Rex"), "build");

        Object pet = call(pets(), "create", body);

        assertEquals(
                List.of("POST /v1/pets content-type=application/json accept=application/json {\"name\":\"Rex\"}"),
                requests);
        assertEquals(7L, call(pet, "id"));
        assertEquals(Optional.empty(), call(pet, "nickname"), "x-nullable read as nullable: null is no nickname");
    }

    @Test
    void formDataOfAnOperationThatConsumesAFormIsSentAsThatFormAndItsTextAnswerRead() {
        contentType = "text/plain";
        answer = "note-3";
        Object body = call(
                call(call(sdk.callStatic("AddNoteRequest", "builder"), "text", "likes walks"), "author", "Ann"),
                "build");

        Object id = call(pets(), "createNote", "p1", body);

        assertEquals("note-3", id);
        assertEquals(
                List.of("POST /v1/pets/p1/notes content-type=application/x-www-form-urlencoded"
                        + " accept=text/*, */*;q=0.5 text=likes%20walks&author=Ann"),
                requests);
    }

    @Test
    void aFormDataFileIsSentAsAMultipartFilePart() {
        status = 204;
        Object file = CompiledSdk.callAs(
                sdk.core("FileContent"),
                null,
                "of",
                "PNG bytes".getBytes(StandardCharsets.UTF_8),
                "rex.png",
                "image/png");
        Object body = call(
                call(call(sdk.callStatic("UploadPhotoRequest", "builder"), "file", file), "caption", "Rex"), "build");

        call(pets(), "uploadPhoto", "p1", body);

        String request = requests.get(0);
        assertTrue(request.startsWith("POST /v1/pets/p1/photo content-type=multipart/form-data; boundary="), request);
        assertTrue(request.contains("name=\"file\"; filename=\"rex.png\""), request);
        assertTrue(request.contains("Content-Type: image/png"), request);
        assertTrue(request.contains("PNG bytes"), request);
        assertTrue(request.contains("name=\"caption\""), request);
    }

    private Object pets() {
        Object builder = CompiledSdk.callAs(sdk.type("Cases"), null, "builder");
        builder = call(
                call(
                        call(builder, "apiKey", "test-key"),
                        "baseUrl",
                        "http://127.0.0.1:" + server.getAddress().getPort() + "/v1"),
                "maxRetries",
                0);
        return call(call(builder, "build"), "pets");
    }
}
