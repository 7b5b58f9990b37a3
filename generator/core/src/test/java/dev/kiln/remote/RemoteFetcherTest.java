package dev.kiln.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.spec.LoadedSpec;
import dev.kiln.spec.ReadLimits;
import dev.kiln.spec.SpecLoader;
import dev.kiln.spec.SpecSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A remote spec fetched from a local server: with its credentials, the file it references beside it, revalidated
 * with a {@code 304}, read offline from the cache; and every failure (a refused credential, a dropped connection, no
 * answer, no server, no cache offline) a {@code KILN-} error naming the URL and never the credential.
 */
class RemoteFetcherTest {
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
    private static final String PET = """
            type: object
            properties:
              name:
                type: string
            """;
    private static final Map<String, String> AUTH = Map.of("Authorization", "Bearer " + SpecServer.TOKEN);

    @TempDir
    Path cache;

    private SpecServer server;
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void serve() throws IOException {
        server = new SpecServer();
        server.put("/specs/api.yaml", API);
        server.put("/specs/schemas/pet.yaml", PET);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theSpecAndTheFileItReferencesAreFetchedWithTheCredentialsAndReadFromTheCache() throws Exception {
        RemoteSpec spec = spec(false);

        Path root = new RemoteFetcher(log::add).fetch(spec);

        assertEquals(List.of("GET /specs/api.yaml -> 200", "GET /specs/schemas/pet.yaml -> 200"), server.requests);
        assertEquals(spec.localRoot(), root);
        assertEquals(PET, Files.readString(root.resolveSibling("schemas/pet.yaml")));
        LoadedSpec loaded = new SpecLoader().load(root, spec.displayName());
        assertTrue(
                loaded.openApi().getComponents().getSchemas().keySet().stream()
                        .anyMatch(name -> name.equalsIgnoreCase("pet")),
                "the referenced file's schema: "
                        + loaded.openApi().getComponents().getSchemas().keySet());
        assertNoSecretIn(cache);
        assertTrue(log.stream().noneMatch(line -> line.contains(SpecServer.TOKEN)), log.toString());
    }

    @Test
    void aFileReferencedByAnAbsoluteUrlOnTheSpecsServerIsFetchedAndFollowed() throws Exception {
        server.put("/specs/api.yaml", API.replace("'schemas/pet.yaml'", "'" + server.uri("/shared/pet.yaml") + "'"));
        server.put("/shared/pet.yaml", PET);
        RemoteSpec spec = spec(false);

        Path root = new RemoteFetcher(log::add).fetch(spec);
        LoadedSpec loaded = new SpecLoader(
                        new SpecSettings(ReadLimits.DEFAULT, Optional.of(spec), Optional.empty(), List.of()))
                .load(root, spec.displayName());

        assertEquals(List.of("GET /specs/api.yaml -> 200", "GET /shared/pet.yaml -> 200"), server.requests);
        assertTrue(
                loaded.openApi().getComponents().getSchemas().keySet().stream()
                        .anyMatch(name -> name.equalsIgnoreCase("pet")),
                loaded.openApi().getComponents().getSchemas().keySet().toString());
    }

    @Test
    void aFileOnlyADiscriminatorMappingNamesIsFetchedAndARefInADescriptionIsNot() throws Exception {
        server.put("/specs/api.yaml", API + """
                components:
                  schemas:
                    Animal:
                      description: "Not a reference: $ref: 'schemas/nothing.yaml'"
                      oneOf:
                        - $ref: 'schemas/pet.yaml'
                      discriminator:
                        propertyName: kind
                        mapping:
                          pet: 'schemas/pet.yaml'
                          cat: 'schemas/cat.yaml#/Cat'
                          dog: Dog
                """);
        server.put("/specs/schemas/cat.yaml", "Cat:\n" + PET.indent(2));

        new RemoteFetcher(log::add).fetch(spec(false));

        assertEquals(
                List.of(
                        "GET /specs/api.yaml -> 200",
                        "GET /specs/schemas/pet.yaml -> 200",
                        "GET /specs/schemas/cat.yaml -> 200"),
                server.requests);
    }

    @Test
    void aSecondFetchRevalidatesEachFileAndReadsTheUnchangedOnesFromTheCache() throws Exception {
        new RemoteFetcher(log::add).fetch(spec(false));
        server.put("/specs/schemas/pet.yaml", PET + "required: [name]\n");

        Path root = new RemoteFetcher(log::add).fetch(spec(false));

        assertEquals(
                List.of(
                        "GET /specs/api.yaml -> 200",
                        "GET /specs/schemas/pet.yaml -> 200",
                        "GET /specs/api.yaml -> 304",
                        "GET /specs/schemas/pet.yaml -> 200"),
                server.requests);
        assertEquals(API, Files.readString(root));
        assertTrue(Files.readString(root.resolveSibling("schemas/pet.yaml")).endsWith("required: [name]\n"));
        assertTrue(
                log.contains("Kiln: " + spec(false).displayName() + " is unchanged (304), read from the cache"),
                log.toString());
    }

    @Test
    void offlineTheCacheIsReadAndNothingIsFetched() throws Exception {
        new RemoteFetcher(log::add).fetch(spec(false));
        server.requests.clear();

        Path root = new RemoteFetcher(log::add).fetch(spec(true));

        assertEquals(List.of(), server.requests);
        assertEquals(API, Files.readString(root));
    }

    @Test
    void offlineWithoutACachedCopyIsAClearError() {
        RemoteSpecException failure =
                assertThrows(RemoteSpecException.class, () -> new RemoteFetcher(log::add).fetch(spec(true)));

        assertEquals(RemoteSpecException.Kind.OFFLINE_WITHOUT_CACHE, failure.kind());
        assertTrue(
                failure.getMessage().startsWith("[KILN-REMOTE-SPEC-OFFLINE] " + server.uri("/specs/api.yaml")),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("build once online"), failure.getMessage());
        assertEquals(List.of(), server.requests);
    }

    @Test
    void refusedCredentialsAreA401ErrorThatNamesTheHeaderNotItsValue() {
        RemoteSpec wrong = new RemoteSpec(
                server.uri("/specs/api.yaml"),
                Map.of("Authorization", "Bearer wrong-secret"),
                cache,
                false,
                Duration.ofSeconds(5));

        RemoteSpecException failure =
                assertThrows(RemoteSpecException.class, () -> new RemoteFetcher(log::add).fetch(wrong));

        assertEquals(RemoteSpecException.Kind.FETCH_FAILED, failure.kind());
        assertTrue(
                failure.getMessage()
                        .startsWith(
                                "[KILN-REMOTE-SPEC] cannot fetch " + server.uri("/specs/api.yaml")
                                        + ": the server answered 401: it refused the credentials given (the Authorization header)"),
                failure.getMessage());
        assertFalse(failure.getMessage().contains("wrong-secret"), failure.getMessage());
    }

    @Test
    void aConnectionDroppedBeforeTheAnswerIsAClearError() throws Exception {
        try (ServerSocket dropping = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // each connection is read from and closed without a byte of answer; the client may retry a GET once
            Thread accepting = new Thread(() -> {
                for (int connection = 0; connection < 3; connection++) {
                    try (Socket socket = dropping.accept()) {
                        InputStream in = socket.getInputStream();
                        in.read(new byte[256]);
                    } catch (IOException e) {
                        return; // the server socket is closed: the test is over
                    }
                }
            });
            accepting.start();
            RemoteSpec spec =
                    at(URI.create("http://127.0.0.1:" + dropping.getLocalPort() + "/api.yaml"), Duration.ofSeconds(10));

            RemoteSpecException failure =
                    assertThrows(RemoteSpecException.class, () -> new RemoteFetcher(log::add).fetch(spec));

            assertTrue(
                    failure.getMessage()
                            .contains(": the connection to 127.0.0.1:" + dropping.getLocalPort()
                                    + " broke before the answer was whole"),
                    failure.getMessage());
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            RemoteSpec spec =
                    at(URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/api.yaml"), Duration.ofSeconds(1));

            RemoteSpecException failure =
                    assertThrows(RemoteSpecException.class, () -> new RemoteFetcher(log::add).fetch(spec));

            assertTrue(
                    failure.getMessage().contains("no answer from 127.0.0.1:" + silent.getLocalPort() + " within 1 s"),
                    failure.getMessage());
        }
    }

    @Test
    void noServerAtThePortIsAClearError() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        RemoteSpec spec = at(URI.create("http://127.0.0.1:" + port + "/api.yaml"), Duration.ofSeconds(5));

        RemoteSpecException failure =
                assertThrows(RemoteSpecException.class, () -> new RemoteFetcher(log::add).fetch(spec));

        assertTrue(failure.getMessage().contains("cannot connect to 127.0.0.1:" + port), failure.getMessage());
    }

    @Test
    void aMissingRootIsAnErrorButAMissingReferencedFileIsLeftToTheBundlerToPlace() throws Exception {
        server.put("/specs/api.yaml", API.replace("schemas/pet.yaml", "schemas/pett.yaml"));

        Path root = new RemoteFetcher(log::add).fetch(spec(false));
        RemoteSpecException missing = assertThrows(
                RemoteSpecException.class,
                () -> new RemoteFetcher(log::add)
                        .fetch(new RemoteSpec(
                                server.uri("/specs/nope.yaml"), AUTH, cache, false, Duration.ofSeconds(5))));

        assertTrue(Files.isRegularFile(root));
        assertFalse(Files.exists(root.resolveSibling("schemas/pett.yaml")));
        assertTrue(missing.getMessage().contains("the server answered 404 instead of the spec"), missing.getMessage());
    }

    private RemoteSpec spec(boolean offline) {
        return new RemoteSpec(server.uri("/specs/api.yaml"), AUTH, cache, offline, Duration.ofSeconds(5));
    }

    private RemoteSpec at(URI uri, Duration timeout) {
        return new RemoteSpec(uri, Map.of(), cache, false, timeout);
    }

    private static void assertNoSecretIn(Path cache) throws IOException {
        try (Stream<Path> files = Files.walk(cache)) {
            for (Path file : files.toList()) {
                assertFalse(file.toString().contains(SpecServer.TOKEN), file.toString());
                if (Files.isRegularFile(file)) {
                    assertFalse(
                            Files.readString(file, StandardCharsets.UTF_8).contains(SpecServer.TOKEN), file.toString());
                }
            }
        }
    }
}
