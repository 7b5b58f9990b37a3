package dev.kiln.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceMapTest {
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
                empty: {}
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
                        "name": "y"
                      }
                    ]
                  }
                }
              },
              "components": {"schemas": {
                "a~b": {"type": "object"},
                "x/y": {}
              }}
            }
            """;

    private final SourceMap yaml = SourceMap.of("spec/pets.yaml", YAML);
    private final SourceMap json = SourceMap.of("spec/pets.json", JSON);

    @ParameterizedTest(name = "{0} -> line {1}")
    @CsvSource({
        "#, 1",
        "#/openapi, 1",
        "#/paths, 2",
        "#/paths/~1pets~1{id}, 3",
        "#/paths/~1pets~1{id}/get, 4",
        "#/paths/~1pets~1{id}/get/parameters, 5",
        "#/paths/~1pets~1{id}/get/parameters/0, 6",
        "#/paths/~1pets~1{id}/get/parameters/0/in, 7",
        // the element's mapping starts on the line after its dash
        "#/paths/~1pets~1{id}/get/parameters/1, 9",
        "#/paths/~1pets~1{id}/get/parameters/1/in, 10",
        "#/paths/~1pets~1{id}/get/tags/0, 11",
        "#/paths/~1pets~1{id}/get/tags/2, 12",
        "#/components/schemas/list/0, 20",
        "#/components/schemas/list/1, 21",
        "#/components/schemas/list/2/1, 23",
        "#/components/schemas/empty, 24",
    })
    void mapsYamlPointersToLines(String pointer, int line) {
        assertEquals(new SourceLocation("spec/pets.yaml", line), yaml.locate(JsonPointer.parse(pointer)));
    }

    @ParameterizedTest(name = "{0} -> line {1}")
    @CsvSource({
        "#, 1",
        "#/openapi, 2",
        "#/paths/~1pets, 4",
        "#/paths/~1pets/get/tags/0, 6",
        "#/paths/~1pets/get/tags/1, 7",
        "#/paths/~1pets/get/parameters, 8",
        "#/paths/~1pets/get/parameters/0, 9",
        "#/paths/~1pets/get/parameters/0/name, 9",
        "#/paths/~1pets/get/parameters/1, 10",
        "#/paths/~1pets/get/parameters/1/name, 11",
    })
    void mapsJsonPointersToLines(String pointer, int line) {
        assertEquals(new SourceLocation("spec/pets.json", line), json.locate(JsonPointer.parse(pointer)));
    }

    @Test
    void escapesSlashAndTildeInKeys() {
        // a~b is written a~0b in a pointer; x/y~z is x~1y~0z
        assertEquals(
                15, yaml.locate(JsonPointer.parse("#/components/schemas/a~0b")).line());
        assertEquals(
                16,
                yaml.locate(JsonPointer.parse("#/components/schemas/a~0b/type")).line());
        assertEquals(
                17,
                yaml.locate(JsonPointer.parse("#/components/schemas/x~1y~0z")).line());
        assertEquals(
                18,
                yaml.locate(JsonPointer.parse("#/components/schemas/x~1y~0z/type"))
                        .line());
        assertEquals(
                18,
                json.locate(JsonPointer.parse("#/components/schemas/a~0b/type")).line());
        assertEquals(
                19, json.locate(JsonPointer.parse("#/components/schemas/x~1y")).line());
    }

    @Test
    void unescapedKeysAreNotConfusedWithNestedOnes() {
        // '#/components/schemas/x/y~z' would be schema 'x', member 'y~z': neither exists, so it falls back
        assertEquals(
                14,
                yaml.locate(JsonPointer.parse("#/components/schemas/x/y~0z")).line());
    }

    @Test
    void aMissingPointerFallsBackToItsNearestAncestor() {
        assertEquals(
                24,
                yaml.locate(JsonPointer.parse("#/components/schemas/empty/properties/name/type"))
                        .line());
        assertEquals(
                5,
                yaml.locate(JsonPointer.parse("#/paths/~1pets~1{id}/get/parameters/7/schema"))
                        .line());
        assertEquals(
                14,
                yaml.locate(JsonPointer.parse("#/components/schemas/Missing")).line());
        assertEquals(
                4,
                json.locate(JsonPointer.parse("#/paths/~1pets/post/requestBody"))
                        .line());
    }

    @Test
    void aPointerWithNoAncestorInTheFileIsTheFirstLine() {
        assertEquals(new SourceLocation("spec/pets.yaml", 1), yaml.locate(JsonPointer.parse("#/webhooks/new")));
    }

    @Test
    void keepsWhatItMappedBeforeASyntaxError() {
        SourceMap broken = SourceMap.of("broken.yaml", """
                info:
                  title: Pets
                paths:
                  /pets: [
                """);
        assertEquals(2, broken.locate(JsonPointer.parse("#/info/title")).line());
        assertEquals(3, broken.locate(JsonPointer.parse("#/paths")).line());
        assertEquals(4, broken.locate(JsonPointer.parse("#/paths/~1pets/get")).line());
    }

    @Test
    void namesTheFileAsTheUserGaveIt() {
        assertEquals(
                "spec/pets.yaml:2", yaml.locate(JsonPointer.parse("#/paths")).toString());
    }
}
