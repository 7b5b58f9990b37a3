package dev.kiln.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.kiln.emit.JavaTarget;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generation from a spec at a URL, served by a local server that wants a token and knows ETags: the fetched bytes
 * are fingerprinted (an unchanged remote spec is an up-to-date build, after a {@code 304}; a changed one is
 * generated again), a pinned checksum fails naming both digests, and offline builds read the cache.
 */
class RemoteSpecGenerationTest {
    private static final String TOKEN = "s3cret-spec-token";
    private static final String API = """
            openapi: 3.0.3
            info: {title: Pets, version: '1'}
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    '200':
                      description: The pets.
                      content:
                        application/json:
                          schema:
                            type: array
                            items:
                              $ref: 'schemas/pet.yaml'
            """;
    private static final String PET = "type: object\nproperties:\n  name: {type: string}\n";

    @TempDir
    Path folder;

    private HttpServer server;
    private final Map<String, String> files = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> log = new ArrayList<>();
    private final Generation generation = new Generation(
            new GenerationLog() {
                @Override
                public void info(String message) {
                    log.add("info " + message);
                }

                @Override
                public void warn(String message) {
                    log.add("warn " + message);
                }

                @Override
                public void error(String message) {
                    log.add("error " + message);
                }
            },
            new OptionNames("--fail", "--check"),
            new JavaTarget());

    @BeforeEach
    void serve() throws IOException {
        files.put("/specs/api.yaml", API);
        files.put("/specs/schemas/pet.yaml", PET);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String content = files.get(exchange.getRequestURI().getPath());
                String etag = content == null ? "\"none\"" : "\"" + Integer.toHexString(content.hashCode()) + "\"";
                int status = !("Bearer " + TOKEN)
                                .equals(exchange.getRequestHeaders().getFirst("Authorization"))
                        ? 401
                        : content == null
                                ? 404
                                : etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match")) ? 304 : 200;
                requests.add(exchange.getRequestURI().getPath() + " " + status);
                exchange.getResponseHeaders().set("ETag", etag);
                if (status != 200) {
                    exchange.sendResponseHeaders(status, -1);
                    return;
                }
                byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
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
    void anUnchangedRemoteSpecIsUpToDateAndAChangedOneIsGeneratedAgain() throws Exception {
        GenerateOutcome first = generation.generate(request(false, null), output());
        GenerateOutcome second = generation.generate(request(false, null), output());
        files.put("/specs/schemas/pet.yaml", PET + "  age: {type: integer}\n");
        GenerateOutcome third = generation.generate(request(false, null), output());

        assertInstanceOf(GenerateOutcome.Written.class, first);
        assertInstanceOf(GenerateOutcome.UpToDate.class, second);
        assertInstanceOf(GenerateOutcome.Written.class, third);
        assertEquals(
                List.of(
                        "/specs/api.yaml 200",
                        "/specs/schemas/pet.yaml 200",
                        "/specs/api.yaml 304",
                        "/specs/schemas/pet.yaml 304",
                        "/specs/api.yaml 304",
                        "/specs/schemas/pet.yaml 200"),
                requests);
        assertTrue(Files.readString(folder.resolve("out/com/example/pets/models/Pet.java"))
                .contains("age()"));
        assertTrue(log.stream().noneMatch(line -> line.contains(TOKEN)), "the token was logged: " + log);
        assertFalse(Files.readString(folder.resolve("state/pets.fingerprint")).contains(TOKEN));
    }

    @Test
    void offlineTheCachedSpecGeneratesAndWithoutACacheTheBuildFailsClearly() throws Exception {
        GenerationFailure uncached =
                assertThrows(GenerationFailure.class, () -> generation.generate(request(true, null), output()));
        generation.generate(request(false, null), output());
        requests.clear();
        Files.delete(folder.resolve("state/pets.fingerprint"));

        GenerateOutcome offline = generation.generate(request(true, null), output());

        assertEquals(GenerationFailure.Reason.SPEC_UNAVAILABLE, uncached.reason());
        assertTrue(uncached.getMessage().startsWith("[KILN-REMOTE-SPEC-OFFLINE] "), uncached.getMessage());
        assertInstanceOf(GenerateOutcome.Written.class, offline);
        assertEquals(List.of(), requests, "offline, nothing is fetched");
    }

    @Test
    void aPinnedChecksumFailsNamingBothDigestsWhenTheSpecChanges() throws Exception {
        String pinned = sha256(API);
        generation.generate(request(false, "sha256:" + pinned), output());
        files.put("/specs/api.yaml", API.replace("The pets.", "All the pets."));

        GenerationFailure changed = assertThrows(
                GenerationFailure.class, () -> generation.generate(request(false, "sha256:" + pinned), output()));

        assertEquals(GenerationFailure.Reason.SPEC_CHECKSUM, changed.reason());
        assertTrue(changed.getMessage().startsWith("[KILN-SPEC-CHECKSUM] "), changed.getMessage());
        assertTrue(changed.getMessage().contains(pinned), changed.getMessage());
        assertTrue(
                changed.getMessage().contains(sha256(API.replace("The pets.", "All the pets."))), changed.getMessage());
    }

    @Test
    void withoutTheCredentialsTheServersRefusalIsTheError() {
        WrittenSettings.Remote anonymous = new WrittenSettings.Remote(
                "http://127.0.0.1:" + server.getAddress().getPort() + "/specs/api.yaml",
                Map.of(),
                folder.resolve("cache"),
                false,
                5);

        GenerationFailure refused = assertThrows(
                GenerationFailure.class,
                () -> generation.generate(
                        new WrittenSettings()
                                .remote(anonymous)
                                .basePackage("com.example.pets")
                                .clientName("Pets")
                                .request(),
                        output()));

        assertEquals(GenerationFailure.Reason.SPEC_UNAVAILABLE, refused.reason());
        assertTrue(refused.getMessage().contains("the server answered 401"), refused.getMessage());
    }

    private GenerationRequest request(boolean offline, String checksum) throws GenerationFailure {
        WrittenSettings.Remote remote = new WrittenSettings.Remote(
                "http://127.0.0.1:" + server.getAddress().getPort() + "/specs/api.yaml",
                Map.of("Authorization", "Bearer " + TOKEN),
                folder.resolve("cache"),
                offline,
                5);
        return new WrittenSettings()
                .remote(remote)
                .basePackage("com.example.pets")
                .clientName("Pets")
                .specChecksum(checksum)
                .request();
    }

    private OutputSettings output() {
        return new OutputSettings(
                folder.resolve("out"), folder.resolve("state/pets.fingerprint"), Optional.empty(), false, false);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
