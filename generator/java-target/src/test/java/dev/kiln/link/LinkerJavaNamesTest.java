package dev.kiln.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.ir.Api;
import dev.kiln.ir.EnumModel;
import dev.kiln.ir.ObjectModel;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Property;
import dev.kiln.ir.Service;
import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeModel;
import dev.kiln.ir.TypeRef;
import dev.kiln.ir.WireValue;
import dev.kiln.naming.JavaSymbols;
import dev.kiln.spec.SpecLoader;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The names the Java target gives what the linker makes, where they differ from the plain names of the core's own
 * {@code LinkerTest}: a type name in capitals, a promoted type whose first name is taken, a nested type named like a
 * {@code java.lang} type, constants that start with a digit, an accessor that is a keyword.
 */
class LinkerJavaNamesTest {
    @TempDir
    Path directory;

    @Test
    void anInlineSchemaBelowTheNestingCapIsPromotedToATopLevelTypeNamedAfterItsOwnerAndField() throws IOException {
        Api api = link("""
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
                """);
        TypeId d = TypeId.topLevel("A").nested("B").nested("C").nested("D");
        ObjectModel dModel = assertInstanceOf(ObjectModel.class, nestedType(type(api, "A"), d));
        TypeId promoted = TypeId.topLevel("ADE");

        assertEquals(Owner.MAX_NESTING, d.names().size() - 1);
        // A.B.C.D.E would be four levels deep; AE is taken (by Ae: type names collide whatever their case), so ADE
        assertEquals(
                List.of("A", "Ae", "ADE"),
                api.types().stream().map(t -> t.id().toString()).toList());
        assertProperty(dModel, "e", TypeRef.named(promoted), false, false);
        assertEquals(List.of(), dModel.nested());
        ObjectModel e = object(api, "ADE");
        assertEquals(
                "#/components/schemas/A/properties/b/properties/c/properties/d/properties/e",
                e.pointer().toString());
        assertProperty(e, "f", TypeRef.named(promoted.nested("F")), false, false);
    }

    @Test
    void aSingleValueEnumAndAConstAreLiteralsAndOtherEnumsAreOpen() throws IOException {
        Api api = link("""
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
                """);
        ObjectModel event = object(api, "Event");

        EnumModel object = enumNested(event, "ObjectValue");
        assertTrue(object.literal());
        assertEquals(List.of(new EnumModel.EnumConstant("EVENT", new WireValue.OfString("event"))), object.constants());
        EnumModel kind = enumNested(event, "Kind");
        assertTrue(kind.literal());
        assertEquals(
                List.of(new EnumModel.EnumConstant("DEDICATED", new WireValue.OfString("dedicated"))),
                kind.constants());
        EnumModel state = enumNested(event, "State");
        assertFalse(state.literal());
        assertEquals(
                List.of(
                        new EnumModel.EnumConstant("STARTED", new WireValue.OfString("STARTED")),
                        new EnumModel.EnumConstant("ON_DEMAND", new WireValue.OfString("on-demand")),
                        new EnumModel.EnumConstant("_24H", new WireValue.OfString("24h"))),
                state.constants());
        EnumModel level = enumNested(event, "Level");
        assertEquals(EnumModel.WireType.INTEGER, level.wireType());
        assertEquals(
                List.of(
                        new EnumModel.EnumConstant("_1", new WireValue.OfInteger(BigInteger.ONE)),
                        new EnumModel.EnumConstant("_2", new WireValue.OfInteger(BigInteger.TWO))),
                level.constants());
    }

    @Test
    void groupsOperationsIntoServicesByTagInSpecOrder() throws IOException {
        Api api = link("""
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
                """);

        assertEquals(
                List.of("EndpointsService", "HardwareService", "HealthService"),
                api.services().stream().map(Service::typeName).toList());
        assertEquals(
                List.of("endpoints", "hardware", "health"),
                api.services().stream().map(Service::accessorName).toList());
        Service endpoints = api.services().get(0);
        assertEquals(Optional.of("Dedicated deployments."), endpoints.docs().summary());
        assertEquals(
                List.of("list", "create", "retrieve", "listZones"),
                endpoints.operations().stream().map(Operation::methodName).toList());
        assertEquals(
                List.of("GET /endpoints", "POST /endpoints", "GET /endpoints/{endpointId}", "GET /zones"),
                endpoints.operations().stream()
                        .map(o -> o.httpMethod() + " " + o.path())
                        .toList());
        assertEquals(List.of("list"), methodNames(api.services().get(1)));
        assertEquals(List.of("check"), methodNames(api.services().get(2)));
    }

    private Api link(String yaml) throws IOException {
        return link(yaml, "Shop");
    }

    private Api link(String yaml, String clientName) throws IOException {
        Path spec = Files.writeString(directory.resolve("spec.yaml"), yaml);
        return new Linker(new JavaSymbols()).link(new SpecLoader().load(spec, "spec.yaml"), clientName);
    }

    private static TypeModel type(Api api, String name) {
        return api.types().stream()
                .filter(t -> t.id().equals(TypeId.topLevel(name)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no type " + name + " in " + api.types()));
    }

    private static TypeModel nestedType(TypeModel outer, TypeId id) {
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

    private static ObjectModel object(Api api, String name) {
        return assertInstanceOf(ObjectModel.class, type(api, name));
    }

    private static EnumModel enumNested(ObjectModel owner, String simpleName) {
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

    private static List<String> methodNames(Service service) {
        return service.operations().stream().map(Operation::methodName).toList();
    }

    private static void assertProperty(
            ObjectModel model, String jsonName, TypeRef type, boolean required, boolean nullable) {
        Property property = model.properties().stream()
                .filter(p -> p.jsonName().equals(jsonName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no property " + jsonName + " in " + model.id()));
        assertEquals(type, property.type(), jsonName + " type");
        assertEquals(required, property.required(), jsonName + " required");
        assertEquals(nullable, property.nullable(), jsonName + " nullable");
    }
}
