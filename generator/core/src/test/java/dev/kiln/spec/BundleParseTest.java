package dev.kiln.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.DeserializationUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A bundle read from JSON, handed to swagger-parser as its tree, parses to the same model and the same messages as its
 * JSON text read by {@code readContents}, OpenAPI 3.0 and 3.1 alike, and is left as it was; nothing is resolved, so a
 * 3.1 document keeps its references, its properties in the spec's order and its {@code default: null}.
 */
class BundleParseTest {
    private static final Path CORPUS = Path.of(System.getProperty("kiln.corpus.dir", "../../../shared/specs/corpus"));

    private static final String SPEC = """
            {
              "openapi": "%s",
              "info": {"title": "Pets", "version": "1", "x-kind": {"n": 1.50, "big": 12345678901234567890}},
              "paths": {
                "/pets/{id}": {
                  "parameters": [{"$ref": "#/components/parameters/Id"}],
                  "get": {
                    "operationId": "getPet",
                    "unknownKeyword": true,
                    "responses": {
                      "200": {"description": "ok", "content": {"application/json": {
                        "schema": {"$ref": "#/components/schemas/Pet"}}}},
                      "default": {"$ref": "#/components/responses/Error"}
                    }
                  }
                }
              },
              "components": {
                "parameters": {"Id": {"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}},
                "responses": {"Error": {"description": "an error", "content": {"application/json": {
                  "schema": {"$ref": "#/components/schemas/Error"}}}}},
                "schemas": {
                  "Pet": {"type": "object", "required": ["name"], "properties": {
                    "name": {"type": "string", "maxLength": 40},
                    "tag": {"type": ["string", "null"]},
                    "kind": {"type": "integer", "enum": [1, 2, 3], "default": 1},
                    "weight": {"type": "number", "minimum": 0.5, "example": 2.25},
                    "parent": {"$ref": "#/components/schemas/Pet"},
                    "missing": {"$ref": "#/components/schemas/Nowhere"}
                  }},
                  "Error": {"allOf": [{"$ref": "#/components/schemas/Pet"}, {"type": "object"}]}
                }
              }
            }
            """;

    @ParameterizedTest(name = "OpenAPI {0}")
    @ValueSource(strings = {"3.0.3", "3.1.0"})
    void theTreeParsesAsItsJsonText(String version) throws Exception {
        Path file = Files.createTempFile("bundle", ".json");
        try {
            String text = SPEC.formatted(version);
            Files.writeString(file, text);
            SwaggerParseResult asTree = assertSameParse(text, file);
            assertFalse(asTree.getMessages().isEmpty(), "the spec's unknown keyword is noted either way");
        } finally {
            Files.delete(file);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kubernetes-core-v1.json", "discord.json"})
    void corpusSpecsParseAsTheirJsonText(String spec) throws Exception {
        Path file = CORPUS.resolve(spec);
        assumeTrue(Files.isRegularFile(file), "the corpus is not here: " + CORPUS.toAbsolutePath());
        assertSameParse(Files.readString(file), file);
    }

    @Test
    void aBundleNotReadFromJsonOnlyGoesThroughItsText() throws Exception {
        Path file = Files.createTempFile("bundle", ".json");
        try {
            String text = SPEC.formatted("3.0.3");
            Files.writeString(file, text);
            ObjectNode bundle = tree(text, file);
            SwaggerParseResult parsed = BundleParse.parse(bundle, file.toString(), false);
            assertNotNull(parsed.getOpenAPI());
            assertEquals(
                    List.of("integer"),
                    List.of(parsed.getOpenAPI()
                            .getComponents()
                            .getParameters()
                            .get("Id")
                            .getSchema()
                            .getType()));
        } finally {
            Files.delete(file);
        }
    }

    @ParameterizedTest(name = "read from JSON only: {0}")
    @ValueSource(booleans = {true, false})
    void anOpenApi31DocumentKeepsItsOrderItsNullDefaultsAndItsReferences(boolean readFromJsonOnly) throws Exception {
        Path file = Files.createTempFile("bundle", ".json");
        try {
            String text = """
                    {"openapi": "3.1.0", "info": {"title": "Lobbies", "version": "1"}, "paths": {},
                     "components": {"schemas": {
                       "Snowflake": {"type": "string", "pattern": "^(0|[1-9][0-9]*)$", "format": "snowflake"},
                       "Guild": {"type": "object", "required": ["id", "name", "icon"], "properties": {
                         "id": {"$ref": "#/components/schemas/Snowflake"},
                         "name": {"type": "string"},
                         "icon": {"type": ["string", "null"]}}},
                       "StreamOptions": {"anyOf": [
                         {"type": "object", "default": null, "properties": {"include_usage": {"type": "boolean"}}},
                         {"type": "null"}]}
                     }}}
                    """;
            Files.writeString(file, text);
            SwaggerParseResult parsed = BundleParse.parse(tree(text, file), file.toString(), readFromJsonOnly);

            Schema<?> guild = parsed.getOpenAPI().getComponents().getSchemas().get("Guild");
            Schema<?> options = parsed.getOpenAPI().getComponents().getSchemas().get("StreamOptions");
            assertEquals(
                    List.of("id", "name", "icon"),
                    List.copyOf(guild.getProperties().keySet()));
            Schema<?> id = guild.getProperties().get("id");
            assertEquals("#/components/schemas/Snowflake", id.get$ref());
            Schema<?> object = options.getAnyOf().get(0);
            assertTrue(object.getDefaultSetFlag(), "default: null is said, not absent");
            assertEquals(List.of(), parsed.getMessages());
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void discordsSchemasKeepTheirPropertiesInTheSpecsOrder() throws Exception {
        Path file = CORPUS.resolve("discord.json");
        assumeTrue(Files.isRegularFile(file), "the corpus is not here: " + CORPUS.toAbsolutePath());
        ObjectNode bundle = tree(Files.readString(file), file);
        SwaggerParseResult parsed = BundleParse.parse(bundle, file.toString(), true);

        Schema<?> guild = parsed.getOpenAPI().getComponents().getSchemas().get("ConnectedAccountGuildResponse");
        List<String> written = new ArrayList<>();
        bundle.path("components")
                .path("schemas")
                .path("ConnectedAccountGuildResponse")
                .path("properties")
                .fieldNames()
                .forEachRemaining(written::add);
        assertEquals(List.of("id", "name", "icon"), written);
        assertEquals(written, List.copyOf(guild.getProperties().keySet()));
    }

    private static SwaggerParseResult assertSameParse(String text, Path file) {
        ObjectNode bundle = tree(text, file);
        ObjectNode before = bundle.deepCopy();
        SwaggerParseResult asTree = BundleParse.parse(bundle, file.toString(), true);
        assertEquals(before, bundle, "swagger-parser leaves the tree as it was");
        SwaggerParseResult asText = BundleParse.parse(bundle, file.toString(), false);
        assertNotNull(asTree.getOpenAPI());
        assertEquals(asText.getOpenAPI(), asTree.getOpenAPI());
        assertEquals(asText.getMessages(), asTree.getMessages());
        return asTree;
    }

    private static ObjectNode tree(String text, Path file) {
        return (ObjectNode) DeserializationUtils.deserializeIntoTree(text, file.toString());
    }
}
