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
import dev.kiln.ir.InterfaceModel;
import dev.kiln.ir.ObjectModel;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Property;
import dev.kiln.ir.RequestBody;
import dev.kiln.ir.Service;
import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeModel;
import dev.kiln.ir.TypeRef;
import dev.kiln.ir.TypeRef.ScalarKind;
import dev.kiln.ir.WireValue;
import dev.kiln.language.PlainSymbols;
import dev.kiln.spec.LoadedSpec;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the linker makes of a spec, named by the core's plain test symbols; where the Java target's names differ
 * (capitals, keywords, digits, {@code java.lang} types), {@code LinkerJavaNamesTest} in the Java target checks them.
 */
class LinkerTest {
    @TempDir
    Path directory;

    @Test
    void keepsPropertiesAndTypesInSpecOrder() throws IOException {
        Api api = link("""
                openapi: 3.0.3
                info: {title: Shop, version: '1'}
                paths: {}
                components:
                  schemas:
                    Zebra:
                      type: object
                      properties:
                        zeta: {type: string}
                        alpha: {type: string}
                        mid: {type: string}
                    Apple:
                      type: object
                      properties:
                        name: {type: string}
                """);

        assertEquals(
                List.of("Zebra", "Apple"),
                api.types().stream().map(t -> t.id().toString()).toList());
        assertEquals(List.of("zeta", "alpha", "mid"), jsonNames(object(api, "Zebra")));
    }

    @Test
    void readsRequiredAndOpenApi30Nullable() throws IOException {
        Api api = link("""
                openapi: 3.0.3
                info: {title: Shop, version: '1'}
                paths: {}
                components:
                  schemas:
                    Profile:
                      type: object
                      required: [name, nickname]
                      properties:
                        name: {type: string}
                        nickname: {type: string, nullable: true}
                        bio: {type: string, nullable: true}
                        age: {type: integer, format: int32}
                """);
        ObjectModel profile = object(api, "Profile");

        assertProperty(profile, "name", TypeRef.scalar(ScalarKind.STRING), true, false);
        assertProperty(profile, "nickname", TypeRef.scalar(ScalarKind.STRING), true, true);
        assertProperty(profile, "bio", TypeRef.scalar(ScalarKind.STRING), false, true);
        assertProperty(profile, "age", TypeRef.scalar(ScalarKind.INT32), false, false);
    }

    @Test
    void readsOpenApi31TypeArraysAndNullAlternatives() throws IOException {
        Api api = link("""
                openapi: 3.1.0
                info: {title: Shop, version: '1'}
                paths: {}
                components:
                  schemas:
                    Owner:
                      type: object
                      properties:
                        name: {type: string}
                    Pet:
                      type: object
                      required: [owner]
                      properties:
                        count: {type: [integer, 'null']}
                        label: {type: string}
                        owner:
                          oneOf:
                            - $ref: '#/components/schemas/Owner'
                            - type: 'null'
                        previous:
                          anyOf:
                            - type: 'null'
                            - $ref: '#/components/schemas/Owner'
                """);
        ObjectModel pet = object(api, "Pet");
        TypeRef owner = TypeRef.named(TypeId.topLevel("Owner"));

        assertProperty(pet, "count", TypeRef.scalar(ScalarKind.INT64), false, true);
        assertProperty(pet, "label", TypeRef.scalar(ScalarKind.STRING), false, false);
        assertProperty(pet, "owner", owner, true, true);
        assertProperty(pet, "previous", owner, false, true);
    }

    @Test
    void anAllOfParentBecomesAnInterfaceItsChildrenImplementWithInheritedPropertiesFirst() throws IOException {
        Api api = link("""
                openapi: 3.0.3
                info: {title: Shop, version: '1'}
                paths: {}
                components:
                  schemas:
                    Pet:
                      type: object
                      required: [name]
                      properties:
                        name: {type: string}
                        born: {type: string, format: date}
                    Dog:
                      allOf:
                        - $ref: '#/components/schemas/Pet'
                        - type: object
                          required: [breed]
                          properties:
                            breed: {type: string}
                            good_boy: {type: boolean}
                """);

        InterfaceModel pet = assertInstanceOf(InterfaceModel.class, type(api, "Pet"));
        assertEquals(
                List.of("name", "born"),
                pet.properties().stream().map(Property::jsonName).toList());
        ObjectModel dog = object(api, "Dog");
        assertEquals(List.of(TypeId.topLevel("Pet")), dog.interfaces());
        assertEquals(List.of("name", "born", "breed", "good_boy"), jsonNames(dog));
        assertEquals(
                List.of("name", "born", "breed", "goodBoy"),
                dog.properties().stream().map(Property::name).toList());
        assertProperty(dog, "name", TypeRef.scalar(ScalarKind.STRING), true, false);
        assertProperty(dog, "born", TypeRef.scalar(ScalarKind.DATE), false, false);
        assertProperty(dog, "breed", TypeRef.scalar(ScalarKind.STRING), true, false);
    }

    @Test
    void oneTagOnEveryOperationOverPathsOfManyResourcesLeavesThePathsToNameThem() throws IOException {
        // Plaid's spec tags all its operations "plaid", over /accounts/..., /payment_initiation/... and 80 more
        List<String> resources = List.of(
                "accounts", "payment", "sandbox", "transfer", "item", "user", "wallet", "signal", "beacon", "link");
        StringBuilder paths = new StringBuilder();
        for (String resource : resources) {
            paths.append("  /")
                    .append(resource)
                    .append("/get:\n    post: {tags: [shop], operationId: ")
                    .append(resource)
                    .append("Get, responses: {'200': {description: ok}}}\n");
        }
        paths.append("  /accounts/balance/get:\n    post: {tags: [shop], operationId: accountsBalanceGet,"
                + " responses: {'200': {description: ok}}}\n");
        Api api = link("openapi: 3.0.3\ninfo: {title: Shop, version: '1'}\npaths:\n" + paths);

        assertEquals(resources, topLevelAccessors(api));
        assertEquals(List.of("accountsGet", "accountsBalanceGet"), operationIds(api, "accounts"));
    }

    @Test
    void oneTagOnEveryOperationOverPathsOfAFewResourcesOrOneNamesItsGroup() throws IOException {
        // Kiln's own spec: Endpoints over /endpoints, /hardware and /clusters
        Api few = link("""
                openapi: 3.0.3
                info: {title: Shop, version: '1'}
                paths:
                  /endpoints:
                    get: {tags: [Endpoints], operationId: listEndpoints, responses: {'200': {description: ok}}}
                  /hardware:
                    get: {tags: [Endpoints], operationId: listHardware, responses: {'200': {description: ok}}}
                  /clusters/availability-zones:
                    get: {tags: [Endpoints], operationId: availabilityZones, responses: {'200': {description: ok}}}
                """);
        Api one = link("""
                openapi: 3.0.3
                info: {title: Shop, version: '1'}
                paths:
                  /api/v1/pods:
                    get: {tags: [core_v1], operationId: listPods, responses: {'200': {description: ok}}}
                  /api/v1/nodes:
                    get: {tags: [core_v1], operationId: listNodes, responses: {'200': {description: ok}}}
                """);

        assertEquals(List.of("endpoints"), topLevelAccessors(few));
        assertEquals(List.of("coreV1"), topLevelAccessors(one));
    }

    @Test
    void aPathOfOneSegmentOfDottedNamesReadsAsThoseNames() throws IOException {
        // Slack's Web API: /chat.postMessage, /admin.apps.approve, /conversations.list
        Api api = link("""
                openapi: 3.0.3
                info: {title: Shop, version: '1'}
                paths:
                  /chat.postMessage:
                    post: {operationId: chat_postMessage, responses: {'200': {description: ok}}}
                  /chat.delete:
                    post: {operationId: chat_delete, responses: {'200': {description: ok}}}
                  /conversations.list:
                    get: {operationId: conversations_list, responses: {'200': {description: ok}}}
                  /conversations.archive:
                    post: {operationId: conversations_archive, responses: {'200': {description: ok}}}
                  /admin.apps.approve:
                    post: {operationId: admin_apps_approve, responses: {'200': {description: ok}}}
                  /admin.apps.restrict:
                    post: {operationId: admin_apps_restrict, responses: {'200': {description: ok}}}
                  /widget.png:
                    get: {operationId: widget, responses: {'200': {description: ok}}}
                """);

        assertEquals(List.of("chat", "conversations", "admin", "widgetPng"), topLevelAccessors(api));
        assertEquals(
                List.of("conversations.list", "conversations.archive"),
                api.services().stream()
                        .filter(service -> service.accessorName().equals("conversations"))
                        .flatMap(service -> service.operations().stream())
                        .map(operation -> operation.path().substring(1))
                        .toList());
        assertEquals(
                List.of(List.of("admin", "apps")),
                api.services().stream()
                        .filter(service -> service.operations().stream()
                                .anyMatch(operation -> operation.path().equals("/admin.apps.approve")))
                        .map(Service::resourcePath)
                        .toList(),
                "admin.apps.approve is a call of admin().apps()");
    }

    @Test
    void aBodyOfABinaryMediaTypeIsItsBytesWhateverItsSchemaSays() throws IOException {
        // Xero's spec sends attachments as application/octet-stream with format: byte, which Kiln dropped
        Api api = link("""
                openapi: 3.0.3
                info: {title: Shop, version: '1'}
                paths:
                  /files/{name}:
                    post:
                      operationId: uploadAttachment
                      parameters: [{name: name, in: path, required: true, schema: {type: string}}]
                      requestBody:
                        required: true
                        content:
                          application/octet-stream: {schema: {type: string, format: byte}}
                      responses: {'200': {description: ok}}
                    put:
                      operationId: replaceImage
                      parameters: [{name: name, in: path, required: true, schema: {type: string}}]
                      requestBody:
                        content:
                          image/png: {}
                      responses: {'200': {description: ok}}
                """);

        for (String id : List.of("uploadAttachment", "replaceImage")) {
            RequestBody body = api.services().stream()
                    .flatMap(service -> service.operations().stream())
                    .filter(operation -> operation.operationId().equals(id))
                    .findFirst()
                    .orElseThrow()
                    .body()
                    .orElseThrow(() -> new AssertionError(id + " lost its body"));
            assertEquals(RequestBody.Encoding.BINARY, body.encoding(), id);
            assertEquals(TypeRef.scalar(ScalarKind.BINARY), body.type(), id);
        }
    }

    @Test
    void aChildOfAUnionThatDeclaresNoFieldsOfItsOwnMergesNothingWithoutAWarning() throws IOException {
        // HubSpot's conversations spec: PublicActor is a oneOf of its children, each an allOf of PublicActor and
        // its own fields; PublicActor has no field to merge, so nothing is lost
        LoadedSpec loaded = LinkerFixture.load(directory, """
                openapi: 3.0.3
                info: {title: Shop, version: '1'}
                paths: {}
                components:
                  schemas:
                    Actor:
                      properties: {}
                      oneOf: [{$ref: '#/components/schemas/Agent'}, {$ref: '#/components/schemas/Bot'}]
                    Agent:
                      allOf:
                        - $ref: '#/components/schemas/Actor'
                        - {type: object, properties: {type: {type: string, enum: [AGENT]}, email: {type: string}}}
                    Bot:
                      allOf:
                        - $ref: '#/components/schemas/Actor'
                        - {type: object, properties: {type: {type: string, enum: [BOT]}, id: {type: string}}}
                    Named:
                      type: string
                    Labelled:
                      allOf:
                        - $ref: '#/components/schemas/Named'
                        - {type: object, properties: {label: {type: string}}}
                """);
        Api api = new Linker(new PlainSymbols()).link(loaded, "Shop");

        assertEquals(List.of("type", "email"), jsonNames(object(api, "Agent")));
        assertEquals(
                List.of("#/components/schemas/Labelled/allOf/0"),
                loaded.problems().warnings().stream()
                        .map(problem -> problem.pointer().toString())
                        .toList(),
                "only the member whose values are kept among the additional properties is reported");
    }

    private static List<String> topLevelAccessors(Api api) {
        return api.services().stream()
                .filter(service -> service.parents().isEmpty())
                .map(Service::accessorName)
                .toList();
    }

    private static List<String> operationIds(Api api, String accessor) {
        return api.services().stream()
                .filter(service ->
                        service.parents().isEmpty() && service.accessorName().equals(accessor))
                .flatMap(service -> api.children(service).isEmpty()
                        ? service.operations().stream()
                        : java.util.stream.Stream.concat(
                                service.operations().stream(),
                                api.children(service).stream().flatMap(child -> child.operations().stream())))
                .map(operation -> operation.operationId())
                .toList();
    }

    @Test
    void anAllOfThatOnlyNarrowsAScalarOrAnEnumIsThatTypeNotAnObject() throws IOException {
        // the shapes of Plaid's spec: a reference narrowed by an inline schema of the same type (to give the field
        // its own description), and a typed schema whose allOf is one reference
        Api api = link("""
                openapi: 3.0.3
                info: {title: Shop, version: '1'}
                paths: {}
                components:
                  schemas:
                    UserId: {type: string, description: A user's id.}
                    Iban: {type: string, minLength: 15, maxLength: 34}
                    IbanOrNull:
                      type: string
                      nullable: true
                      allOf:
                        - $ref: '#/components/schemas/Iban'
                    Scope: {type: string, enum: [ME_TO_ME, EXTERNAL]}
                    Session:
                      type: object
                      properties:
                        user_id:
                          allOf:
                            - $ref: '#/components/schemas/UserId'
                            - type: string
                              description: The id /user/create gave.
                        scope:
                          allOf:
                            - $ref: '#/components/schemas/Scope'
                            - {type: string, nullable: true}
                        iban:
                          $ref: '#/components/schemas/IbanOrNull'
                        code:
                          allOf:
                            - {type: string, maxLength: 8}
                            - {type: string, pattern: '^[A-Z]+$'}
                        count:
                          type: integer
                          format: int64
                          allOf:
                            - {minimum: 1}
                """);
        ObjectModel session = object(api, "Session");

        assertProperty(session, "user_id", TypeRef.scalar(ScalarKind.STRING), false, false);
        assertProperty(session, "scope", TypeRef.named(TypeId.topLevel("Scope")), false, true);
        assertEquals(
                TypeRef.scalar(ScalarKind.STRING),
                session.properties().stream()
                        .filter(p -> p.jsonName().equals("iban"))
                        .findFirst()
                        .orElseThrow()
                        .type(),
                "a string schema whose allOf is one reference is a string");
        assertProperty(session, "code", TypeRef.scalar(ScalarKind.STRING), false, false);
        assertProperty(session, "count", TypeRef.scalar(ScalarKind.INT64), false, false);
        assertEquals(
                List.of("Scope", "Session"),
                api.types().stream().map(t -> t.id().toString()).sorted().toList(),
                "no object is made of a narrowed scalar");
        assertEquals(
                Optional.of("The id /user/create gave."),
                session.properties().stream()
                        .filter(p -> p.jsonName().equals("user_id"))
                        .findFirst()
                        .orElseThrow()
                        .docs()
                        .summary(),
                "the narrowing part's description documents the field");
    }

    @Test
    void anInlineObjectPropertyBecomesATypeNestedInItsOwnerNamedAfterTheField() throws IOException {
        Api api = link("""
                openapi: 3.0.3
                info: {title: Shop, version: '1'}
                paths: {}
                components:
                  schemas:
                    Endpoint:
                      type: object
                      properties:
                        autoscaling:
                          type: object
                          properties:
                            min_replicas: {type: integer, format: int32}
                            max_replicas: {type: integer, format: int32}
                """);
        ObjectModel endpoint = object(api, "Endpoint");
        TypeId nestedId = TypeId.topLevel("Endpoint").nested("Autoscaling");

        assertEquals(
                List.of("Endpoint"),
                api.types().stream().map(t -> t.id().toString()).toList());
        assertProperty(endpoint, "autoscaling", TypeRef.named(nestedId), false, false);
        assertEquals(1, endpoint.nested().size());
        ObjectModel autoscaling =
                assertInstanceOf(ObjectModel.class, endpoint.nested().get(0));
        assertEquals(nestedId, autoscaling.id());
        assertEquals(List.of("min_replicas", "max_replicas"), jsonNames(autoscaling));
        assertEquals(
                "#/components/schemas/Endpoint/properties/autoscaling",
                autoscaling.pointer().toString());
    }

    @Test
    void anInlineSchemaBelowTheNestingCapIsPromotedToATopLevelTypeNamedAfterItsOwnerAndField() throws IOException {
        Api api = link(LinkerFixture.NESTING_CAP);
        TypeId d = TypeId.topLevel("A").nested("B").nested("C").nested("D");
        ObjectModel dModel = assertInstanceOf(ObjectModel.class, nestedType(type(api, "A"), d));
        TypeId promoted = TypeId.topLevel("ABCDE");

        assertEquals(Owner.MAX_NESTING, d.names().size() - 1);
        // A.B.C.D.E would be four levels deep, so E is promoted, named after the types it was nested in
        assertEquals(
                List.of("A", "AE", "ABCDE"),
                api.types().stream().map(t -> t.id().toString()).toList());
        assertProperty(dModel, "e", TypeRef.named(promoted), false, false);
        assertEquals(List.of(), dModel.nested());
        ObjectModel e = object(api, "ABCDE");
        assertEquals(
                "#/components/schemas/A/properties/b/properties/c/properties/d/properties/e",
                e.pointer().toString());
        assertProperty(e, "f", TypeRef.named(promoted.nested("F")), false, false);
    }

    @Test
    void aSingleValueEnumAndAConstAreLiteralsAndOtherEnumsAreOpen() throws IOException {
        Api api = link(LinkerFixture.LITERALS_AND_ENUMS);
        ObjectModel event = object(api, "Event");

        EnumModel object = enumNested(event, "Object");
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
                        new EnumModel.EnumConstant("24H", new WireValue.OfString("24h"))),
                state.constants());
        EnumModel level = enumNested(event, "Level");
        assertEquals(EnumModel.WireType.INTEGER, level.wireType());
        assertEquals(
                List.of(
                        new EnumModel.EnumConstant("1", new WireValue.OfInteger(BigInteger.ONE)),
                        new EnumModel.EnumConstant("2", new WireValue.OfInteger(BigInteger.TWO))),
                level.constants());
    }

    @Test
    void anInlineRequestBodyBecomesATopLevelTypeNamedAfterTheOperation() throws IOException {
        Api api = link("""
                openapi: 3.0.3
                info: {title: Shop, version: '1'}
                paths:
                  /endpoints/{endpointId}:
                    patch:
                      operationId: updateEndpoint
                      tags: [Endpoints]
                      parameters:
                        - {name: endpointId, in: path, required: true, schema: {type: string}}
                      requestBody:
                        required: true
                        content:
                          application/json:
                            schema:
                              type: object
                              properties:
                                display_name: {type: string}
                                inactive_timeout: {type: integer, nullable: true}
                      responses:
                        '204': {description: Updated.}
                """);
        TypeId request = TypeId.topLevel("UpdateEndpointRequest");

        ObjectModel body = object(api, "UpdateEndpointRequest");
        assertEquals(List.of("display_name", "inactive_timeout"), jsonNames(body));
        assertProperty(body, "inactive_timeout", TypeRef.scalar(ScalarKind.INT64), false, true);
        Operation update = operation(api, "EndpointsService", "update");
        assertEquals(Optional.of(TypeRef.named(request)), update.body().map(b -> b.type()));
        assertTrue(update.body().orElseThrow().required());
        assertEquals(Optional.empty(), update.response());
        assertEquals(
                List.of("endpointId"),
                update.pathParameters().stream().map(p -> p.name()).toList());
    }

    @Test
    void inlineObjectsThatDifferOnlyInDescriptionAreOneTypeButRequiredNullableAndDeprecatedKeepThemApart()
            throws IOException {
        Api api = link("""
                openapi: 3.0.3
                info: {title: Shop, version: '1'}
                paths: {}
                components:
                  schemas:
                    Order:
                      type: object
                      properties:
                        billing: {type: object, description: Who pays., properties: {city: {type: string}}}
                        shipping: {type: object, description: Where it goes., properties: {city: {type: string}}}
                        pickup: {type: object, required: [city], properties: {city: {type: string}}}
                        returns: {type: object, properties: {city: {type: string, nullable: true}}}
                        legacy: {type: object, deprecated: true, properties: {city: {type: string}}}
                        gift: {type: object, properties: {town: {type: string}}}
                """);
        ObjectModel order = object(api, "Order");
        TypeId billing = TypeId.topLevel("Order").nested("Billing");

        assertEquals(
                List.of(
                        billing,
                        billing,
                        order.id().nested("Pickup"),
                        order.id().nested("Returns"),
                        order.id().nested("Legacy"),
                        order.id().nested("Gift")),
                order.properties().stream()
                        .map(p -> ((TypeRef.Named) p.type()).id())
                        .toList());
        assertEquals(
                List.of("Billing", "Pickup", "Returns", "Legacy", "Gift"),
                order.nested().stream().map(t -> t.id().simpleName()).toList());
        assertEquals(Optional.of("Who pays."), order.nested().get(0).docs().summary());
    }

    @Test
    void unionsWhoseInlineVariantsDifferOnlyInNameAreOneType() throws IOException {
        Api api = link("""
                openapi: 3.0.3
                info: {title: Shop, version: '1'}
                paths: {}
                components:
                  schemas:
                    Parcel:
                      type: object
                      properties:
                        origin:
                          anyOf:
                            - {title: Postal, type: object, properties: {city: {type: string}}}
                            - {type: string}
                        destination:
                          anyOf:
                            - {title: Street, type: object, properties: {city: {type: string}}}
                            - {type: string}
                """);
        ObjectModel parcel = object(api, "Parcel");
        TypeId origin = parcel.id().nested("Origin");

        assertEquals(
                List.of(TypeRef.named(origin), TypeRef.named(origin)),
                parcel.properties().stream().map(Property::type).toList());
        assertEquals(
                List.of(origin), parcel.nested().stream().map(TypeModel::id).toList());
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
        // the plain symbol table names a method by its operation id without the resource's words (the Java target's
        // names for the same paths, retrieve and listZones, are its own tests')
        assertEquals(
                List.of("list", "create", "get", "listAvailabilityZones"),
                endpoints.operations().stream().map(Operation::methodName).toList());
        assertEquals(
                List.of("GET /endpoints", "POST /endpoints", "GET /endpoints/{endpointId}", "GET /zones"),
                endpoints.operations().stream()
                        .map(o -> o.httpMethod() + " " + o.path())
                        .toList());
        assertEquals(List.of("list"), methodNames(api.services().get(1)));
        assertEquals(List.of("check"), methodNames(api.services().get(2)));
    }

    @Test
    void servicesWhoseNamesDifferOnlyInCaseGetDistinctFiles() throws IOException {
        // OAuthService.java and OauthService.java would be one file on the file systems of macOS and Windows
        Api api = link("""
                openapi: 3.0.3
                info: {title: Shop, version: '1'}
                paths:
                  /oauth/token:
                    post:
                      operationId: createToken
                      tags: [OAuth]
                      responses: {'200': {description: ok}}
                  /oauth/apps:
                    get:
                      operationId: listApps
                      tags: [Oauth]
                      responses: {'200': {description: ok}}
                """);

        List<String> names = api.services().stream().map(Service::typeName).toList();
        assertEquals(List.of("OAuthService", "Oauth2Service"), names);
        assertEquals(
                List.of("oAuth", "oauth2"),
                api.services().stream().map(Service::accessorName).toList());
    }

    @Test
    void findsTheErrorBodyTypeInErrorResponses() throws IOException {
        Api api = link("""
                openapi: 3.0.3
                info: {title: Shop, version: '1'}
                paths:
                  /pets:
                    get:
                      operationId: listPets
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/Pet'}
                        '404':
                          description: not found
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/ErrorData'}
                        '429':
                          description: slow down
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/ErrorData'}
                components:
                  schemas:
                    Pet:
                      type: object
                      properties:
                        name: {type: string}
                    ErrorData:
                      type: object
                      properties:
                        message: {type: string}
                """);

        assertEquals(Optional.of(TypeRef.named(TypeId.topLevel("ErrorData"))), api.errorBody());
        assertEquals(
                Optional.of(TypeRef.named(TypeId.topLevel("Pet"))),
                operation(api, "PetsService", "list").response());
    }

    @Test
    void hasNoErrorBodyWhenErrorResponsesHaveNone() throws IOException {
        Api api = link("""
                openapi: 3.0.3
                info: {title: Shop, version: '1'}
                paths:
                  /pets:
                    get:
                      operationId: listPets
                      responses:
                        '200': {description: ok}
                        '404': {description: not found}
                """);

        assertEquals(Optional.empty(), api.errorBody());
    }

    @Test
    void takesTheClientNameServerAndEnvironmentPrefix() throws IOException {
        Api api = link("""
                openapi: 3.0.3
                info: {title: Open AI, version: '1', description: The API.}
                servers:
                  - url: https://api.example.com/v1
                paths: {}
                """, "OpenAi");

        assertEquals("OpenAi", api.clientName());
        assertEquals("OPEN_AI", api.environmentPrefix());
        assertEquals("https://api.example.com/v1", api.defaultBaseUrl());
        assertEquals("Open AI", api.title());
        assertEquals(Optional.of("The API."), api.docs().summary());
    }

    private Api link(String yaml) throws IOException {
        return link(yaml, "Shop");
    }

    private Api link(String yaml, String clientName) throws IOException {
        return LinkerFixture.link(directory, new PlainSymbols(), yaml, clientName);
    }

    private static Operation operation(Api api, String service, String methodName) {
        return api.services().stream()
                .filter(s -> s.typeName().equals(service))
                .flatMap(s -> s.operations().stream())
                .filter(o -> o.methodName().equals(methodName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + service + "." + methodName + " in " + api.services()));
    }

    private static List<String> jsonNames(ObjectModel model) {
        return model.properties().stream().map(Property::jsonName).toList();
    }
}
