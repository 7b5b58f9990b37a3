package dev.kiln.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A spec at the scale of the biggest real APIs, written out as JSON: an enum of 2,000 values, an object of 500
 * fields (among them that enum, lists, maps and a nested object), a 300-operation service whose operations take
 * path, query and header parameters and that object as body, an operation of 40 query parameters, and a union of
 * 60 variants. Each construct is far larger than any feature case, so that a generated construct whose compile
 * time grows faster than its size shows up.
 */
final class LargeSpec {
    static final int ENUM_VALUES = 2_000;
    static final int OBJECT_FIELDS = 500;
    static final int OPERATIONS = 300;
    static final int QUERY_PARAMETERS = 40;
    static final int UNION_VARIANTS = 60;

    private static final ObjectMapper JSON = new ObjectMapper();

    private LargeSpec() {}

    /**
     * Writes the spec.
     *
     * @param file where to write it
     * @return the file
     */
    static Path writeTo(Path file) {
        ObjectNode spec = JSON.createObjectNode().put("openapi", "3.0.3");
        spec.putObject("info").put("title", "Large").put("version", "1");
        ObjectNode paths = spec.putObject("paths");
        for (int i = 0; i < OPERATIONS; i++) {
            paths.set("/bulk/items" + i + "/{id}", itemOperations(i));
        }
        paths.set("/search", searchOperation());
        ObjectNode schemas = spec.putObject("components").putObject("schemas");
        schemas.set("Zone", enumSchema());
        schemas.set("Wide", wideObject());
        schemas.set("Shape", union(schemas));
        try {
            Files.createDirectories(file.getParent());
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static ObjectNode enumSchema() {
        ObjectNode zone = JSON.createObjectNode().put("type", "string").put("description", "A time zone.");
        ArrayNode values = zone.putArray("enum");
        for (int i = 0; i < ENUM_VALUES; i++) {
            values.add("Zone/City_" + i);
        }
        return zone;
    }

    private static ObjectNode wideObject() {
        ObjectNode wide = JSON.createObjectNode().put("type", "object").put("description", "An object of many fields.");
        ArrayNode required = wide.putArray("required");
        ObjectNode properties = wide.putObject("properties");
        for (int i = 0; i < OBJECT_FIELDS; i++) {
            String name = "field_" + i;
            ObjectNode property = properties.putObject(name).put("description", "Field number " + i + ".");
            switch (i % 6) {
                case 0 -> property.put("type", "string");
                case 1 -> property.put("type", "integer").put("format", "int64");
                case 2 -> property.put("$ref", "#/components/schemas/Zone");
                case 3 -> property.put("type", "array").putObject("items").put("type", "string");
                case 4 ->
                    property.put("type", "object")
                            .putObject("additionalProperties")
                            .put("type", "number");
                default -> property.put("type", "boolean").put("nullable", true);
            }
            if (i % 10 == 0) {
                required.add(name);
            }
        }
        ObjectNode nested = properties.putObject("nested").put("type", "object");
        nested.putObject("properties").putObject("zone").put("$ref", "#/components/schemas/Zone");
        return wide;
    }

    /** A JSON value that fits field number {@code i} of {@code Wide}, as JSON text. */
    static String sampleValue(int i) {
        switch (i % 6) {
            case 0:
                return "\"text " + i + "\"";
            case 1:
                return Long.toString(i * 1_000_000_007L);
            case 2:
                return "\"Zone/City_" + (i * 3) + "\"";
            case 3:
                return "[\"a\",\"b\"]";
            case 4:
                return "{\"x\":1.5}";
            default:
                return i % 12 == 5 ? "null" : "true";
        }
    }

    private static ObjectNode union(ObjectNode schemas) {
        ObjectNode shape = JSON.createObjectNode().put("description", "One of many shapes, chosen by its kind.");
        ArrayNode variants = shape.putArray("oneOf");
        ObjectNode mapping =
                shape.putObject("discriminator").put("propertyName", "kind").putObject("mapping");
        for (int i = 0; i < UNION_VARIANTS; i++) {
            String name = "Shape" + i;
            String kind = "shape_" + i;
            ObjectNode variant = schemas.putObject(name).put("type", "object");
            variant.putArray("required").add("kind");
            ObjectNode properties = variant.putObject("properties");
            properties.putObject("kind").put("type", "string").putArray("enum").add(kind);
            properties.putObject("size").put("type", "integer");
            variants.addObject().put("$ref", "#/components/schemas/" + name);
            mapping.put(kind, "#/components/schemas/" + name);
        }
        return shape;
    }

    private static ObjectNode itemOperations(int i) {
        ObjectNode item = JSON.createObjectNode();
        ObjectNode get =
                item.putObject("get").put("operationId", "getItem" + i).put("summary", "Reads item " + i + ".");
        get.putArray("tags").add("bulk");
        ArrayNode parameters = get.putArray("parameters");
        parameters
                .addObject()
                .put("name", "id")
                .put("in", "path")
                .put("required", true)
                .putObject("schema")
                .put("type", "string");
        parameters
                .addObject()
                .put("name", "zone")
                .put("in", "query")
                .putObject("schema")
                .put("$ref", "#/components/schemas/Zone");
        parameters
                .addObject()
                .put("name", "X-Trace")
                .put("in", "header")
                .putObject("schema")
                .put("type", "string");
        get.set("responses", response("#/components/schemas/Wide"));

        ObjectNode post = item.putObject("post").put("operationId", "updateItem" + i);
        post.putArray("tags").add("bulk");
        post.putArray("parameters")
                .addObject()
                .put("name", "id")
                .put("in", "path")
                .put("required", true)
                .putObject("schema")
                .put("type", "string");
        post.putObject("requestBody")
                .put("required", true)
                .putObject("content")
                .putObject("application/json")
                .putObject("schema")
                .put("$ref", "#/components/schemas/Wide");
        post.set("responses", response("#/components/schemas/Shape"));
        return item;
    }

    private static ObjectNode searchOperation() {
        ObjectNode item = JSON.createObjectNode();
        ObjectNode get = item.putObject("get").put("operationId", "search");
        get.putArray("tags").add("search");
        ArrayNode parameters = get.putArray("parameters");
        for (int i = 0; i < QUERY_PARAMETERS; i++) {
            ObjectNode parameter =
                    parameters.addObject().put("name", "filter_" + i).put("in", "query");
            if (i % 2 == 0) {
                parameter.putObject("schema").put("type", "string");
            } else {
                parameter
                        .putObject("schema")
                        .put("type", "array")
                        .putObject("items")
                        .put("$ref", "#/components/schemas/Zone");
            }
        }
        get.set("responses", response("#/components/schemas/Shape"));
        return item;
    }

    private static ObjectNode response(String schema) {
        ObjectNode responses = JSON.createObjectNode();
        responses
                .putObject("200")
                .put("description", "OK")
                .putObject("content")
                .putObject("application/json")
                .putObject("schema")
                .put("$ref", schema);
        return responses;
    }
}
