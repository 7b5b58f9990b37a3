package dev.kiln.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.language.NameScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamingTest {

    @Nested
    class TypeNamesRules {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "Pet, Pet",
            "dedicated-endpoint, DedicatedEndpoint",
            "display_name, DisplayName",
            "HTTPServer, HttpServer",
            "gpu_memory, GpuMemory",
            "io.k8s.api.core.v1.Pod, IoK8sApiCoreV1Pod",
            "crème-brûlée, CrèmeBrûlée",
        })
        void arePascalCase(String specName, String javaName) {
            assertEquals(javaName, TypeNames.typeName(specName, new NameScope()));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "2fa_settings, _2faSettingsValue",
            "24h, _24hValue",
            "名前, 名前Value",
        })
        void thatCannotStartWithAnUpperCaseLetterEndInValueSoNoFieldHidesThem(String specName, String javaName) {
            // the field for the JSON name 24h is _24h; a field of a type's name hides the type in its class
            assertEquals(javaName, TypeNames.typeName(specName, new NameScope()));
            assertFalse(javaName.equals(MemberNames.fieldName(specName, new NameScope())));
        }

        @Test
        void thatDifferOnlyInCaseCollideInATypeScope() {
            NameScope types = NameScope.ofTypes();

            assertEquals("UserName", TypeNames.typeName("UserName", types));
            assertEquals("Username2", TypeNames.typeName("Username", types));
            // members are no files: case tells them apart
            NameScope members = new NameScope();
            assertEquals("userName", MemberNames.fieldName("userName", members));
            assertEquals("username", MemberNames.fieldName("username", members));
        }

        @Test
        void ofSchemasKeepTheirNameWhenItIsAlreadyAJavaNameWhateverComesFirst() {
            assertEquals(
                    List.of("UserName2", "UserName", "UserName3"),
                    TypeNames.typeNames(List.of("user_name", "UserName", "user-name"), NameScope.ofTypes()));
            assertEquals(
                    List.of("Pet2", "Pet", "StringValue"),
                    TypeNames.typeNames(List.of("pet", "Pet", "String"), NameScope.ofTypes()));
        }

        @Test
        void ofPromotedInlineSchemasNameTheirTopLevelOwnerAndTheirField() {
            NameScope scope = NameScope.ofTypes(Set.of("Config"));
            List<String> path = List.of("Config", "Server", "Tls", "Certificate");

            assertEquals("ConfigIssuer", TypeNames.promotedTypeName(path, "issuer", scope));
            assertEquals("ConfigCertificateIssuer", TypeNames.promotedTypeName(path, "issuer", scope));
            assertEquals("ConfigTlsCertificateIssuer", TypeNames.promotedTypeName(path, "issuer", scope));
            assertEquals("ConfigServerTlsCertificateIssuer", TypeNames.promotedTypeName(path, "issuer", scope));
            assertEquals("ConfigServerTlsCertificateIssuer2", TypeNames.promotedTypeName(path, "issuer", scope));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "String, StringValue",
            "string, StringValue",
            "Object, ObjectValue",
            "Integer, IntegerValue",
            "Override, OverrideValue",
            "class, ClassValue",
            "List, ListValue",
            "Builder, BuilderValue",
            // generated builders throw it unqualified, so a model of that name broke every other model
            "IllegalStateException, IllegalStateExceptionValue",
        })
        void thatGeneratedCodeUsesUnqualifiedGetASuffix(String specName, String javaName) {
            assertEquals(javaName, TypeNames.typeName(specName, new NameScope()));
        }

        @Test
        void madeOnlyOfPunctuationIsUnnamed() {
            assertEquals("Unnamed", TypeNames.typeName("--", new NameScope()));
        }

        @Test
        void thatCollideAfterManglingAreNumberedInSpecOrder() {
            NameScope scope = new NameScope();
            List<String> names = new ArrayList<>();
            for (String specName : List.of("Pet", "pet", "PET", "pet-", "Pet2")) {
                names.add(TypeNames.typeName(specName, scope));
            }
            // Pet2 is taken by the second 'pet' already; a name ending in a digit is numbered after an underscore
            assertEquals(List.of("Pet", "Pet2", "Pet3", "Pet4", "Pet2_2"), names);
        }

        @Test
        void areTheSameEveryRunAndFollowSpecOrder() {
            BiFunction<List<String>, NameScope, List<String>> allocate = (specNames, scope) -> specNames.stream()
                    .map(name -> TypeNames.typeName(name, scope))
                    .toList();
            assertEquals(
                    allocate.apply(List.of("pet", "Pet"), new NameScope()),
                    allocate.apply(List.of("pet", "Pet"), new NameScope()));
            assertEquals(List.of("Pet", "Pet2"), allocate.apply(List.of("pet", "Pet"), new NameScope()));
            assertEquals(List.of("Pet", "Pet2"), allocate.apply(List.of("Pet", "pet"), new NameScope()));
        }

        @Test
        void nestedInATypeOfTheSameNameGetASuffix() {
            assertEquals("PetValue", TypeNames.nestedTypeName("pet", List.of("Pet"), new NameScope()));
            assertEquals("PetValue", TypeNames.nestedTypeName("pet", List.of("Owner", "Pet"), new NameScope()));
            assertEquals("Autoscaling", TypeNames.nestedTypeName("autoscaling", List.of("Endpoint"), new NameScope()));
        }

        @Test
        void ofOperationsCarryTheirSuffix() {
            assertEquals(
                    "UpdateEndpointRequest", TypeNames.operationTypeName("updateEndpoint", "Request", new NameScope()));
            assertEquals(
                    "ListEndpointsParams", TypeNames.operationTypeName("listEndpoints", "Params", new NameScope()));
            assertEquals(
                    "GetPetsIdResponse", TypeNames.operationTypeName("get /pets/{id}", "Response", new NameScope()));
        }
    }

    @Nested
    class FieldNamesRules {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "display_name, displayName",
            "displayName, displayName",
            "HTTPServer, httpServer",
            "gpu_memory, gpuMemory",
            "x-request-id, xRequestId",
            "24h, _24h",
            "$ref, ref",
            "größe, größe",
            "'', value",
        })
        void areCamelCase(String jsonName, String javaName) {
            assertEquals(javaName, MemberNames.fieldName(jsonName, new NameScope()));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({"class, class_", "default, default_", "enum, enum_", "new, new_", "_private, private_"})
        void thatAreKeywordsGetAnUnderscore(String jsonName, String javaName) {
            assertEquals(javaName, MemberNames.fieldName(jsonName, new NameScope()));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "builder, builder_",
            "toBuilder, toBuilder_",
            "toJson, toJson_",
            "to_json, toJson_",
            "hashCode, hashCode_",
            "equals, equals_",
            "getClass, getClass_",
            "validate, validate_",
            "additional_properties, additionalProperties_",
        })
        void thatAreModelMembersGetAnUnderscore(String jsonName, String javaName) {
            assertEquals(javaName, MemberNames.fieldName(jsonName, new NameScope()));
        }

        @Test
        void thatCollideAfterManglingAreNumberedInSpecOrder() {
            NameScope scope = new NameScope();
            List<String> names = new ArrayList<>();
            for (String jsonName : List.of("display_name", "displayName", "display-name", "DisplayName")) {
                names.add(MemberNames.fieldName(jsonName, scope));
            }
            assertEquals(List.of("displayName", "displayName2", "displayName3", "displayName4"), names);
        }

        @Test
        void keepTheirNameWhenItIsAlreadyAJavaNameWhateverComesFirst() {
            assertEquals(
                    List.of("displayName2", "displayName", "value2", "value"),
                    MemberNames.fieldNames(List.of("display_name", "displayName", "_", "value"), new NameScope()));
        }

        @Test
        void ofParametersAvoidKeywordsAndReservedNames() {
            NameScope scope = new NameScope(Set.of("params", "body"));
            assertEquals("class_", MemberNames.parameterName("class", scope));
            assertEquals("endpointId", MemberNames.parameterName("endpoint_id", scope));
            assertEquals("params2", MemberNames.parameterName("params", scope));
            assertEquals("body2", MemberNames.parameterName("body", scope));
        }
    }

    @Nested
    class EnumConstantsRules {
        @ParameterizedTest(name = "''{0}'' -> {1}")
        @CsvSource({
            "on-demand, ON_DEMAND",
            "onDemand, ON_DEMAND",
            "STARTED, STARTED",
            "24h, _24H",
            "+1, PLUS_1",
            "-1, MINUS_1",
            "-1.5, MINUS_1_5",
            "'', EMPTY",
            "'  ', SPACE_SPACE",
            "1.5, _1_5",
            "a.b, A_B",
            "class, CLASS",
            "null, NULL",
            "été, ÉTÉ",
        })
        void areUpperSnakeCase(String wireValue, String javaName) {
            String name = EnumConstantNames.enumConstant(wireValue, new NameScope());
            assertEquals(javaName, name);
            assertTrue(SourceVersion.isName(name), name);
        }

        @Test
        void thatCollideAfterManglingAreNumberedInSpecOrder() {
            NameScope scope = new NameScope();
            List<String> names = new ArrayList<>();
            for (String wireValue : List.of("on-demand", "on_demand", "OnDemand", "v1", "V1")) {
                names.add(EnumConstantNames.enumConstant(wireValue, scope));
            }
            assertEquals(List.of("ON_DEMAND", "ON_DEMAND2", "ON_DEMAND3", "V1", "V1_2"), names);
        }

        @Test
        void keepTheSignOfEveryValue() {
            NameScope scope = new NameScope();
            assertEquals("MINUS_CREATED_AT", EnumConstantNames.enumConstant("-created_at", scope));
            assertEquals("CREATED_AT", EnumConstantNames.enumConstant("created_at", scope));
            assertEquals("MINUS", EnumConstantNames.enumConstant("-", new NameScope()));
            assertEquals("PLUS", EnumConstantNames.enumConstant("+", new NameScope()));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "<, LESS_THAN",
            "<=, LESS_THAN_EQUALS",
            "!=, NOT_EQUALS",
            "*, STAR",
            "+-, PLUS_MINUS",
            "☃, SNOWMAN",
        })
        void madeOnlyOfSymbolsAreSpelledOut(String wireValue, String javaName) {
            assertEquals(javaName, EnumConstantNames.enumConstant(wireValue, new NameScope()));
        }
    }

    @Nested
    class ConvenienceNamesRules {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "messages, addMessage",
            "policies, addPolicy",
            "addresses, addAddress",
            "boxes, addBox",
            "statuses, addStatus",
            "status, addStatus",
            "analysis, addAnalysis",
            "data, addData",
            "tool_calls, addToolCall",
            "item, addItem",
            "IDs, addId"
        })
        void anAdderTakesTheSingularOfTheListsName(String jsonName, String adder) {
            assertEquals(adder, MemberNames.adderName(jsonName, MemberNames.builderScope(List.of())));
        }

        @Test
        void mapsPutOneEntryByTheSingularAndAllByTheWholeName() {
            NameScope scope = MemberNames.builderScope(List.of("headers"));

            assertEquals("putHeader", MemberNames.putterName("headers", scope));
            assertEquals("putAllHeaders", MemberNames.putAllName("headers", scope));
        }

        @Test
        void aConvenienceNameAFieldOrAnotherOneHasIsNumbered() {
            NameScope scope = MemberNames.builderScope(List.of("addTag", "tags", "item", "items"));

            assertEquals("addTag2", MemberNames.adderName("tags", scope));
            assertEquals("addItem", MemberNames.adderName("item", scope));
            assertEquals("addItem2", MemberNames.adderName("items", scope));
            assertEquals("putAdditionalProperty2", MemberNames.putterName("additionalProperties", scope));
        }

        @Test
        void aUnionsVariantGetsAFactoryATestAnAccessorAndAVisitMethod() {
            NameScope members = MemberNames.unionScope();
            NameScope visits = MemberNames.visitorScope();

            assertEquals("ofChatMessage", MemberNames.variantFactoryName("OfChatMessage", members));
            assertEquals("isChatMessage", MemberNames.variantTestName("OfChatMessage", members));
            assertEquals("chatMessage", MemberNames.variantAccessorName("OfChatMessage", members));
            assertEquals("visitChatMessage", MemberNames.visitMethodName("OfChatMessage", visits));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "OfBoolean, boolean_",
            "Of24h, _24h",
            "OfValue, value2",
            "OfAccept, accept2",
            "OfJson, json2",
            "OfCodec, codec2"
        })
        void aVariantAccessorTakesNoKeywordAndNoMemberTheUnionOrItsRecordsHave(String variant, String accessor) {
            assertEquals(accessor, MemberNames.variantAccessorName(variant, MemberNames.unionScope()));
        }

        @Test
        void aRawAccessorIsNoFieldsAccessor() {
            NameScope fields = new NameScope();
            List<String> names = MemberNames.fieldNames(List.of("temperature", "_temperature", "24h"), fields);

            assertEquals(List.of("temperature", "temperature2", "_24h"), names);
            assertEquals("_temperature", MemberNames.rawAccessorName("temperature"));
            assertEquals("__24h", MemberNames.rawAccessorName("_24h"));
            names.forEach(name -> assertFalse(names.contains(MemberNames.rawAccessorName(name)), name));
        }

        @Test
        void aVariantsAttemptIsNamedAfterItsRecord() {
            assertEquals("asOfString", MemberNames.variantAttemptName("OfString"));
        }

        @Test
        void aUnionsOwnTypesAvoidTheNamesItMentions() {
            assertEquals("Visitor", TypeNames.visitorTypeName(Set.of("Content", "OfString")));
            assertEquals("Visitor2", TypeNames.visitorTypeName(Set.of("Content", "visitor")));
            assertEquals("R", TypeNames.visitorResultVariable(Set.of("Content", "Visitor")));
            assertEquals("R2", TypeNames.visitorResultVariable(Set.of("Content", "Visitor", "R")));
        }
    }

    @Nested
    class ServicesRules {
        @ParameterizedTest(name = "{0} -> {1} / {2}")
        @CsvSource({
            "Endpoints, Endpoints, endpoints",
            "endpoints, Endpoints, endpoints",
            "pet store, PetStore, petStore",
            "class, Class, class_",
            "Default, Default, default_",
            // the client has these members already
            "Async, Async, async_",
            "options, Options, options_",
            "Builder, Builder, builder_",
            // a resource's accessor must be a valid identifier too
            "3D Models, _3dModels, _3dModels",
            // what every resource is, and an API's version, say nothing of this one
            "GPUClusterService, GpuCluster, gpuCluster",
            "Batch API, Batch, batch",
            "Api20100401Account, Account, account",
            "close, Close, close_",
        })
        void resourcesAndTheirAccessors(String tag, String resourceName, String accessorName) {
            String resource = OperationNames.resourceName(tag, new NameScope());
            assertEquals(resourceName, resource);
            assertEquals(accessorName, OperationNames.accessorName(resource));
        }

        @ParameterizedTest
        @ValueSource(strings = {"3D Models", "Async", "class", "99", "Options"})
        void accessorsAreAlwaysValidIdentifiersNoClientMemberHas(String tag) {
            String accessor = OperationNames.accessorName(OperationNames.resourceName(tag, new NameScope()));
            assertTrue(SourceVersion.isName(accessor), accessor);
            assertFalse(
                    Set.of("async", "builder", "fromEnv", "options", "toString").contains(accessor), accessor);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Together, TOGETHER", "OpenAi, OPEN_AI", "OpenAI, OPEN_AI", "PetStore, PET_STORE", "HTTPBin, HTTP_BIN"})
    void environmentPrefixIsUpperSnakeCase(String clientName, String prefix) {
        assertEquals(prefix, OperationNames.environmentPrefix(clientName));
    }
}
