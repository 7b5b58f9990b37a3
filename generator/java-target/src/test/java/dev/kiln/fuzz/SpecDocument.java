package dev.kiln.fuzz;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiln.fuzz.RandomSpec.RandomOperation;
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
import dev.kiln.fuzz.Shape.TaggedVariant;

/** Writes a {@link RandomSpec} as an OpenAPI document tree, in the dialect of its version. */
final class SpecDocument {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String COMPONENTS = "#/components/schemas/";

    private final RandomSpec spec;

    private SpecDocument(RandomSpec spec) {
        this.spec = spec;
    }

    /** The document of a spec. */
    static ObjectNode of(RandomSpec spec) {
        return new SpecDocument(spec).document();
    }

    private ObjectNode document() {
        ObjectNode document = NODES.objectNode();
        document.put("openapi", spec.version());
        document.putObject("info").put("title", "Fuzz").put("version", "1");
        ObjectNode paths = document.putObject("paths");
        for (RandomOperation operation : spec.operations()) {
            paths.putObject(operation.path()).set(operation.method(), operation(operation));
        }
        ObjectNode schemas = document.putObject("components").putObject("schemas");
        spec.components().forEach((name, shape) -> schemas.set(name, schema(shape)));
        return document;
    }

    private ObjectNode operation(RandomOperation operation) {
        ObjectNode node = NODES.objectNode();
        node.put("operationId", operation.operationId());
        ArrayNode parameters = NODES.arrayNode();
        operation
                .pathParameter()
                .ifPresent(name -> parameters.add(parameter(name, "path", true, new Scalar(Shape.ScalarKind.STRING))));
        operation.queryParameters().forEach((name, shape) -> parameters.add(parameter(name, "query", false, shape)));
        operation
                .headerParameter()
                .ifPresent(
                        name -> parameters.add(parameter(name, "header", false, new Scalar(Shape.ScalarKind.STRING))));
        if (!parameters.isEmpty()) {
            node.set("parameters", parameters);
        }
        operation.body().ifPresent(body -> {
            ObjectNode requestBody = node.putObject("requestBody");
            requestBody.put("required", true);
            requestBody.putObject("content").putObject("application/json").set("schema", schema(new Ref(body)));
        });
        ObjectNode ok = node.putObject("responses").putObject("200");
        ok.put("description", "OK");
        ok.putObject("content").putObject("application/json").set("schema", schema(new Ref(operation.response())));
        return node;
    }

    private ObjectNode parameter(String name, String in, boolean required, Shape shape) {
        ObjectNode parameter = NODES.objectNode();
        parameter.put("name", name);
        parameter.put("in", in);
        if (required) {
            parameter.put("required", true);
        }
        parameter.set("schema", schema(shape));
        return parameter;
    }

    private ObjectNode schema(Shape shape) {
        ObjectNode node = NODES.objectNode();
        if (shape instanceof Scalar scalar) {
            scalar(node, scalar);
        } else if (shape instanceof Enumeration enumeration) {
            node.put("type", enumeration.integer() ? "integer" : "string");
            ArrayNode values = node.putArray("enum");
            enumeration.values().forEach(value -> {
                if (value instanceof Long number) {
                    values.add(number);
                } else {
                    values.add((String) value);
                }
            });
        } else if (shape instanceof Literal literal) {
            node.put("type", "string");
            if (spec.isOpenApi31()) {
                node.put("const", literal.value());
            } else {
                node.putArray("enum").add(literal.value());
            }
        } else if (shape instanceof ArrayOf array) {
            node.put("type", "array");
            node.set("items", schema(array.items()));
        } else if (shape instanceof MapOf map) {
            node.put("type", "object");
            node.set("additionalProperties", schema(map.values()));
        } else if (shape instanceof ObjectOf object) {
            object(node, object);
        } else if (shape instanceof Ref ref) {
            node.put("$ref", COMPONENTS + ref.component());
        } else if (shape instanceof Nullable nullable) {
            return nullable(nullable.inner());
        } else if (shape instanceof OneOf oneOf) {
            ArrayNode variants = node.putArray("oneOf");
            oneOf.variants().forEach(variant -> variants.add(schema(variant)));
        } else if (shape instanceof Tagged tagged) {
            ArrayNode variants = node.putArray("oneOf");
            tagged.variants().forEach(variant -> variants.add(schema(new Ref(variant.component()))));
            ObjectNode discriminator = node.putObject("discriminator");
            discriminator.put("propertyName", tagged.property());
            if (tagged.explicitMapping()) {
                ObjectNode mapping = discriminator.putObject("mapping");
                for (TaggedVariant variant : tagged.variants()) {
                    mapping.put(variant.tag(), COMPONENTS + variant.component());
                }
            }
        } else if (shape instanceof AllOf allOf) {
            ArrayNode members = node.putArray("allOf");
            members.add(schema(new Ref(allOf.parent())));
            members.add(object(NODES.objectNode(), allOf.own()));
        }
        return node;
    }

    private static void scalar(ObjectNode node, Scalar scalar) {
        switch (scalar.kind()) {
            case STRING -> node.put("type", "string");
            case INT32 -> node.put("type", "integer").put("format", "int32");
            case INT64 -> node.put("type", "integer").put("format", "int64");
            case NUMBER -> node.put("type", "number");
            case BOOLEAN -> node.put("type", "boolean");
            case DATE -> node.put("type", "string").put("format", "date");
            case DATE_TIME -> node.put("type", "string").put("format", "date-time");
        }
    }

    private ObjectNode object(ObjectNode node, ObjectOf object) {
        node.put("type", "object");
        ArrayNode required = NODES.arrayNode();
        ObjectNode properties = NODES.objectNode();
        for (Field field : object.fields()) {
            properties.set(field.name(), schema(field.shape()));
            if (field.required()) {
                required.add(field.name());
            }
        }
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        if (!properties.isEmpty()) {
            node.set("properties", properties);
        }
        object.additional().ifPresent(additional -> node.set("additionalProperties", schema(additional)));
        return node;
    }

    /**
     * A schema that also admits null: 3.0's {@code nullable} (beside an {@code allOf} for a {@code $ref}, whose
     * siblings 3.0 ignores); in 3.1 a type list with {@code "null"} for a plain type, otherwise an {@code anyOf}
     * with a null schema.
     */
    private ObjectNode nullable(Shape inner) {
        ObjectNode schema = schema(inner);
        if (!spec.isOpenApi31()) {
            if (inner instanceof Ref) {
                ObjectNode wrapper = NODES.objectNode();
                wrapper.putArray("allOf").add(schema);
                return wrapper.put("nullable", true);
            }
            return schema.put("nullable", true);
        }
        if (schema.has("type") && !schema.has("enum") && !schema.has("const")) {
            String type = schema.get("type").asText();
            schema.putArray("type").add(type).add("null");
            return schema;
        }
        ObjectNode wrapper = NODES.objectNode();
        wrapper.putArray("anyOf").add(schema).add(NODES.objectNode().put("type", "null"));
        return wrapper;
    }
}
