package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Reading a document token by token ({@link Json#read}) gives exactly what decoding its tree gives: for mutated
 * documents (a value replaced by one of another type, a null, a decimal written with trailing zeros, a container;
 * the document cut short), both fail with the same message, or both give equal models that write back the same
 * JSON, answer every accessor alike (the same value or the same failure) and validate alike. A QuickTheories property
 * ({@link PropertyRun}: a fixed seed, {@code kiln.fuzz.tries} tries, raised by the {@code fuzz} profile).
 */
class StreamedReadingFuzzTest {
    private static final JsonNodeFactory NODES = Json.nodes();
    private static final List<String> FIXTURES = List.of(
            "{\"id\":\"s-1\",\"replicas\":80,\"price\":141.50,\"updated_at\":\"2025-03-28T10:00:00Z\","
                    + "\"status\":\"up\",\"children\":[{\"id\":\"c\",\"replicas\":1,\"status\":null,\"kind\":\"server\","
                    + "\"price\":2,\"limits\":{\"a\":1}}],\"limits\":{\"cpu\":2,\"ram\":3000000000},"
                    + "\"kind\":\"server\",\"extra\":[1.0,null,{\"k\":\"v\"}],\"zone\":{\"b\":1,\"a\":2.50},"
                    + "\"weights\":[1.50,2,-0.0,1E-7]}",
            "{\"kind\":\"server\",\"id\":\"x\",\"replicas\":-3,\"status\":\"draining\",\"children\":[],\"extra\":\"e\"}",
            "{\"id\":\"only\"}");

    private static final List<Function<JsonNode, JsonNode>> REPLACEMENTS = List.of(
            value -> NODES.textNode("not what was expected"),
            value -> NODES.numberNode(7),
            value -> NODES.numberNode(new BigDecimal("0.50")),
            value -> NODES.numberNode(new BigDecimal("1E+400")),
            value -> NODES.numberNode(Long.MAX_VALUE),
            value -> NODES.booleanNode(true),
            value -> NODES.objectNode().put("x", 1),
            value -> NODES.arrayNode().add(1).add("two"),
            value -> NODES.nullNode(),
            value -> NODES.textNode("2025-13-40T99:00:00Z"),
            value -> NODES.textNode("server"));

    @Test
    void readingTokensGivesWhatDecodingTheTreeGives(TestInfo test) {
        PropertyRun.check(
                test, 20261206L, documents(), document -> assertSameReading(document.getBytes(StandardCharsets.UTF_8)));
    }

    /** A fixture with one value replaced (nine in ten), or cut short; the fixtures are ASCII, so text holds them. */
    private static Gen<String> documents() {
        Gen<Integer> pick = Generate.range(0, 10_000);
        Gen<String> replaced = Generate.pick(FIXTURES)
                .zip(pick, Generate.pick(REPLACEMENTS), (fixture, at, replacement) -> {
                    JsonNode tree = Json.parse(fixture);
                    List<JsonNode> values = new ArrayList<>();
                    collect(tree, values);
                    JsonNode target = values.get(at % values.size());
                    return Json.write(replace(tree, target, replacement.apply(target)));
                });
        Gen<String> cut =
                Generate.pick(FIXTURES).zip(pick, (fixture, at) -> fixture.substring(0, at % fixture.length()));
        return Generate.frequency(List.of(Pair.of(9, replaced), Pair.of(1, cut)));
    }

    @Test
    void everyFixtureReadsAlike() {
        FIXTURES.forEach(fixture -> assertSameReading(fixture.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void negativeZeroReadsAsZeroAloneAndInAListAsATreeGivesIt() {
        Double tree = Codecs.DOUBLE.decode(Json.parse("-0.0"), JsonPaths.ROOT);

        assertEquals(tree, Json.read("-0.0", Codecs.DOUBLE));
        assertEquals(List.of(tree), Json.read("[-0.0]", Codecs.listOf(Codecs.DOUBLE)));
    }

    @Test
    void aListOfNumbersWritesBackAsItWasSent() {
        Codec<List<Double>> doubles = Codecs.listOf(Codecs.DOUBLE);
        String json = "[1.50,1E-5,-0.0,3,2.5e300,0.1]";

        List<Double> read = Json.read(json, doubles);

        assertEquals(List.of(1.5, 1e-5, 0.0, 3.0, 2.5e300, 0.1), read);
        String model = "{\"id\":\"a\",\"replicas\":1,\"status\":null,\"kind\":\"server\",\"weights\":" + json + "}";
        assertEquals(Json.write(Json.parse(model)), Server.fromJson(model).toJson());
        assertEquals(List.of(1L, 3000000000L), Json.read("[1,3000000000]", Codecs.listOf(Codecs.INT64)));
        assertEquals(List.of(1, -2), Json.read("[1,-2]", Codecs.listOf(Codecs.INT32)));
    }

    /** Both ways of reading fail alike, or give models that are alike in every way a caller can tell. */
    private static void assertSameReading(byte[] document) {
        String text = new String(document, StandardCharsets.UTF_8);
        Object streamed = outcome(() -> Json.read(document, Server.codec()));
        Object decoded = outcome(() -> Server.codec().decode(Json.parse(document), JsonPaths.ROOT));
        assertEquals(decoded, streamed, text);
        if (streamed instanceof Server stream && decoded instanceof Server tree) {
            assertEquals(tree.toJson(), stream.toJson(), text);
            assertEquals(Json.write(stream.toJsonNode()), stream.toJson(), "written without a tree: " + text);
            assertEquals(tree.toJsonNode(), stream.toJsonNode(), text);
            assertEquals(tree.hashCode(), stream.hashCode(), text);
            assertEquals(tree.toString(), stream.toString(), text);
            List<Function<Server, Object>> accessors = List.of(
                    Server::id,
                    Server::replicas,
                    Server::price,
                    Server::updatedAt,
                    Server::status,
                    Server::children,
                    Server::limits,
                    Server::kind,
                    Server::extra,
                    Server::additionalProperties,
                    s -> s._replicas().source(),
                    s -> s._price().source(),
                    Server::weights,
                    s -> s._weights().source(),
                    Server::validate);
            for (Function<Server, Object> accessor : accessors) {
                assertEquals(outcome(() -> accessor.apply(tree)), outcome(() -> accessor.apply(stream)), text);
            }
        }
    }

    /** The value, or the message of the failure. */
    private static Object outcome(Supplier<Object> read) {
        try {
            Object value = read.get();
            return value instanceof Server || value instanceof Map || value instanceof List
                    ? value
                    : String.valueOf(value);
        } catch (JsonDataException e) {
            return "failed: " + e.getMessage().replaceAll("malformed JSON: .*", "malformed JSON");
        }
    }

    private static void collect(JsonNode node, List<JsonNode> values) {
        values.add(node);
        node.forEach(child -> collect(child, values));
    }

    private static JsonNode replace(JsonNode root, JsonNode target, JsonNode replacement) {
        if (root == target) {
            return replacement;
        }
        if (root instanceof ObjectNode object) {
            ObjectNode copy = NODES.objectNode();
            object.fieldNames()
                    .forEachRemaining(name -> copy.set(name, replace(object.get(name), target, replacement)));
            return copy;
        }
        if (root instanceof ArrayNode array) {
            ArrayNode copy = NODES.arrayNode();
            array.forEach(item -> copy.add(replace(item, target, replacement)));
            return copy;
        }
        return root;
    }
}
