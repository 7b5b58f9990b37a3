package dev.kiln.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiln.fuzz.Shape.AllOf;
import dev.kiln.fuzz.Shape.ArrayOf;
import dev.kiln.fuzz.Shape.Enumeration;
import dev.kiln.fuzz.Shape.Field;
import dev.kiln.fuzz.Shape.Literal;
import dev.kiln.fuzz.Shape.MapOf;
import dev.kiln.fuzz.Shape.Nullable;
import dev.kiln.fuzz.Shape.ObjectOf;
import dev.kiln.fuzz.Shape.OneOf;
import dev.kiln.fuzz.Shape.Ref;
import dev.kiln.fuzz.Shape.Scalar;
import dev.kiln.fuzz.Shape.Tagged;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Makes a random JSON instance of a schema of a {@link RandomSpec}: required properties always, optional ones
 * sometimes, nulls where allowed, enum values the spec does not list (enums are open), and members the schema
 * does not declare (they are kept). Below {@link #MAX_DEPTH} optional properties are left out and arrays and maps
 * are empty, so recursive schemas end.
 */
final class RandomInstance {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 5;
    private static final List<String> DATES = List.of("2024-02-29", "1970-01-01", "9999-12-31");
    private static final List<String> DATE_TIMES = List.of(
            "2024-05-06T07:08:09Z",
            "2024-05-06T07:08:09.123+02:00",
            "1970-01-01T00:00:00Z",
            "2024-05-06T07:08:09.5-03:30");

    private final Map<String, Shape> components;
    private final Random random;

    private RandomInstance(Map<String, Shape> components, Random random) {
        this.components = components;
        this.random = random;
    }

    /** A random instance of the component of that name. */
    static JsonNode of(RandomSpec spec, String component, Random random) {
        return new RandomInstance(spec.components(), random)
                .instance(spec.components().get(component), 0);
    }

    private JsonNode instance(Shape shape, int depth) {
        if (shape instanceof Scalar scalar) {
            return scalar(scalar);
        }
        if (shape instanceof Enumeration enumeration) {
            return enumValue(enumeration);
        }
        if (shape instanceof Literal literal) {
            return NODES.textNode(literal.value());
        }
        if (shape instanceof ArrayOf array) {
            ArrayNode node = NODES.arrayNode();
            for (int i = depth >= MAX_DEPTH ? 0 : random.nextInt(4); i > 0; i--) {
                node.add(instance(array.items(), depth + 1));
            }
            return node;
        }
        if (shape instanceof MapOf map) {
            ObjectNode node = NODES.objectNode();
            for (int i = depth >= MAX_DEPTH ? 0 : random.nextInt(4); i > 0; i--) {
                node.set(NamePool.propertyName(random, new HashSet<>()), instance(map.values(), depth + 1));
            }
            return node;
        }
        if (shape instanceof ObjectOf object) {
            return object(object.fields(), object.additional(), depth);
        }
        if (shape instanceof Ref ref) {
            return instance(components.get(ref.component()), depth + 1);
        }
        if (shape instanceof Nullable nullable) {
            return random.nextInt(4) == 0 ? NODES.nullNode() : instance(nullable.inner(), depth);
        }
        if (shape instanceof OneOf oneOf) {
            return instance(NamePool.pick(random, oneOf.variants()), depth);
        }
        if (shape instanceof Tagged tagged) {
            return instance(new Ref(NamePool.pick(random, tagged.variants()).component()), depth);
        }
        if (shape instanceof AllOf allOf) {
            List<Field> fields = new ArrayList<>(((ObjectOf) components.get(allOf.parent())).fields());
            fields.addAll(allOf.own().fields());
            return object(fields, Optional.empty(), depth);
        }
        throw new IllegalArgumentException("no instances of " + shape);
    }

    private JsonNode object(List<Field> fields, Optional<Shape> additional, int depth) {
        ObjectNode node = NODES.objectNode();
        Set<String> names = new HashSet<>();
        for (Field field : fields) {
            names.add(field.name());
            if (field.required() || (depth < MAX_DEPTH && random.nextInt(5) < 3)) {
                node.set(field.name(), instance(field.shape(), depth + 1));
            }
        }
        if (depth < MAX_DEPTH && random.nextInt(4) == 0) {
            String extra = NamePool.propertyName(random, names);
            node.set(extra, additional.isPresent() ? instance(additional.get(), depth + 1) : anyScalar());
        }
        return node;
    }

    private JsonNode scalar(Scalar scalar) {
        switch (scalar.kind()) {
            case STRING:
                return NODES.textNode(NamePool.text(random));
            case INT32:
                return NODES.numberNode(
                        NamePool.pick(random, List.of(0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, random.nextInt())));
            case INT64:
                return NODES.numberNode(
                        NamePool.pick(random, List.of(0L, Long.MAX_VALUE, Long.MIN_VALUE, random.nextLong())));
            case NUMBER:
                return NODES.numberNode(BigDecimal.valueOf(random.nextInt(2_000_001) - 1_000_000L, random.nextInt(4)));
            case BOOLEAN:
                return NODES.booleanNode(random.nextBoolean());
            case DATE:
                return NODES.textNode(NamePool.pick(random, DATES));
            case DATE_TIME:
                return NODES.textNode(NamePool.pick(random, DATE_TIMES));
            default:
                throw new IllegalArgumentException("no instances of " + scalar);
        }
    }

    /** A value of the enum, or, one time in five, one it does not list. */
    private JsonNode enumValue(Enumeration enumeration) {
        boolean unknown = random.nextInt(5) == 0;
        if (enumeration.integer()) {
            if (!unknown) {
                return NODES.numberNode((Long) NamePool.pick(random, enumeration.values()));
            }
            long value = 123_456_789L;
            while (enumeration.values().contains(value)) {
                value++;
            }
            return NODES.numberNode(value);
        }
        Set<String> taken = new HashSet<>();
        enumeration.values().forEach(value -> taken.add((String) value));
        return NODES.textNode(
                unknown ? NamePool.enumValue(random, taken) : (String) NamePool.pick(random, enumeration.values()));
    }

    private JsonNode anyScalar() {
        switch (random.nextInt(4)) {
            case 0:
                return NODES.textNode(NamePool.text(random));
            case 1:
                return NODES.numberNode(random.nextInt());
            case 2:
                return NODES.booleanNode(random.nextBoolean());
            default:
                return NODES.nullNode();
        }
    }
}
