package dev.kiln.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.generate.Generator;
import dev.kiln.ir.Api;
import dev.kiln.ir.EnumModel;
import dev.kiln.ir.InterfaceModel;
import dev.kiln.ir.ObjectModel;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Parameter;
import dev.kiln.ir.Property;
import dev.kiln.ir.Service;
import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeModel;
import dev.kiln.ir.UnionModel;
import dev.kiln.language.EmitSettings;
import dev.kiln.language.EmittedSdk;
import dev.kiln.language.NameScope;
import dev.kiln.language.PlainSymbols;
import dev.kiln.language.Symbols;
import dev.kiln.language.Target;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core holds no naming rule of its own: every name in the IR is the one the {@link Symbols} it is given answers.
 * A symbol table that marks each name it gives with the method's own mark shows each mark in the IR. Every method of
 * {@link Symbols} is either a naming method with a mark here or a scope, and the linking of one spec calls them all,
 * so a new naming method fails this test until it is marked and its mark is seen.
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
              /owners:
                get:
                  operationId: listOwners
                  tags: [pets]
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {type: array, items: {type: object, properties: {name: {type: string}}}}
              /pets/{petId}/events:
                get:
                  operationId: watchPet
                  tags: [pets]
                  parameters:
                    - {name: petId, in: path, required: true, schema: {type: string}}
                  responses:
                    '200':
                      description: ok
                      content:
                        text/event-stream:
                          schema: {$ref: '#/components/schemas/Pet'}
              /pets/{petId}/photos:
                get:
                  operationId: listPhotos
                  tags: [pets]
                  parameters:
                    - {name: petId, in: path, required: true, schema: {type: string}}
                  responses:
                    '200': {description: ok}
                post:
                  operationId: addPhoto
                  x-kiln-name: upload
                  tags: [pets]
                  parameters:
                    - {name: petId, in: path, required: true, schema: {type: string}}
                  responses:
                    '204': {description: added}
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    id: {type: string}
                    owner: {oneOf: [{type: string}, {type: integer}]}
                    home:
                      type: object
                      properties:
                        room:
                          type: object
                          properties:
                            shelf:
                              type: object
                              properties:
                                box:
                                  type: object
                                  properties:
                                    label: {type: string}
                Animal:
                  type: object
                  properties:
                    name: {type: string}
                Dog:
                  allOf:
                    - $ref: '#/components/schemas/Animal'
                    - type: object
                      properties:
                        breed: {type: string}
            """;

    /** Each naming method of {@link Symbols} with the mark it puts before the name it gives. */
    private static final Map<String, String> MARKS = Map.ofEntries(
            Map.entry("typeName", "T_"),
            Map.entry("typeNames", "Ts_"),
            Map.entry("promotedTypeName", "P_"),
            Map.entry("nestedTypeName", "N_"),
            Map.entry("operationTypeName", "O_"),
            Map.entry("unknownVariantName", "U_"),
            Map.entry("implementationName", "I_"),
            Map.entry("variantName", "V_"),
            Map.entry("fieldName", "f_"),
            Map.entry("fieldNames", "fs_"),
            Map.entry("parameterName", "p_"),
            Map.entry("enumConstant", "K_"),
            Map.entry("resourceKey", "k_"),
            Map.entry("resourceName", "R_"),
            Map.entry("serviceName", "S_"),
            Map.entry("accessorName", "a_"),
            Map.entry("methodName", "m_"),
            Map.entry("streamingMethodName", "s_"),
            Map.entry("publisherMethodName", "pub_"),
            Map.entry("nestedResourceKey", "nk_"),
            Map.entry("nestedAccessorName", "na_"),
            Map.entry("overriddenMethodName", "om_"),
            Map.entry("clientName", "C_"),
            Map.entry("environmentPrefix", "E_"));

    /** The methods of {@link Symbols} that make the scopes names are taken in, rather than names. */
    private static final Set<String> SCOPES = Set.of(
            "typeScope", "memberScope", "serviceMethodScope", "parameterScope", "enumConstantScope", "variantScope");

    /** The methods of {@link Symbols} that answer a question about a path's words for the resource tree. */
    private static final Set<String> QUESTIONS = Set.of("namesResource", "namesAction", "namesCollection");

    @TempDir
    Path directory;

    private final Set<String> called = new HashSet<>();
    private Api api;

    @BeforeEach
    void linkWithMarkingSymbols() throws IOException {
        Symbols marking = marking(new PlainSymbols());
        Target target = new Target() {
            @Override
            public Symbols symbols() {
                return marking;
            }

            @Override
            public EmittedSdk emit(Api linked, EmitSettings settings) {
                throw new UnsupportedOperationException("only linked here");
            }
        };
        Path spec = Files.writeString(directory.resolve("spec.yaml"), SPEC);
        api = new Generator(target).api(spec, "spec.yaml");
    }

    @Test
    void everyMethodOfTheSymbolTableIsMarkedOrAScopeAndIsCalled() {
        Set<String> methods = Arrays.stream(Symbols.class.getMethods())
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> known = new TreeSet<>(MARKS.keySet());
        known.addAll(SCOPES);
        known.addAll(QUESTIONS);

        assertEquals(known, methods, "each naming method of Symbols needs a mark here, each scope a place in SCOPES");
        assertEquals(methods, new TreeSet<>(called), "linking the spec calls every method of Symbols");
    }

    @Test
    void everyNameComesFromTheSymbolTable() {
        assertEquals("C_ShopClient", api.clientName());
        assertEquals("E_C_SHOP_CLIENT", api.environmentPrefix());

        Service pets = api.services().get(0);
        // the tag's resource key (k_Pets) names the resource (R_KPets), which names the service and its accessor
        assertEquals("S_R_KPetsService", pets.typeName());
        assertEquals("a_rKPets", pets.accessorName());

        Operation list = pets.operations().get(0);
        assertEquals("m_listPets", list.methodName());
        assertEquals(Optional.of(TypeId.topLevel("O_ListPetsParams")), list.paramsType());
        assertEquals(
                List.of("f_startingAfter", "f_kind"),
                list.parameters().stream().map(Parameter::name).toList());
        assertTrue(list.pagination().isPresent());
        EnumModel kind = (EnumModel) list.paramsNested().get(0);
        assertEquals(TypeId.topLevel("O_ListPetsParams").nested("N_Kind"), kind.id());
        assertEquals(
                List.of("K_CAT", "K_DOG"),
                kind.constants().stream().map(EnumModel.EnumConstant::name).toList());
        type("O_ListPetsResponse");
        type("T_OListOwnersResponse");

        Operation watch = pets.operations().get(2);
        assertEquals(
                List.of("p_petId"),
                watch.pathParameters().stream().map(Parameter::name).toList());
        assertEquals("s_m_watchPetStreaming", watch.streaming().orElseThrow().methodName());
        assertEquals("pub_m_watchPetPublisher", watch.streaming().orElseThrow().publisherMethodName());

        ObjectModel pet = (ObjectModel) type("Ts_Pet");
        assertEquals(
                List.of("fs_id", "fs_owner", "fs_home"),
                pet.properties().stream().map(Property::name).toList());
        UnionModel owner = (UnionModel) pet.nested().get(0);
        assertEquals(TypeId.topLevel("Ts_Pet").nested("N_Owner"), owner.id());
        assertEquals(
                List.of("V_OfString", "V_OfInt64"),
                owner.variants().stream().map(UnionModel.Variant::name).toList());
        assertEquals("U_Unknown", owner.unknownName());
        type("P_Ts_PetN_HomeN_RoomN_ShelfBox");

        Service photos = api.services().stream()
                .filter(service -> service.accessorName().startsWith("na_"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no nested resource among " + api.services()));
        // a nested resource is named from its key, which the symbol table made too
        assertEquals(List.of("a_rKPets", "na_nkPhotos"), photos.resourcePath());
        assertEquals(
                List.of("m_listPhotos", "om_upload"),
                photos.operations().stream().map(Operation::methodName).toList());

        InterfaceModel animal = (InterfaceModel) type("Ts_Animal");
        assertEquals(TypeId.topLevel("Ts_Animal").nested("I_Impl"), animal.implementation());
    }

    /** The names {@code symbols} gives, each naming method's marked with its own mark, every call remembered. */
    private Symbols marking(Symbols symbols) {
        return (Symbols) Proxy.newProxyInstance(
                Symbols.class.getClassLoader(), new Class<?>[] {Symbols.class}, (proxy, method, args) -> {
                    called.add(method.getName());
                    Object answer;
                    try {
                        answer = method.invoke(symbols, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (answer instanceof NameScope || answer instanceof Boolean) {
                        return answer;
                    }
                    String mark = MARKS.get(method.getName());
                    if (answer instanceof List<?> names) {
                        return names.stream().map(name -> mark + name).toList();
                    }
                    return mark + answer;
                });
    }

    private TypeModel type(String name) {
        return api.types().stream()
                .filter(t -> t.id().equals(TypeId.topLevel(name)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no type " + name + " among "
                        + api.types().stream().map(TypeModel::id).toList()));
    }
}
