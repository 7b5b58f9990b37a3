package dev.kiln.link;

import static dev.kiln.link.LinkerFixture.assertProperty;
import static dev.kiln.link.LinkerFixture.enumNested;
import static dev.kiln.link.LinkerFixture.methodNames;
import static dev.kiln.link.LinkerFixture.nestedType;
import static dev.kiln.link.LinkerFixture.object;
import static dev.kiln.link.LinkerFixture.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.ir.Api;
import dev.kiln.ir.EnumModel;
import dev.kiln.ir.ObjectModel;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Service;
import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeRef;
import dev.kiln.ir.WireValue;
import dev.kiln.naming.JavaSymbols;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The names the Java target gives what the linker makes, where they differ from the plain names of the core's own
 * {@code LinkerTest}: a type name in capitals, a promoted type whose first name is taken, a nested type named like a
 * {@code java.lang} type, constants that start with a digit, an accessor that is a keyword. The specs both link are
 * the core's {@link LinkerFixture}'s.
 */
class LinkerJavaNamesTest {
    @TempDir
    Path directory;

    @Test
    void anInlineSchemaBelowTheNestingCapIsPromotedToATopLevelTypeNamedAfterItsOwnerAndField() throws IOException {
        Api api = link(LinkerFixture.NESTING_CAP);
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
        Api api = link(LinkerFixture.LITERALS_AND_ENUMS);
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
        Api api = link(LinkerFixture.TAGGED_SERVICES);

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
        return LinkerFixture.link(directory, new JavaSymbols(), yaml, clientName);
    }
}
