package dev.kiln.it.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.kiln.it.pets.models.Pet;
import dev.kiln.it.pets.models.PetStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generated client against a real HTTP server on 127.0.0.1 that answers every request with one canned response. */
class PetCatalogTest {
    private HttpServer server;
    private PetCatalog catalog;
    private int status;
    private String responseBody;
    private String method;
    private String requestUri;
    private String authorization;
    private String requestBody;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
        catalog = new PetCatalog("http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "test-key");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        method = exchange.getRequestMethod();
        requestUri = exchange.getRequestURI().toString();
        authorization = exchange.getRequestHeaders().getFirst("Authorization");
        requestBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        byte[] bytes = responseBody.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void findsOnePetByItsPathParameter() {
        status = 200;
        responseBody = "{\"id\": 42, \"name\": \"Rex\", \"status\": \"available\", \"nick_name\": \"Rexy\"}";

        Pet pet = catalog.find("42");

        assertEquals("GET /v1/pets/42", method + " " + requestUri);
        assertEquals("Bearer test-key", authorization);
        assertEquals(42L, pet.id());
        assertEquals("Rex", pet.name());
        assertEquals(PetStatus.AVAILABLE, pet.status());
        assertEquals(Optional.of("Rexy"), pet.nickName());
    }

    @Test
    void listsPetsWithQueryParametersAndKeepsAnUnknownStatus() {
        status = 200;
        responseBody = "[{\"id\": 1, \"name\": \"Rex\", \"status\": \"available\"},"
                + " {\"id\": 2, \"name\": \"Tom\", \"status\": \"adopted\"}]";

        List<Pet> pets = catalog.available(2);

        assertEquals("GET /v1/pets?limit=2&status=available", method + " " + requestUri);
        assertEquals(2, pets.size());
        assertEquals(Optional.empty(), pets.get(0).nickName());
        assertTrue(pets.get(0).status().isKnown());
        assertEquals(PetStatus.Value._UNKNOWN, pets.get(1).status().value());
        assertEquals("adopted", pets.get(1).status().asString());
        assertFalse(pets.get(1).status().isKnown());
    }

    @Test
    void sendsTheBuiltModelAsTheBody() throws IOException {
        status = 201;
        responseBody = "{\"id\": 7, \"name\": \"Tom\", \"status\": \"pending\", \"nick_name\": \"Tommy\"}";

        Pet pet = catalog.register("Tom", "Tommy");

        assertEquals("POST /v1/pets", method + " " + requestUri);
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.readTree("{\"name\": \"Tom\", \"nick_name\": \"Tommy\"}"), json.readTree(requestBody));
        assertEquals(7L, pet.id());
        assertEquals(PetStatus.PENDING, pet.status());
        assertEquals(pet, Pet.fromJson(pet.toJson()));
    }
}
