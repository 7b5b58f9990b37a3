package dev.kiln.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.kiln.ir.Api;
import dev.kiln.ir.EnumModel;
import dev.kiln.ir.ObjectModel;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Property;
import dev.kiln.ir.Service;
import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeModel;
import dev.kiln.ir.TypeRef;
import dev.kiln.language.Symbols;
import dev.kiln.spec.LoadedSpec;
import dev.kiln.spec.SpecLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The specs that the core's {@code LinkerTest} links with its plain symbols and the Java target's
 * {@code LinkerJavaNamesTest} links with the Java names, and the look-ups both make in what the linker made.
 */
final class LinkerFixture {
    /** An inline object nested five deep, below the nesting cap, beside a type whose name the promoted one wants. */
    static final String NESTING_CAP = """
            openapi: 3.1.0
            info: {title: Shop, version: '1'}
            paths: {}
            components:
              schemas:
                A:
                  type: object
                  properties:
                    b:
                      type: object
                      properties:
                        c:
                          type: object
                          properties:
                            d:
                              type: object
                              properties:
                                e:
                                  type: object
                                  properties:
                                    f:
                                      type: object
                                      properties:
                                        g: {type: string}
                AE:
                  type: object
                  properties:
                    taken: {type: boolean}
            """;

    /** A const, an enum of one value, an open enum with constants named by text, and an enum of integers. */
    static final String LITERALS_AND_ENUMS = """
            openapi: 3.1.0
            info: {title: Shop, version: '1'}
            paths: {}
            components:
              schemas:
                Event:
                  type: object
                  properties:
                    object:
                      const: event
                    kind:
                      type: string
                      enum: [dedicated]
                    state:
                      type: string
                      enum: [STARTED, on-demand, 24h]
                    level:
                      type: integer
                      enum: [1, 2]
            """;

    /** Operations tagged into two services, out of path order, and an untagged one that its path names. */
    static final String TAGGED_SERVICES = """
            openapi: 3.0.3
            info: {title: Shop, version: '1'}
            tags:
              - {name: Endpoints, description: Dedicated deployments.}
            paths:
              /endpoints:
                get:
                  operationId: listEndpoints
                  tags: [Endpoints]
                  responses: {'200': {description: ok}}
                post:
                  operationId: createEndpoint
                  tags: [Endpoints]
                  responses: {'200': {description: ok}}
              /hardware:
                get:
                  operationId: listHardware
                  tags: [Hardware]
                  responses: {'200': {description: ok}}
              /endpoints/{endpointId}:
                get:
                  operationId: getEndpoint
                  tags: [Endpoints]
                  responses: {'200': {description: ok}}
              /zones:
                get:
                  operationId: listAvailabilityZones
                  tags: [Endpoints]
                  responses: {'200': {description: ok}}
              /health:
                get:
                  operationId: checkHealth
                  responses: {'200': {description: ok}}
            """;

    private LinkerFixture() {}

    /** Links a spec written into {@code directory}, naming with {@code symbols}. */
    static Api link(Path directory, Symbols symbols, String yaml, String clientName) throws IOException {
        return new Linker(symbols).link(load(directory, yaml), clientName);
    }

    /** Loads a spec written into {@code directory}: its problems are the linker's too, once linked. */
    static LoadedSpec load(Path directory, String yaml) throws IOException {
        Path spec = Files.writeString(directory.resolve("spec.yaml"), yaml);
        return new SpecLoader().load(spec, "spec.yaml");
    }

    static TypeModel type(Api api, String name) {
        return api.types().stream()
                .filter(t -> t.id().equals(TypeId.topLevel(name)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no type " + name + " in " + api.types()));
    }

    static TypeModel nestedType(TypeModel outer, TypeId id) {
        for (TypeModel nested : outer.nested()) {
            if (nested.id().equals(id)) {
                return nested;
            }
            if (id.names()
                    .subList(0, nested.id().names().size())
                    .equals(nested.id().names())) {
                return nestedType(nested, id);
            }
        }
        throw new AssertionError("no " + id + " in " + outer.id());
    }

    static ObjectModel object(Api api, String name) {
        return assertInstanceOf(ObjectModel.class, type(api, name));
    }

    /** The enum nested in {@code owner} under that name, which one of its properties has as its type. */
    static EnumModel enumNested(ObjectModel owner, String simpleName) {
        TypeId id = owner.id().nested(simpleName);
        TypeModel nested = owner.nested().stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + owner.nested()));
        assertEquals(
                Optional.of(TypeRef.named(id)),
                owner.properties().stream()
                        .map(Property::type)
                        .filter(t -> t.equals(TypeRef.named(id)))
                        .findFirst());
        return assertInstanceOf(EnumModel.class, nested);
    }

    static List<String> methodNames(Service service) {
        return service.operations().stream().map(Operation::methodName).toList();
    }

    static void assertProperty(ObjectModel model, String jsonName, TypeRef type, boolean required, boolean nullable) {
        Property property = model.properties().stream()
                .filter(p -> p.jsonName().equals(jsonName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no property " + jsonName + " in " + model.id()));
        assertEquals(type, property.type(), jsonName + " type");
        assertEquals(required, property.required(), jsonName + " required");
        assertEquals(nullable, property.nullable(), jsonName + " nullable");
    }
}
