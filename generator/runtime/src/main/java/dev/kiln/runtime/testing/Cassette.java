package dev.kiln.runtime.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiln.runtime.core.JdkHttpTransport;
import dev.kiln.runtime.core.Json;
import dev.kiln.runtime.core.JsonDataException;
import dev.kiln.runtime.core.Transport;
import dev.kiln.runtime.core.TransportRequest;
import dev.kiln.runtime.core.TransportResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/**
 * A test's real HTTP exchanges, recorded once into a readable JSON file and replayed offline afterwards. A test asks
 * {@link CassetteExtension} for one and builds its client on {@link #transport()}:
 *
 * <pre>{@code
 * @ExtendWith(CassetteExtension.class)
 * class EndpointsTest {
 *     @Test
 *     void listsEndpoints(Cassette cassette) {
 *         Together client = Together.builder().fromEnv().transport(cassette.transport()).build();
 *         assertFalse(client.endpoints().list().data().isEmpty());
 *     }
 * }
 * }</pre>
 *
 * <p>The mode comes from the system property {@value #MODE_PROPERTY}: {@code record} sends every request and writes
 * the cassette when the test passes; {@code replay} answers from the cassette and sends nothing; {@code
 * record-if-missing}, the default, replays a cassette that exists and records one that does not. Cassettes are kept
 * under {@value #DIRECTORY_PROPERTY} ({@code src/test/resources/cassettes} unless set), one file per test. Secrets
 * never reach the file: the values of credential headers, of query parameters and of JSON members that carry keys,
 * tokens or passwords are written as {@code ****}. In replay, a request is answered by the first unused recorded
 * exchange with the same method, path, query and body; one that matches none fails the call with an
 * {@link AssertionError} that shows how it differs from the closest recorded one.
 */
public final class Cassette {
    /** The system property that sets the mode: {@code record}, {@code replay} or {@code record-if-missing}. */
    public static final String MODE_PROPERTY = "kiln.cassette.mode";

    /** The system property that sets the directory the cassettes are kept in. */
    public static final String DIRECTORY_PROPERTY = "kiln.cassette.dir";

    static final String HIDDEN = "****";
    private static final ObjectWriter PRETTY = new ObjectMapper().writerWithDefaultPrettyPrinter();
    private static final Set<String> SECRET_HEADERS =
            Set.of("authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "api-key");
    private static final Set<String> SECRET_NAMES = Set.of(
            "api_key",
            "apikey",
            "key",
            "token",
            "access_token",
            "refresh_token",
            "id_token",
            "client_secret",
            "password",
            "secret");

    /** How a cassette is used. */
    public enum Mode {
        /** Sends every request and records the exchanges. */
        RECORD,
        /** Answers from the recording and sends nothing. */
        REPLAY,
        /** Replays the recording when there is one, else records. */
        RECORD_IF_MISSING;

        /** Reads a mode as the system property gives it, such as {@code record-if-missing}. */
        static Mode parse(String text) {
            return Mode.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    private final Path file;
    private final boolean recording;
    private final Set<String> secretHeaders = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private final List<ObjectNode> recorded = new ArrayList<>();
    private final List<ObjectNode> replayable;
    private final boolean[] used;

    /**
     * Opens the cassette in a file.
     *
     * @param file the cassette's file
     * @param mode how to use it
     * @throws UncheckedIOException when a cassette to replay cannot be read
     * @throws IllegalStateException when the mode is replay and there is no cassette
     */
    public Cassette(Path file, Mode mode) {
        this.file = file;
        this.recording = mode == Mode.RECORD || (mode == Mode.RECORD_IF_MISSING && !Files.exists(file));
        this.secretHeaders.addAll(SECRET_HEADERS);
        if (recording) {
            this.replayable = List.of();
        } else if (!Files.exists(file)) {
            throw new IllegalStateException(
                    "no cassette at " + file + "; record it with -D" + MODE_PROPERTY + "=record");
        } else {
            this.replayable = read(file);
        }
        this.used = new boolean[replayable.size()];
    }

    /**
     * Returns the mode the system property {@value #MODE_PROPERTY} sets.
     *
     * @return the mode, {@link Mode#RECORD_IF_MISSING} unless set
     */
    public static Mode modeFromSystemProperty() {
        return Mode.parse(System.getProperty(MODE_PROPERTY, "record-if-missing"));
    }

    /**
     * Also writes this header's value as {@code ****}.
     *
     * @param name the header's name, in any case
     * @return this cassette
     */
    public Cassette redactHeader(String name) {
        secretHeaders.add(name);
        return this;
    }

    /**
     * Tells whether this cassette records (and sends requests) rather than replays.
     *
     * @return true when recording
     */
    public boolean isRecording() {
        return recording;
    }

    /**
     * Returns the cassette's file.
     *
     * @return the file
     */
    public Path file() {
        return file;
    }

    /**
     * Returns the transport a test's client sends through: recording over a new {@code java.net.http} client, or
     * replaying.
     *
     * @return the transport
     */
    public Transport transport() {
        return recording
                ? transport(new JdkHttpTransport(HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build()))
                : transport(null);
    }

    /**
     * Returns the transport a test's client sends through: recording over a real transport, or replaying (the real
     * one is then never used).
     *
     * @param real the transport that sends requests while recording
     * @return the transport
     */
    public Transport transport(Transport real) {
        return new Transport() {
            @Override
            public TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
                return recording ? record(request, real.send(request)) : replay(request);
            }

            @Override
            public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
                if (recording) {
                    return real.sendAsync(request).thenApply(response -> {
                        try {
                            return record(request, response);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
                try {
                    return CompletableFuture.completedFuture(replay(request));
                } catch (RuntimeException | Error e) {
                    return CompletableFuture.failedFuture(e);
                }
            }
        };
    }

    /**
     * Writes what was recorded, when recording; does nothing in replay.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public void save() {
        if (!recording) {
            return;
        }
        ObjectNode cassette = Json.nodes().objectNode();
        ArrayNode exchanges = cassette.putArray("exchanges");
        synchronized (recorded) {
            recorded.forEach(exchanges::add);
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, PRETTY.writeValueAsString(cassette) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the cassette " + file, e);
        }
    }

    private TransportResponse record(TransportRequest request, TransportResponse response) throws IOException {
        byte[] body;
        try (response) {
            body = response.body().readAllBytes();
        }
        ObjectNode exchange = Json.nodes().objectNode();
        exchange.set("request", requestNode(request));
        ObjectNode answer = exchange.putObject("response");
        answer.put("status", response.statusCode());
        answer.set("headers", headers(response.headers()));
        answer.set("body", body(contentType(response.headers()), body));
        synchronized (recorded) {
            recorded.add(exchange);
        }
        return new TransportResponse(response.statusCode(), response.headers(), new ByteArrayInputStream(body));
    }

    private TransportResponse replay(TransportRequest request) {
        ObjectNode sent = requestNode(request);
        synchronized (used) {
            for (int i = 0; i < replayable.size(); i++) {
                if (!used[i]
                        && Differences.of(replayable.get(i).get("request"), sent)
                                .isEmpty()) {
                    used[i] = true;
                    return response(replayable.get(i).get("response"));
                }
            }
        }
        throw new AssertionError(Differences.closest(replayable, sent, file));
    }

    private static TransportResponse response(JsonNode recorded) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        JsonNode recordedHeaders = recorded.path("headers");
        recordedHeaders.fieldNames().forEachRemaining(name -> {
            List<String> values = new ArrayList<>();
            recordedHeaders.get(name).forEach(value -> values.add(value.asText()));
            headers.put(name, values);
        });
        JsonNode body = recorded.path("body");
        String text =
                body.isMissingNode() || body.isNull() ? "" : body.isTextual() ? body.textValue() : Json.write(body);
        return new TransportResponse(
                recorded.path("status").asInt(),
                HttpHeaders.of(headers, (name, value) -> true),
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The request as recorded and as matched: method, path and query, headers and body, secrets hidden. */
    private ObjectNode requestNode(TransportRequest request) {
        ObjectNode node = Json.nodes().objectNode();
        node.put("method", request.method());
        String query = request.uri().getRawQuery();
        node.put("uri", request.uri().getRawPath() + (query == null ? "" : "?" + hideQuery(query)));
        node.set("headers", headers(request.headers()));
        if (request.body().isPresent()) {
            node.set(
                    "body",
                    body(
                            request.body().get().contentType(),
                            request.body().get().toByteArray()));
        }
        return node;
    }

    private ObjectNode headers(HttpHeaders headers) {
        ObjectNode node = Json.nodes().objectNode();
        new TreeMap<>(headers.map()).forEach((name, values) -> {
            ArrayNode list = node.putArray(name);
            values.forEach(value -> list.add(secretHeaders.contains(name) ? HIDDEN : value));
        });
        return node;
    }

    private static String contentType(HttpHeaders headers) {
        return headers.firstValue("Content-Type").orElse("");
    }

    /** A body as JSON when it is JSON (secrets hidden), else as text; a multipart body only by its size. */
    private static JsonNode body(String contentType, byte[] bytes) {
        String lower = contentType.toLowerCase(Locale.ROOT);
        if (lower.startsWith("multipart/")) {
            return Json.nodes().textNode("(multipart body of " + bytes.length + " bytes)");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (lower.contains("json") && !text.isBlank()) {
            try {
                return hideMembers(Json.parse(bytes));
            } catch (JsonDataException notJson) {
                return Json.nodes().textNode(text);
            }
        }
        if (lower.startsWith("application/x-www-form-urlencoded")) {
            return Json.nodes().textNode(hideQuery(text));
        }
        return Json.nodes().textNode(text);
    }

    private static JsonNode hideMembers(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<String> names = object.fieldNames();
            List<String> secret = new ArrayList<>();
            while (names.hasNext()) {
                String name = names.next();
                JsonNode value = object.get(name);
                if (SECRET_NAMES.contains(name.toLowerCase(Locale.ROOT)) && value.isValueNode()) {
                    secret.add(name);
                } else {
                    hideMembers(value);
                }
            }
            secret.forEach(name -> object.put(name, HIDDEN));
        } else if (node instanceof ArrayNode array) {
            array.forEach(Cassette::hideMembers);
        }
        return node;
    }

    private static String hideQuery(String query) {
        StringBuilder hidden = new StringBuilder();
        for (String pair : query.split("&")) {
            if (hidden.length() > 0) {
                hidden.append('&');
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            hidden.append(
                    SECRET_NAMES.contains(name.toLowerCase(Locale.ROOT)) && equals >= 0 ? name + "=" + HIDDEN : pair);
        }
        return hidden.toString();
    }

    private static List<ObjectNode> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode cassette = Json.parse(in.readAllBytes());
            List<ObjectNode> exchanges = new ArrayList<>();
            cassette.path("exchanges").forEach(exchange -> exchanges.add((ObjectNode) exchange));
            return List.copyOf(exchanges);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cassette " + file, e);
        }
    }
}
