package dev.kiln.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.kiln.problems.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The line one element is looked for alone ({@link PointerLine}, what {@link SourceMap} answers first) is the line the
 * map of every element gives it, for every element of a document, for elements it lacks, and for broken documents.
 */
class PointerLineTest {
    private static final String YAML = """
            openapi: 3.1.0
            paths:
              /pets/{id}:
                get:
                  parameters:
                    - name: id
                      in: path
                    -
                      name: limit
                      in: query
                  tags: [a, b,
                    c]
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {type: string}}}}
            components:
              schemas:
                a~b:
                  type: object
                "x/y~z":
                  type: string
                list:
                  - one
                  -   two
                  - - nested
                    - deeper
                  - {inline: [1, 2, {deep: true}]}
                empty: {}
                last:
                  properties:
                    name: {type: string}
            """;

    private static final String JSON = """
            {
              "openapi": "3.1.0",
              "paths": {
                "/pets": {
                  "get": {
                    "tags": ["a",
                      "b"],
                    "parameters": [
                      {"name": "x"},
                      {
                        "name": "y",
                        "schema": {"enum": [[1], [2, {"z": 3}]]}
                      }
                    ]
                  }
                }
              },
              "components": {"schemas": {
                "a~b": {"type": "object"},
                "x/y": {},
                "z": {"items": {"type": "string"}}
              }}
            }
            """;

    @Test
    void findsEveryElementOfAYamlDocumentOnTheMapsLine() throws Exception {
        assertSameLinesAsTheMap(YAML, new YAMLMapper().readTree(YAML));
    }

    @Test
    void findsEveryElementOfAJsonDocumentOnTheMapsLine() throws Exception {
        assertSameLinesAsTheMap(JSON, new ObjectMapper().readTree(JSON));
    }

    @Test
    void aKeyWrittenTwiceIsFoundInEitherMap() {
        String twice = """
                a:
                  x: 1
                b: 2
                a:
                  y: 3
                """;
        for (String pointer : List.of("#/a", "#/a/x", "#/a/y", "#/a/z", "#/b", "#/c")) {
            assertSameLine(twice, JsonPointer.parse(pointer));
        }
        assertEquals(5, PointerLine.find(twice, JsonPointer.parse("#/a/y")));
        assertEquals(1, PointerLine.find(twice, JsonPointer.parse("#/a/z")), "the first 'a' is where it starts");
    }

    @Test
    void keepsWhatItFoundBeforeASyntaxError() {
        String broken = """
                info:
                  title: Pets
                paths:
                  /pets: [
                """;
        for (String pointer : List.of("#/info/title", "#/paths", "#/paths/~1pets/get", "#/servers")) {
            assertSameLine(broken, JsonPointer.parse(pointer));
        }
        assertEquals(4, PointerLine.find(broken, JsonPointer.parse("#/paths/~1pets/get")));
    }

    private static void assertSameLinesAsTheMap(String content, JsonNode tree) {
        List<JsonPointer> pointers = new ArrayList<>();
        collect(tree, JsonPointer.ROOT, pointers);
        List<JsonPointer> missing = new ArrayList<>();
        for (JsonPointer pointer : pointers) {
            missing.add(pointer.child("missing"));
            missing.add(pointer.child(7));
        }
        pointers.addAll(missing);
        pointers.add(JsonPointer.parse("#/webhooks/new"));
        for (JsonPointer pointer : pointers) {
            assertSameLine(content, pointer);
        }
        assertEquals(pointers.size() / 3 * 3 + 1, pointers.size(), "every element, two missing children of each");
    }

    /** A map asked once answers its next question from the map of every element. */
    private static void assertSameLine(String content, JsonPointer pointer) {
        SourceMap map = SourceMap.of("spec", content);
        map.locate(JsonPointer.ROOT);
        assertEquals(map.locate(pointer).line(), PointerLine.find(content, pointer), pointer.toString());
    }

    private static void collect(JsonNode node, JsonPointer pointer, List<JsonPointer> pointers) {
        pointers.add(pointer);
        if (node.isObject()) {
            node.properties().forEach(member -> collect(member.getValue(), pointer.child(member.getKey()), pointers));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer.child(i), pointers);
            }
        }
    }
}
