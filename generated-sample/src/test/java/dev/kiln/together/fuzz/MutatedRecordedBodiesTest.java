package dev.kiln.together.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.kiln.together.Together;
import dev.kiln.together.core.JsonModel;
import dev.kiln.together.errors.TogetherInvalidResponseException;
import dev.kiln.together.fixtures.Members;
import dev.kiln.together.services.EndpointsService;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The recorded 2xx bodies of the JSON operations, mutated (a value of the wrong type, null, wrapped in an array or
 * an object, a huge number, an unknown enum value, nulls everywhere, the body cut short, invalid UTF-8) and served
 * by a loopback server to the generated client, with and without eager validation: each call returns a model that
 * writes back exactly the JSON it was sent, or throws {@link TogetherInvalidResponseException}; no other exception
 * reaches the caller. A QuickTheories property ({@link PropertyRun}: a fixed seed, {@code kiln.fuzz.tries} tries, raised
 * by the {@code fuzz} profile); a failing case shrinks towards the first operation, the first value of its body and
 * the simplest mutation.
 */
class MutatedRecordedBodiesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final AtomicReference<byte[]> BODY = new AtomicReference<>();
    private static final Map<String, JsonNode> RECORDED = new ConcurrentHashMap<>();
    private static HttpServer server;
    private static Together lazy;
    private static Together eager;

    /** A recorded operation: its fixture and the call that reads its body. */
    private record Operation(String fixture, Function<EndpointsService, JsonModel> call) {
        @Override
        public String toString() {
            return fixture;
        }
    }

    private static final List<Operation> OPERATIONS = List.of(
            new Operation("get/ok.json", endpoints -> endpoints.retrieve("endpoint-1")),
            new Operation("get/unknown-field-and-state.json", endpoints -> endpoints.retrieve("endpoint-1")),
            new Operation("list/all.json", EndpointsService::list),
            new Operation("listHardware/for-model.json", EndpointsService::listHardware),
            new Operation("listAvailabilityZones/ok.json", EndpointsService::listAvailabilityZones),
            new Operation("create/ok.json", endpoints -> endpoints.retrieve("endpoint-1")));

    /** A mutated body: what was done, and the bytes; invalid UTF-8 can never be read losslessly. */
    record Body(String mutation, byte[] bytes) {
        boolean mustBeRejected() {
            return mutation.startsWith("invalid UTF-8");
        }

        @Override
        public String toString() {
            return mutation + ": " + new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8);
        }
    }

    /** One case of the property: an operation, and the mutated body its call is answered with. */
    record Case(Operation operation, Body body) {
        @Override
        public String toString() {
            return operation + " answered with " + body;
        }
    }

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = BODY.get();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
        lazy = Together.builder()
                .apiKey("sk-fuzz")
                .baseUrl(baseUrl)
                .maxRetries(0)
                .build();
        eager = Together.builder()
                .apiKey("sk-fuzz")
                .baseUrl(baseUrl)
                .maxRetries(0)
                .validateResponses(true)
                .build();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    @Test
    void aMutatedRecordedBodyIsReadLosslesslyOrIsAnInvalidResponse(TestInfo test) {
        Gen<Case> cases = Generate.pick(OPERATIONS)
                .zip(
                        mutations(),
                        (operation, mutation) ->
                                new Case(operation, mutation.apply(recordedBody(operation.fixture()))));
        PropertyRun.check(test, 20261201L, cases, MutatedRecordedBodiesTest::readLosslesslyOrInvalid);
    }

    /** Answers the operation's call with the body, through a lazy and an eager client. */
    private static void readLosslesslyOrInvalid(Case mutated) {
        Operation operation = mutated.operation();
        Body body = mutated.body();
        BODY.set(body.bytes());
        for (Together client : List.of(lazy, eager)) {
            try {
                JsonModel model = operation.call().apply(client.endpoints());
                assertFalse(body.mustBeRejected(), "read as " + model.toJson() + ": " + body);
                assertEquals(
                        MAPPER.readTree(body.bytes()),
                        MAPPER.readTree(model.toJson()),
                        "written back differently: " + body);
            } catch (TogetherInvalidResponseException documented) {
                assertEquals(200, documented.statusCode());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException | StackOverflowError undocumented) {
                throw new AssertionError(
                        "undocumented " + undocumented.getClass().getName() + " for " + operation + " with " + body,
                        undocumented);
            }
        }
    }

    /** A way to mutate a body, drawn before the body it applies to. */
    private static Gen<Function<JsonNode, Body>> mutations() {
        Gen<Integer> pick = Generate.range(0, 10_000);
        Gen<Function<JsonNode, Body>> replaced = pick.zip(replacements(), (at, replacement) -> tree -> {
            List<JsonNode> values = new ArrayList<>();
            collect(tree, values);
            JsonNode target = values.get(at % values.size());
            JsonNode mutated = replace(tree, target, replacement.getValue().apply(target));
            return new Body(replacement.getKey(), write(mutated));
        });
        Gen<Function<JsonNode, Body>> truncated = pick.map(at -> tree -> {
            byte[] bytes = write(tree);
            return new Body("truncated", Arrays.copyOf(bytes, at % bytes.length));
        });
        Gen<Function<JsonNode, Body>> invalidUtf8 = pick.zip(
                Generate.pick(List.of(
                        new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC3})),
                (at, bad) -> tree -> {
                    byte[] bytes = write(tree);
                    int quote = nthQuote(bytes, at);
                    byte[] result = new byte[bytes.length + bad.length];
                    System.arraycopy(bytes, 0, result, 0, quote + 1);
                    System.arraycopy(bad, 0, result, quote + 1, bad.length);
                    System.arraycopy(bytes, quote + 1, result, quote + 1 + bad.length, bytes.length - quote - 1);
                    return new Body("invalid UTF-8 in a string", result);
                });
        return Generate.frequency(List.of(Pair.of(8, replaced), Pair.of(1, truncated), Pair.of(1, invalidUtf8)));
    }

    private static Gen<Map.Entry<String, Function<JsonNode, JsonNode>>> replacements() {
        return Generate.pick(List.of(
                Map.entry("a string", value -> NODES.textNode("not what was expected")),
                Map.entry("an integer", value -> NODES.numberNode(7)),
                Map.entry("a decimal", value -> NODES.numberNode(new BigDecimal("0.5"))),
                Map.entry("a boolean", value -> NODES.booleanNode(false)),
                Map.entry("an object", value -> NODES.objectNode().put("x", 1)),
                Map.entry("an array", value -> NODES.arrayNode().add(1)),
                Map.entry("null", value -> NODES.nullNode()),
                Map.entry("nulls everywhere", MutatedRecordedBodiesTest::nullsEverywhere),
                Map.entry("wrapped in an array", value -> NODES.arrayNode().add(value.deepCopy())),
                Map.entry("wrapped in an object", value -> NODES.objectNode().set("value", value.deepCopy())),
                Map.entry("a huge integer", value -> NODES.numberNode(BigInteger.TEN.pow(300))),
                Map.entry("a huge exponent", value -> NODES.numberNode(new BigDecimal("1e999999999"))),
                Map.entry("an int32 overflow", value -> NODES.numberNode(2147483648L)),
                Map.entry("an unknown enum value", value -> NODES.textNode("STATE_FROM_THE_FUTURE")),
                Map.entry("a date out of range", value -> NODES.textNode("+999999999-12-31T23:59:59Z")),
                Map.entry("an empty object", value -> NODES.objectNode())));
    }

    /** The fixture's recorded body, read once; a mutation copies what it changes. */
    private static JsonNode recordedBody(String fixture) {
        return RECORDED.computeIfAbsent(fixture, MutatedRecordedBodiesTest::readRecordedBody);
    }

    private static JsonNode readRecordedBody(String fixture) {
        try (InputStream in = MutatedRecordedBodiesTest.class.getResourceAsStream("/fixtures/" + fixture)) {
            return MAPPER.readTree(in).path("response").path("body");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(JsonNode tree) {
        try {
            return MAPPER.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode node, List<JsonNode> values) {
        values.add(node);
        node.elements().forEachRemaining(child -> collect(child, values));
    }

    private static JsonNode replace(JsonNode root, JsonNode target, JsonNode replacement) {
        if (root == target) {
            return replacement;
        }
        if (root.isObject()) {
            ObjectNode copy = NODES.objectNode();
            Members.of(root)
                    .forEach(member -> copy.set(member.getKey(), replace(member.getValue(), target, replacement)));
            return copy;
        }
        if (root.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            root.elements().forEachRemaining(element -> copy.add(replace(element, target, replacement)));
            return copy;
        }
        return root;
    }

    private static JsonNode nullsEverywhere(JsonNode value) {
        if (value.isObject()) {
            ObjectNode copy = NODES.objectNode();
            Members.of(value).forEach(member -> copy.set(member.getKey(), nullsEverywhere(member.getValue())));
            return copy;
        }
        if (value.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            value.elements().forEachRemaining(element -> copy.add(nullsEverywhere(element)));
            return copy;
        }
        return NODES.nullNode();
    }

    private static int nthQuote(byte[] bytes, int pick) {
        List<Integer> quotes = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '"') {
                quotes.add(i);
            }
        }
        // an opening quote, so that the bad bytes sit inside a name or a string the parser must decode
        return quotes.get((pick % (quotes.size() / 2)) * 2);
    }
}
