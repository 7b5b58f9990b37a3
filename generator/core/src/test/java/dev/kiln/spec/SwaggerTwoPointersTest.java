package dev.kiln.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.kiln.problems.JsonPointer;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each element of a converted Swagger 2.0 document is placed where the 2.0 document wrote what it came from. */
class SwaggerTwoPointersTest {
    private static final String WRITTEN = """
            swagger: '2.0'
            paths:
              /pets/{id}:
                parameters:
                  - {name: trace, in: header, type: string}
                post:
                  parameters:
                    - {name: pet, in: body, schema: {type: object}}
                    - {name: id, in: path, required: true, type: string}
                    - {$ref: '#/parameters/Limit'}
                  responses:
                    '200': {description: ok, headers: {X-Rate: {type: integer}}, schema: {type: object}}
              /pets/{id}/photo:
                put:
                  parameters:
                    - {name: id, in: path, required: true, type: string}
                    - {name: file, in: formData, type: file}
                    - {name: caption, in: formData, type: string, maxLength: 20}
                  responses:
                    '204': {description: done}
            parameters:
              Limit: {name: limit, in: query, type: integer}
              Pet: {name: pet, in: body, schema: {type: object}}
            responses:
              Problem: {description: bad, schema: {type: object}}
            definitions:
              Pet: {type: object}
            """;

    @ParameterizedTest
    @CsvSource({
        "#/components/schemas/Pet/properties/name, #/definitions/Pet/properties/name",
        "#/components/parameters/Limit/schema/type, #/parameters/Limit/type",
        "#/components/requestBodies/Pet/content/application~1json/schema/type, #/parameters/Pet/schema/type",
        "#/components/responses/Problem/content/application~1json/schema, #/responses/Problem/schema",
        "#/components/securitySchemes/key/name, #/securityDefinitions/key/name",
        "#/servers/0/url, #/host",
        "#/paths/~1pets~1{id}/parameters/0/schema/type, #/paths/~1pets~1{id}/parameters/0/type",
        "#/paths/~1pets~1{id}/post/parameters/0/name, #/paths/~1pets~1{id}/post/parameters/1/name",
        "#/paths/~1pets~1{id}/post/parameters/1, #/paths/~1pets~1{id}/post/parameters/2",
        "#/paths/~1pets~1{id}/post/requestBody/content/application~1json/schema/properties/a,"
                + " #/paths/~1pets~1{id}/post/parameters/0/schema/properties/a",
        "#/paths/~1pets~1{id}/post/responses/200/content/*~1*/schema/type,"
                + " #/paths/~1pets~1{id}/post/responses/200/schema/type",
        "#/paths/~1pets~1{id}/post/responses/200/headers/X-Rate/schema/type,"
                + " #/paths/~1pets~1{id}/post/responses/200/headers/X-Rate/type",
        "#/paths/~1pets~1{id}~1photo/put/requestBody/content/multipart~1form-data/schema/properties/caption/maxLength,"
                + " #/paths/~1pets~1{id}~1photo/put/parameters/2/maxLength",
        "#/paths/~1pets~1{id}~1photo/put/requestBody, #/paths/~1pets~1{id}~1photo/put/parameters/1",
        "#/paths/~1pets~1{id}~1photo/put/operationId, #/paths/~1pets~1{id}~1photo/put/operationId",
        "#/info/title, #/info/title"
    })
    void aConvertedPointerLeadsToWhereItWasWritten(String converted, String written) throws IOException {
        JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(WRITTEN);

        assertEquals(JsonPointer.parse(written), new SwaggerTwoPointers(tree).apply(JsonPointer.parse(converted)));
    }
}
