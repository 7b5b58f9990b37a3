package dev.kiln.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.ir.Api;
import dev.kiln.ir.EnumModel;
import dev.kiln.ir.ObjectModel;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Parameter;
import dev.kiln.ir.Property;
import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeModel;
import dev.kiln.ir.UnionModel;
import dev.kiln.naming.JavaSymbols;
import dev.kiln.spec.SpecLoader;
import dev.kiln.target.Symbols;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The linker holds no naming rule of its own: every name in the IR is the one the {@link Symbols} it is given
 * answers. A symbol table that marks each kind of name shows each mark in the IR.
 */
class LinkerSymbolsTest {
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Shop, version: '1'}
            paths:
              /pets:
                get:
                  operationId: listPets
                  tags: [pets]
                  parameters:
                    - {name: starting_after, in: query, schema: {type: string}}
                    - {name: kind, in: query, schema: {type: string, enum: [cat, dog]}}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              data: {type: array, items: {$ref: '#/components/schemas/Pet'}}
                              has_more: {type: boolean}
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    id: {type: string}
                    owner: {oneOf: [{type: string}, {type: integer}]}
            """;

    @TempDir
    Path directory;

    @Test
    void everyNameComesFromTheSymbolTable() throws IOException {
        Api api = link(marking(new JavaSymbols()));

        assertEquals("Svc_Pets", api.services().get(0).interfaceName());
        assertEquals("ENV", api.environmentPrefix());
        Operation list = api.services().get(0).operations().get(0);
        assertEquals("m_list", list.methodName());
        assertEquals(Optional.of(TypeId.topLevel("T_ListPetsParams")), list.paramsType());
        assertEquals(
                List.of("f_startingAfter", "f_kind"),
                list.parameters().stream().map(Parameter::javaName).toList());
        assertTrue(list.pagination().isPresent());
        EnumModel kind = (EnumModel) list.paramsNested().get(0);
        assertEquals(
                List.of("K_CAT", "K_DOG"),
                kind.constants().stream().map(EnumModel.EnumConstant::javaName).toList());

        ObjectModel pet = (ObjectModel) type(api, "T_Pet");
        assertEquals(
                List.of("f_id", "f_owner"),
                pet.properties().stream().map(Property::javaName).toList());
        UnionModel owner = (UnionModel) pet.nested().get(0);
        assertEquals(TypeId.topLevel("T_Pet").nested("N_Owner"), owner.id());
        assertEquals(
                List.of("V_OfString", "V_OfLong"),
                owner.variants().stream().map(UnionModel.Variant::javaName).toList());
        type(api, "T_ListPetsResponse");
    }

    /** The names {@code symbols} gives, each kind marked with its own prefix. */
    private static Symbols marking(Symbols symbols) {
        return (Symbols) Proxy.newProxyInstance(
                Symbols.class.getClassLoader(), new Class<?>[] {Symbols.class}, (proxy, method, args) -> {
                    Object name;
                    try {
                        name = method.invoke(symbols, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    return switch (method.getName()) {
                        case "typeName", "operationTypeName" -> "T_" + name;
                        case "typeNames" ->
                            ((List<?>) name).stream().map(n -> "T_" + n).toList();
                        case "nestedTypeName" -> "N_" + name;
                        case "fieldName", "parameterName" -> "f_" + name;
                        case "fieldNames" ->
                            ((List<?>) name).stream().map(n -> "f_" + n).toList();
                        case "enumConstant" -> "K_" + name;
                        case "variantName" -> "V_" + name;
                        case "serviceName" -> "Svc_" + args[0];
                        case "methodName" -> "m_" + name;
                        case "environmentPrefix" -> "ENV";
                        default -> name;
                    };
                });
    }

    private Api link(Symbols symbols) throws IOException {
        Path spec = Files.writeString(directory.resolve("spec.yaml"), SPEC);
        return new Linker(symbols).link(new SpecLoader().load(spec, "spec.yaml"), "Shop");
    }

    private static TypeModel type(Api api, String name) {
        return api.types().stream()
                .filter(t -> t.id().equals(TypeId.topLevel(name)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no type " + name + " among "
                        + api.types().stream().map(TypeModel::id).toList()));
    }
}
