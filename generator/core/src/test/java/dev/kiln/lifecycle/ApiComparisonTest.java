package dev.kiln.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.generate.Generator;
import dev.kiln.language.PlainTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of API change is reported once, and marked breaking exactly when it breaks the SDK's users. */
class ApiComparisonTest {
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Pets, version: 1.0.0}
            paths:
              /pets:
                get:
                  operationId: listPets
                  tags: [pets]
                  parameters:
                    - {name: limit, in: query, required: false, schema: {type: integer}}
                  responses:
                    '200':
                      description: The pets.
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}
                post:
                  operationId: createPet
                  tags: [pets]
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/NewPet'}
                  responses:
                    '201':
                      description: The pet.
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Pet'}
              /pets/{petId}:
                delete:
                  operationId: deletePet
                  tags: [pets]
                  parameters:
                    - {name: petId, in: path, required: true, schema: {type: string}}
                  responses:
                    '204': {description: Deleted.}
            components:
              schemas:
                Pet:
                  type: object
                  required: [id, name]
                  properties:
                    id: {type: integer, format: int64}
                    name: {type: string}
                    tag: {type: string}
                    status: {$ref: '#/components/schemas/PetStatus'}
                NewPet:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string}
                    tag: {type: string}
                PetStatus:
                  type: string
                  enum: [available, sold]
                Owner:
                  type: object
                  properties:
                    name: {type: string}
            """;

    @TempDir
    Path dir;

    private ApiSnapshot snapshot(String spec) throws IOException {
        Path file = Files.createTempFile(dir, "pets", ".yaml");
        Files.writeString(file, spec);
        return new Generator(new PlainTarget()).snapshot(file, "pets.yaml");
    }

    private List<String> changes(String after) throws IOException {
        return new ApiComparison()
                .compare(snapshot(SPEC), snapshot(after)).stream()
                        .map(ApiChange::toString)
                        .toList();
    }

    @Test
    void theSameSpecHasNoChanges() throws IOException {
        assertEquals(List.of(), changes(SPEC));
    }

    @Test
    void snapshotsAreRecordedFromTheIr() throws IOException {
        ApiSnapshot snapshot = snapshot(SPEC);
        assertEquals(
                List.of("GET /pets", "POST /pets", "DELETE /pets/{petId}"),
                snapshot.operations().stream()
                        .map(ApiSnapshot.OperationSnapshot::key)
                        .toList());
        ApiSnapshot.ModelSnapshot pet = snapshot.models().stream()
                .filter(m -> m.name().equals("Pet"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of(
                        new ApiSnapshot.FieldSnapshot("id", "int64", true, false, "none"),
                        new ApiSnapshot.FieldSnapshot("name", "string", true, false, "none"),
                        new ApiSnapshot.FieldSnapshot("tag", "string", false, false, "none"),
                        new ApiSnapshot.FieldSnapshot("status", "PetStatus", false, false, "none")),
                pet.fields());
        assertTrue(pet.response() && !pet.request());
        ApiSnapshot.ModelSnapshot newPet = snapshot.models().stream()
                .filter(m -> m.name().equals("NewPet"))
                .findFirst()
                .orElseThrow();
        assertTrue(newPet.request() && !newPet.response());
        assertEquals(
                List.of(new ApiSnapshot.EnumSnapshot("PetStatus", List.of("\"available\"", "\"sold\""))),
                snapshot.enums());
    }

    @Test
    void snapshotsSurviveJson() throws IOException {
        GenerationRecord record = new GenerationRecord(
                VersionHistory.first("1.0.0"),
                snapshot(SPEC),
                new SdkOutput("com.example.pets", "Pets", "../sdk", List.of("com/example/pets/Pets.java")));
        assertEquals(new GenerationRecord.Reading.Found(record), GenerationRecord.fromJson(record.toJson()));
    }

    @Test
    void aRemovedFieldIsBreaking() throws IOException {
        assertEquals(
                List.of("BREAKING   removed field Pet.tag"),
                changes(SPEC.replace("        tag: {type: string}\n        status", "        status")));
    }

    @Test
    void aNewOptionalFieldIsCompatible() throws IOException {
        assertEquals(
                List.of("compatible added optional field NewPet.age (int64)"),
                changes(SPEC.replace(
                        "        tag: {type: string}\n    PetStatus",
                        "        tag: {type: string}\n        age: {type: integer}\n    PetStatus")));
    }

    @Test
    void aNewRequiredFieldBreaksARequestModelButNotAResponseModel() throws IOException {
        assertEquals(
                List.of("BREAKING   added required field NewPet.age (int64)"),
                changes(
                        SPEC.replace(
                                "      required: [name]\n      properties:\n        name: {type: string}\n        tag: {type: string}\n    PetStatus",
                                "      required: [name, age]\n      properties:\n        name: {type: string}\n        tag: {type: string}\n        age: {type: integer}\n    PetStatus")));
        assertEquals(
                List.of("compatible added required field Pet.age (int64)"),
                changes(SPEC.replace(
                        "      required: [id, name]\n      properties:\n",
                        "      required: [id, name, age]\n      properties:\n        age: {type: integer}\n")));
    }

    @Test
    void aNewEnumValueIsCompatibleAndARemovedOneBreaking() throws IOException {
        assertEquals(
                List.of("compatible added enum value PetStatus \"pending\""),
                changes(SPEC.replace("[available, sold]", "[available, sold, pending]")));
        assertEquals(
                List.of("BREAKING   removed enum value PetStatus \"sold\""),
                changes(SPEC.replace("[available, sold]", "[available]")));
    }

    @Test
    void aChangedTypeIsBreaking() throws IOException {
        assertEquals(
                List.of("BREAKING   changed type of field Pet.id from int64 to string"),
                changes(SPEC.replace("id: {type: integer, format: int64}", "id: {type: string}")));
    }

    @Test
    void becomingRequiredIsBreaking() throws IOException {
        assertEquals(
                List.of("BREAKING   field NewPet.tag became required"),
                changes(SPEC.replace("required: [name]\n", "required: [name, tag]\n")));
    }

    @Test
    void becomingOptionalBreaksReadersOnly() throws IOException {
        assertEquals(
                List.of("BREAKING   field Pet.name became optional"),
                changes(SPEC.replace("required: [id, name]", "required: [id]")));
        assertEquals(
                List.of("compatible field NewPet.name became optional"),
                changes(SPEC.replace("required: [name]\n", "required: []\n")));
    }

    @Test
    void operationsAndModelsAddedAndRemoved() throws IOException {
        String after = SPEC.replace("    delete:\n      operationId: deletePet", "    get:\n      operationId: getPet")
                .replace(
                        "    Owner:\n      type: object\n      properties:\n        name: {type: string}\n",
                        "    Shop:\n      type: object\n      properties:\n        name: {type: string}\n");
        assertEquals(
                List.of(
                        "BREAKING   removed operation DELETE /pets/{petId}",
                        "compatible added operation GET /pets/{petId}",
                        "BREAKING   renamed model Owner to Shop"),
                changes(after));
    }

    @Test
    void inlineSchemasThatBecomeIdenticalShareOneTypeAndTheReportSaysWhatThatChangesForCallers() throws IOException {
        String before = SPEC.replace(
                        "        status: {$ref: '#/components/schemas/PetStatus'}\n",
                        "        status: {$ref: '#/components/schemas/PetStatus'}\n"
                                + "        home: {type: object, properties: {city: {type: string}, zip: {type: string}}}\n")
                .replace(
                        "        tag: {type: string}\n    PetStatus",
                        "        tag: {type: string}\n        home: {type: object, properties: {city: {type: string}}}\n    PetStatus");
        String after = before.replace(", zip: {type: string}}}", "}}");

        List<String> changes = new ApiComparison()
                .compare(snapshot(before), snapshot(after)).stream()
                        .map(ApiChange::toString)
                        .toList();

        assertEquals(
                List.of(
                        "BREAKING   removed model NewPet.Home",
                        "BREAKING   removed field Pet.Home.zip",
                        "BREAKING   changed type of field NewPet.home from NewPet.Home to Pet.Home"),
                changes);
    }

    @Test
    void aNewRequiredParameterIsBreakingAndAnOptionalOneCompatible() throws IOException {
        String optional = SPEC.replace(
                "- {name: limit, in: query, required: false, schema: {type: integer}}",
                "- {name: limit, in: query, required: false, schema: {type: integer}}\n        - {name: q, in: query, required: false, schema: {type: string}}");
        assertEquals(List.of("compatible added optional parameter GET /pets q (string)"), changes(optional));
        assertEquals(
                List.of("BREAKING   added required parameter GET /pets q (string)"),
                changes(optional.replace("name: q, in: query, required: false", "name: q, in: query, required: true")));
    }
}
