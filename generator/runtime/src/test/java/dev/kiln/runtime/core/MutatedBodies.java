package dev.kiln.runtime.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Response bodies a server may send instead of the one expected: a valid body of {@link Deployment} (one of
 * {@link #FIXTURES}) changed by one mutation, either in its tree (a wrong type, extra nesting, a huge number, an
 * unknown enum value, nulls everywhere) or made huge ({@link #HUGE}: a 10 MB string, 10,000 nested arrays ...) or in its bytes (truncated, invalid
 * UTF-8, a byte changed, garbage after it). The generators are QuickTheories {@link Gen}s: each choice (which
 * fixture, which value, which mutation, where) is one draw that QuickTheories shrinks towards the first option, so a
 * failing body shrinks to the first fixture, the first value and the simplest mutation that still fail.
 */
final class MutatedBodies {
    /** Bodies as a well-behaved server sends them. */
    static final List<String> FIXTURES = List.of(
            "{\"object\":\"deployment\",\"id\":\"dep-1\",\"replicas\":2,\"created_bytes\":1099511627776,"
                    + "\"price\":0.0125,\"credit\":141.50,\"active\":true,\"updated_at\":\"2025-03-28T10:00:00Z\","
                    + "\"since\":\"2025-03-01\",\"state\":\"STARTED\",\"target\":\"gpu-a\","
                    + "\"limits\":{\"rpm\":600,\"tpm\":100000},\"metadata\":{\"team\":[\"a\",null,1.5]}}",
            "{\"object\":\"deployment\",\"id\":\"dep-2\",\"state\":\"PENDING\",\"target\":7,\"children\":["
                    + "{\"object\":\"deployment\",\"id\":\"dep-2a\",\"state\":\"STOPPED\",\"active\":false},"
                    + "{\"object\":\"deployment\",\"id\":\"dep-2b\",\"state\":\"STARTED\",\"target\":"
                    + "{\"object\":\"deployment\",\"id\":\"dep-2c\",\"state\":\"PENDING\"}}],"
                    + "\"from_a_newer_server\":{\"nested\":[1,2,{\"deep\":true}]}}",
            "{\"object\":\"deployment\",\"id\":\"\",\"state\":\"STARTING_SOON\",\"price\":1e3,\"credit\":-0.000,"
                    + "\"updated_at\":\"2025-03-28T10:00:00.123456789+05:30\",\"metadata\":null,\"replicas\":null}");

    private static final JsonNodeFactory NODES = Json.nodes();
    private static final int TEN_MEGABYTES = 10 * 1024 * 1024;
    private static final int DEEP = 10_000;

    private MutatedBodies() {}

    /** A fixture with one mutation, as the bytes a server sends, with a name that says what was done. */
    record Body(String mutation, byte[] bytes) {
        @Override
        public String toString() {
            String start = new String(bytes, 0, Math.min(bytes.length, 160), StandardCharsets.UTF_8);
            return mutation + " (" + bytes.length + " bytes): " + start;
        }
    }

    /** Every cheap kind of mutation; the costly ones are {@link #HUGE}, each tried once. */
    static Gen<Body> any() {
        return Generate.frequency(List.of(Pair.of(10, treeMutations()), Pair.of(6, byteMutations())));
    }

    static Gen<JsonNode> fixture() {
        return Generate.pick(FIXTURES).map(Json::parse);
    }

    /** One value somewhere in a fixture replaced by a mutant of it. */
    static Gen<Body> treeMutations() {
        return fixture().zip(Generate.range(0, 1000), replacement(), (tree, pick, replacement) -> {
            List<JsonNode> values = new ArrayList<>();
            collect(tree, values);
            JsonNode target = values.get(pick % values.size());
            JsonNode mutated = replace(tree, target, replacement.apply(target));
            return new Body(replacement.name(), Json.write(mutated).getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A fixture's bytes cut, corrupted or extended. */
    static Gen<Body> byteMutations() {
        Gen<byte[]> fixtureBytes = fixtureBytes();
        Gen<Integer> position = Generate.range(0, 10_000);
        List<Gen<Body>> kinds = List.of(
                fixtureBytes.zip(
                        position, (bytes, at) -> new Body("truncated", Arrays.copyOf(bytes, at % bytes.length))),
                fixtureBytes.zip(
                        position,
                        invalidUtf8(),
                        (bytes, at, bad) -> new Body("invalid UTF-8 inserted", insert(bytes, at % bytes.length, bad))),
                invalidUtf8InAString(),
                fixtureBytes.zip(
                        position, Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0), (bytes, at, value) -> {
                            byte[] changed = bytes.clone();
                            changed[at % changed.length] = value;
                            return new Body("one byte changed", changed);
                        }),
                fixtureBytes.zip(
                        Generate.pick(List.of("}", "]", ",", "{}", " x", "\u0000", "<html>")),
                        (bytes, tail) -> new Body(
                                "garbage after the document", concat(bytes, tail.getBytes(StandardCharsets.UTF_8)))),
                Generate.pick(List.of(
                                "",
                                " ",
                                "\n\t",
                                "\uFEFF",
                                "null",
                                "<html><body>502 Bad Gateway</body></html>",
                                "[]",
                                "\"deployment\""))
                        .map(text -> new Body("not a deployment at all", text.getBytes(StandardCharsets.UTF_8))));
        // one kind, equally likely, shrinking towards the first
        return Generate.pick(kinds).flatMap(kind -> kind);
    }

    private static Gen<byte[]> fixtureBytes() {
        return Generate.pick(FIXTURES).map(text -> text.getBytes(StandardCharsets.UTF_8));
    }

    /** The costly mutations, by name: 10 MB strings, 100,000 elements, 10,000 levels, 10,000 digits, 1,000 nested models. */
    static final List<String> HUGE = List.of(
            "10 MB string",
            "10 MB key",
            "100,000 elements",
            "10,000 nested arrays",
            "10,000 nested objects",
            "10,000 digits",
            "1,000 nested deployments");

    /** One of the invalid UTF-8 sequences: a stray continuation byte, an overlong slash, an encoded surrogate ... */
    static Gen<byte[]> invalidUtf8() {
        return Generate.pick(List.of(
                new byte[] {(byte) 0xFF},
                new byte[] {(byte) 0x80},
                new byte[] {(byte) 0xC3, (byte) 0x28},
                new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xE2, (byte) 0x82}));
    }

    /** A fixture with invalid UTF-8 inside one of its strings or names. */
    static Gen<Body> invalidUtf8InAString() {
        return fixtureBytes()
                .zip(
                        Generate.range(0, 10_000),
                        invalidUtf8(),
                        (bytes, at, bad) -> new Body("invalid UTF-8 inside a string", insertInString(bytes, at, bad)));
    }

    static byte[] huge(String kind) {
        String fixture = FIXTURES.get(0);
        switch (kind) {
            case "10 MB string":
                return fixture.replace("\"dep-1\"", "\"" + "x".repeat(TEN_MEGABYTES) + "\"")
                        .getBytes(StandardCharsets.UTF_8);
            case "10 MB key":
                return fixture.replace("\"metadata\"", "\"" + "k".repeat(TEN_MEGABYTES) + "\"")
                        .getBytes(StandardCharsets.UTF_8);
            case "100,000 elements":
                return fixture.replace("[\"a\",null,1.5]", "[" + "0,".repeat(100_000) + "0]")
                        .getBytes(StandardCharsets.UTF_8);
            case "10,000 nested arrays":
                return fixture.replace("\"gpu-a\"", "[".repeat(DEEP) + "]".repeat(DEEP))
                        .getBytes(StandardCharsets.UTF_8);
            case "10,000 nested objects":
                return fixture.replace("\"gpu-a\"", "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP))
                        .getBytes(StandardCharsets.UTF_8);
            case "10,000 digits":
                return fixture.replace("\"replicas\":2", "\"replicas\":" + "9".repeat(DEEP))
                        .getBytes(StandardCharsets.UTF_8);
            case "1,000 nested deployments":
                return nestedDeployments(1000).getBytes(StandardCharsets.UTF_8);
            default:
                throw new IllegalArgumentException(kind);
        }
    }

    /** Deployments each holding the next as its only child, {@code depth} of them. */
    static String nestedDeployments(int depth) {
        String open = "{\"object\":\"deployment\",\"id\":\"d\",\"state\":\"STARTED\",\"children\":[";
        return open.repeat(depth - 1) + "{\"object\":\"deployment\",\"id\":\"d\",\"state\":\"STARTED\"}"
                + "]}".repeat(depth - 1);
    }

    /** How one value is replaced, named for the report. */
    record Replacement(String name, java.util.function.UnaryOperator<JsonNode> operator) {
        JsonNode apply(JsonNode value) {
            return operator.apply(value);
        }
    }

    private static Gen<Replacement> replacement() {
        return Generate.pick(List.of(
                new Replacement("wrong type: string", value -> NODES.textNode("not what was expected")),
                new Replacement("wrong type: integer", value -> NODES.numberNode(42)),
                new Replacement("wrong type: decimal", value -> NODES.numberNode(new BigDecimal("2.50"))),
                new Replacement("wrong type: boolean", value -> NODES.booleanNode(true)),
                new Replacement(
                        "wrong type: object", value -> NODES.objectNode().put("unexpected", 1)),
                new Replacement("wrong type: array", value -> NODES.arrayNode().add("x")),
                new Replacement("null", value -> NODES.nullNode()),
                new Replacement("nulls everywhere", MutatedBodies::nullsEverywhere),
                new Replacement(
                        "wrapped in an array", value -> NODES.arrayNode().add(value.deepCopy())),
                new Replacement(
                        "wrapped in an object", value -> NODES.objectNode().set("value", value.deepCopy())),
                new Replacement(
                        "huge integer",
                        value -> NODES.numberNode(BigInteger.TEN.pow(400).negate())),
                new Replacement("huge exponent", value -> NODES.numberNode(new BigDecimal("1e999999999"))),
                new Replacement("tiny exponent", value -> NODES.numberNode(new BigDecimal("-1e-999999999"))),
                new Replacement("int32 overflow", value -> NODES.numberNode(2147483648L)),
                new Replacement("int64 overflow", value -> NODES.numberNode(new BigInteger("9223372036854775808"))),
                new Replacement("unknown enum value", value -> NODES.textNode("STATE_FROM_THE_FUTURE")),
                new Replacement("another literal", value -> NODES.textNode("deployments")),
                new Replacement("date out of range", value -> NODES.textNode("+999999999-12-31T23:59:59Z")),
                new Replacement("impossible date", value -> NODES.textNode("2025-02-30")),
                new Replacement("control characters", value -> NODES.textNode("\u0000\u001f\u2028\uD83D\uDE00")),
                new Replacement("lone surrogate", value -> NODES.textNode("\uD800")),
                new Replacement("empty object", value -> NODES.objectNode()),
                new Replacement("empty array", value -> NODES.arrayNode())));
    }

    private static void collect(JsonNode node, List<JsonNode> values) {
        values.add(node);
        if (node.isContainerNode()) {
            node.elements().forEachRemaining(child -> collect(child, values));
        }
    }

    /** A copy of {@code root} with the node {@code target} (by identity) replaced. */
    private static JsonNode replace(JsonNode root, JsonNode target, JsonNode replacement) {
        if (root == target) {
            return replacement;
        }
        if (root.isObject()) {
            ObjectNode copy = NODES.objectNode();
            for (Map.Entry<String, JsonNode> member : root.properties()) {
                copy.set(member.getKey(), replace(member.getValue(), target, replacement));
            }
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
        if (value instanceof ContainerNode<?>) {
            JsonNode copy = value.deepCopy();
            nullLeaves(copy);
            return copy;
        }
        return NODES.nullNode();
    }

    private static void nullLeaves(JsonNode container) {
        if (container instanceof ObjectNode object) {
            for (String name : List.copyOf(
                    object.properties().stream().map(Map.Entry::getKey).toList())) {
                JsonNode member = object.get(name);
                if (member.isContainerNode()) {
                    nullLeaves(member);
                } else {
                    object.putNull(name);
                }
            }
        } else if (container instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isContainerNode()) {
                    nullLeaves(array.get(i));
                } else {
                    array.set(i, NODES.nullNode());
                }
            }
        }
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        byte[] result = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
        return result;
    }

    /** Inserts just after an opening quote, so the bad bytes sit inside a string the parser must decode. */
    private static byte[] insertInString(byte[] bytes, int pick, byte[] inserted) {
        List<Integer> quotes = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '"') {
                quotes.add(i);
            }
        }
        int quote = quotes.get((pick % (quotes.size() / 2)) * 2);
        return insert(bytes, quote + 1, inserted);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] result = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, result, first.length, second.length);
        return result;
    }
}
