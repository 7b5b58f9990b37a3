package dev.kiln.fuzz;

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
import dev.kiln.fuzz.Shape.ScalarKind;
import dev.kiln.fuzz.Shape.Tagged;
import dev.kiln.fuzz.Shape.TaggedVariant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A random valid OpenAPI document: component schemas of every kind Kiln handles, and a few operations that use
 * them. Every cycle between schemas passes through an optional property, so every schema has finite instances.
 *
 * @param version {@code 3.0.3} or {@code 3.1.0}
 * @param components the component schemas in spec order
 * @param operations the operations
 */
record RandomSpec(String version, Map<String, Shape> components, List<RandomOperation> operations) {
    private static final int MAX_INLINE_DEPTH = 4;

    RandomSpec {
        components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
        operations = List.copyOf(operations);
    }

    boolean isOpenApi31() {
        return version.startsWith("3.1");
    }

    /**
     * An operation of the random spec.
     *
     * @param operationId its id
     * @param method {@code get} or {@code post}
     * @param path its path template
     * @param pathParameter the name of its one path parameter, if any
     * @param queryParameters its query parameters, by name
     * @param headerParameter an optional string header, if any
     * @param body the component its JSON request body refers to, if any
     * @param response the component its JSON success response refers to
     */
    record RandomOperation(
            String operationId,
            String method,
            String path,
            Optional<String> pathParameter,
            Map<String, Shape> queryParameters,
            Optional<String> headerParameter,
            Optional<String> body,
            String response) {}

    /** Draws a spec with about {@code size} component schemas. */
    static RandomSpec draw(Random random, int size) {
        return new Drawing(random).draw(size);
    }

    /** One drawing: the components so far and the names taken. */
    private static final class Drawing {
        private final Random random;
        private final Map<String, Shape> components = new LinkedHashMap<>();
        private final Set<String> componentNames = new HashSet<>();
        private final boolean openApi31;

        Drawing(Random random) {
            this.random = random;
            this.openApi31 = random.nextBoolean();
        }

        RandomSpec draw(int size) {
            while (components.size() < size) {
                String name = NamePool.componentName(random, componentNames);
                components.put(name, component(name));
            }
            return new RandomSpec(openApi31 ? "3.1.0" : "3.0.3", components, operations());
        }

        private Shape component(String name) {
            int kind = random.nextInt(20);
            List<String> objects = componentsOfKind(ObjectOf.class);
            if (kind < 7) {
                return object(name, 0, false);
            }
            if (kind < 9) {
                return stringEnum();
            }
            if (kind < 10) {
                return integerEnum();
            }
            if (kind < 12) {
                return oneOf(name, 0, false);
            }
            if (kind < 15) {
                return tagged();
            }
            if (kind < 17 && !objects.isEmpty()) {
                String parent = NamePool.pick(random, objects);
                Set<String> taken = new HashSet<>();
                ((ObjectOf) components.get(parent)).fields().forEach(field -> taken.add(field.name()));
                return new AllOf(parent, new ObjectOf(fields(name, 0, false, taken), Optional.empty()));
            }
            if (kind < 18 && !components.isEmpty()) {
                return new ArrayOf(new Ref(NamePool.pick(random, List.copyOf(components.keySet()))));
            }
            if (kind < 19) {
                return new MapOf(field(name, 1, false));
            }
            return object(name, 0, false);
        }

        private List<String> componentsOfKind(Class<? extends Shape> kind) {
            return components.entrySet().stream()
                    .filter(component -> kind.isInstance(component.getValue()))
                    .map(Map.Entry::getKey)
                    .toList();
        }

        private ObjectOf object(String self, int depth, boolean mayRecurse) {
            Optional<Shape> additional =
                    random.nextInt(6) == 0 ? Optional.of(field(self, depth + 1, mayRecurse)) : Optional.empty();
            return new ObjectOf(fields(self, depth, mayRecurse, new HashSet<>()), additional);
        }

        private List<Field> fields(String self, int depth, boolean mayRecurse, Set<String> taken) {
            List<Field> fields = new ArrayList<>();
            int count = random.nextInt(depth == 0 ? 6 : 4);
            for (int i = 0; i < count; i++) {
                boolean required = random.nextInt(3) == 0;
                String name = NamePool.propertyName(random, taken);
                fields.add(new Field(name, field(self, depth + 1, mayRecurse || !required), required));
            }
            return fields;
        }

        /**
         * The schema of a property, an item or a map value.
         *
         * @param self the component being drawn
         * @param depth how deep inline schemas already nest
         * @param mayRecurse whether an optional property lies between the component and here, so that the
         *     schema may refer to the component itself
         */
        private Shape field(String self, int depth, boolean mayRecurse) {
            int kind = random.nextInt(depth >= MAX_INLINE_DEPTH ? 9 : 20);
            switch (kind) {
                case 0, 1, 2:
                    return scalar();
                case 3:
                    if (mayRecurse) {
                        return new Ref(self);
                    }
                    return scalar();
                case 4, 5, 6:
                    if (!components.isEmpty()) {
                        return new Ref(NamePool.pick(random, List.copyOf(components.keySet())));
                    }
                    return scalar();
                case 7:
                    return new Literal(NamePool.enumValue(random, new HashSet<>()));
                case 8:
                    return random.nextBoolean() ? stringEnum() : integerEnum();
                case 9, 10:
                    return new ArrayOf(field(self, depth + 1, mayRecurse));
                case 11:
                    return new MapOf(field(self, depth + 1, mayRecurse));
                case 12, 13, 14:
                    return object(self, depth, mayRecurse);
                case 15, 16:
                    Shape inner = field(self, depth + 1, mayRecurse);
                    return inner instanceof Nullable ? inner : new Nullable(inner);
                default:
                    return oneOf(self, depth, mayRecurse);
            }
        }

        private Scalar scalar() {
            return new Scalar(NamePool.pick(random, List.of(ScalarKind.values())));
        }

        private Enumeration stringEnum() {
            Set<String> values = new LinkedHashSet<>();
            int count = 2 + random.nextInt(4);
            while (values.size() < count) {
                NamePool.enumValue(random, values);
            }
            return new Enumeration(List.copyOf(values));
        }

        private Enumeration integerEnum() {
            Set<Object> values = new LinkedHashSet<>();
            int count = 2 + random.nextInt(4);
            while (values.size() < count) {
                values.add(NamePool.pick(
                        random,
                        List.of(
                                0L,
                                1L,
                                -1L,
                                7L,
                                42L,
                                1000L,
                                Long.MAX_VALUE,
                                Long.MIN_VALUE,
                                (long) Integer.MAX_VALUE + 1,
                                (long) random.nextInt())));
            }
            return new Enumeration(List.copyOf(values));
        }

        /** A oneOf of two or three alternatives, none of them null. */
        private OneOf oneOf(String self, int depth, boolean mayRecurse) {
            List<Shape> variants = new ArrayList<>();
            int count = 2 + random.nextInt(2);
            while (variants.size() < count) {
                Shape variant = field(self, depth + 1, mayRecurse);
                if (!(variant instanceof Nullable)) {
                    variants.add(variant);
                }
            }
            return new OneOf(variants);
        }

        /** A discriminated union; its variants are drawn first, as components of their own. */
        private Tagged tagged() {
            String property = random.nextBoolean() ? "type" : NamePool.propertyName(random, new HashSet<>());
            boolean explicitMapping = random.nextBoolean();
            Set<String> tags = new HashSet<>();
            List<TaggedVariant> variants = new ArrayList<>();
            int count = 2 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                String name = NamePool.componentName(random, componentNames);
                String tag = explicitMapping ? NamePool.enumValue(random, tags) : name;
                Set<String> taken = new HashSet<>(Set.of(property));
                List<Field> fields = new ArrayList<>();
                fields.add(new Field(property, new Literal(tag), true));
                fields.addAll(fields(name, 0, false, taken));
                components.put(name, new ObjectOf(fields, Optional.empty()));
                variants.add(new TaggedVariant(tag, name));
            }
            return new Tagged(property, variants, explicitMapping);
        }

        private List<RandomOperation> operations() {
            List<String> bodies = new ArrayList<>(componentsOfKind(ObjectOf.class));
            bodies.addAll(componentsOfKind(AllOf.class));
            List<String> answers = new ArrayList<>(bodies);
            answers.addAll(componentsOfKind(OneOf.class));
            answers.addAll(componentsOfKind(Tagged.class));
            List<String> enums = componentsOfKind(Enumeration.class);
            if (answers.isEmpty()) {
                return List.of();
            }
            List<RandomOperation> operations = new ArrayList<>();
            Set<String> operationIds = new HashSet<>();
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                String operationId = NamePool.componentName(random, operationIds);
                boolean post = !bodies.isEmpty() && random.nextBoolean();
                Optional<String> pathParameter = random.nextBoolean()
                        ? Optional.of(NamePool.pick(random, List.of("id", "class", "名前", "pet-id", "1st", "_")))
                        : Optional.empty();
                Map<String, Shape> query = new LinkedHashMap<>();
                Set<String> queryNames = new HashSet<>(pathParameter.stream().toList());
                for (int q = random.nextInt(3); q > 0; q--) {
                    Shape type = !enums.isEmpty() && random.nextBoolean()
                            ? new Ref(NamePool.pick(random, enums))
                            : random.nextBoolean() ? scalar() : new ArrayOf(new Scalar(ScalarKind.STRING));
                    query.put(
                            NamePool.pick(
                                    random,
                                    List.of("limit", "default", "page-size", "über", "q", "sort_by", "x.y", "int")),
                            type);
                }
                query.keySet().removeIf(queryNames::contains);
                operations.add(new RandomOperation(
                        operationId,
                        post ? "post" : "get",
                        "/r" + i + pathParameter.map(name -> "/{" + name + "}").orElse(""),
                        pathParameter,
                        query,
                        random.nextBoolean() ? Optional.of("X-Request-Tag") : Optional.empty(),
                        post ? Optional.of(NamePool.pick(random, bodies)) : Optional.empty(),
                        NamePool.pick(random, answers)));
            }
            return operations;
        }
    }
}
