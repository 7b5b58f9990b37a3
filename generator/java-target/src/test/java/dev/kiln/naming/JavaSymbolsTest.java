package dev.kiln.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeRef;
import dev.kiln.ir.TypeRef.ScalarKind;
import dev.kiln.language.NameScope;
import dev.kiln.language.OperationTypeRole;
import dev.kiln.language.Route;
import dev.kiln.language.Symbols;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JavaSymbolsTest {
    private final Symbols symbols = new JavaSymbols();

    @Test
    void theClientIsNamedAfterTheTitleOrElseApi() {
        assertEquals("TogetherApiClient", symbols.clientName(Optional.of("Together API")));
        assertEquals("Api", symbols.clientName(Optional.empty()));
        assertEquals("Api", symbols.clientName(Optional.of("  ")));
        assertEquals("TOGETHER_API_CLIENT", symbols.environmentPrefix("TogetherApiClient"));
    }

    @Test
    void anOperationsTypesAreNamedAfterItAndTheirRole() {
        NameScope scope = symbols.typeScope();

        assertEquals("ListPetsParams", symbols.operationTypeName("listPets", OperationTypeRole.PARAMS, scope));
        assertEquals("ListPetsRequest", symbols.operationTypeName("listPets", OperationTypeRole.REQUEST, scope));
        assertEquals("ListPetsResponse", symbols.operationTypeName("listPets", OperationTypeRole.RESPONSE, scope));
        assertEquals("ListPetsEvent", symbols.operationTypeName("listPets", OperationTypeRole.EVENT, scope));
        assertEquals("ListPetsParams2", symbols.operationTypeName("list_pets", OperationTypeRole.PARAMS, scope));
    }

    @Test
    void typeNamesThatDifferOnlyInCaseClash() {
        NameScope scope = symbols.typeScope(Set.of("Pet"));

        assertEquals("Pet2", symbols.typeName("pet", scope));
        assertEquals("PetS", symbols.typeName("pet-s", scope));
        assertEquals("Pets", symbols.typeName("pets", symbols.typeScope()));
    }

    @Test
    void aServiceIsItsResourceAndItsMethodsDoNotTakeItsMembers() {
        NameScope resources = symbols.typeScope();
        String resource = symbols.resourceName("endpoints", resources);

        assertEquals("Endpoints", resource);
        assertEquals("EndpointsService", symbols.serviceName(resource));
        assertEquals("endpoints", symbols.accessorName(resource));
        assertEquals("async_", symbols.accessorName("Async"));
        NameScope methods = symbols.serviceMethodScope(Set.of());
        assertEquals(
                "list",
                symbols.methodName(
                        new Route(
                                "GET",
                                "/endpoints",
                                List.of(),
                                Optional.empty(),
                                Optional.of("listEndpoints"),
                                List.of(resource),
                                false,
                                Optional.of("endpoints")),
                        methods));
        assertEquals("withRawResponse_", symbols.overriddenMethodName("withRawResponse", methods));
    }

    @Test
    void theExtraMethodsOfAnOperationAreNumberedWhenTaken() {
        NameScope methods = symbols.serviceMethodScope(Set.of("chatStreaming"));

        assertEquals("chatStreaming2", symbols.streamingMethodName("chat", methods));
        assertEquals("chatPublisher", symbols.publisherMethodName("chat", methods));
    }

    @Test
    void theArgumentsEveryOperationMethodHasAreTakenFromItsParameters() {
        NameScope parameters = symbols.parameterScope();

        assertEquals("params2", symbols.parameterName("params", parameters));
        assertEquals("requestOptions2", symbols.parameterName("request_options", parameters));
        assertEquals("limit", symbols.parameterName("limit", parameters));
    }

    @Test
    void theMembersEveryEnumHasAreTakenFromItsConstants() {
        NameScope constants = symbols.enumConstantScope(new TypeId(List.of("Deployment", "State")));

        assertEquals("KNOWN2", symbols.enumConstant("known", constants));
        assertEquals("CODEC2", symbols.enumConstant("codec", constants));
        assertEquals("UNKNOWN", symbols.enumConstant("_unknown", constants));
        assertEquals("ON_DEMAND", symbols.enumConstant("on-demand", constants));
    }

    @Test
    void anEnumConstantIsNotNamedLikeItsEnumOrATypeAroundIt() {
        NameScope constants = symbols.enumConstantScope(new TypeId(List.of("API", "V2")));

        assertEquals("V2_2", symbols.enumConstant("v2", constants));
        assertEquals("API2", symbols.enumConstant("api", constants));
        assertEquals("V1", symbols.enumConstant("v1", constants));
    }

    @Test
    void aVariantIsNamedAfterItsTitleOrItsTypeAndNotAfterTheUnion() {
        NameScope variants = symbols.variantScope(new TypeId(List.of("Message", "Content")));

        assertEquals("OfString", symbols.variantName(Optional.empty(), TypeRef.scalar(ScalarKind.STRING), variants));
        assertEquals(
                "OfIntegerList",
                symbols.variantName(Optional.empty(), new TypeRef.ListOf(TypeRef.scalar(ScalarKind.INT32)), variants));
        assertEquals(
                "OfOffsetDateTimeMap",
                symbols.variantName(
                        Optional.empty(), new TypeRef.MapOf(TypeRef.scalar(ScalarKind.DATE_TIME)), variants));
        assertEquals(
                "OfPet", symbols.variantName(Optional.empty(), TypeRef.named(new TypeId(List.of("Pet"))), variants));
        assertEquals("OfText", symbols.variantName(Optional.of("text"), TypeRef.scalar(ScalarKind.STRING), variants));
        assertEquals("OfText2", symbols.variantName(Optional.of("Text"), TypeRef.scalar(ScalarKind.STRING), variants));
        assertEquals("OfJson", symbols.variantName(Optional.empty(), new TypeRef.AnyJson(), variants));
    }

    @Test
    void aNestedTypeNeverTakesTheNameOfATypeItIsIn() {
        NameScope nested = symbols.memberScope();

        assertEquals("ContentValue", symbols.nestedTypeName("content", List.of("Message", "Content"), nested));
        assertEquals("Role", symbols.nestedTypeName("role", List.of("Message"), nested));
        assertEquals(
                "ConfigIssuer",
                symbols.promotedTypeName(List.of("Config", "Certificate"), "issuer", symbols.typeScope()));
    }
}
