package dev.kiln.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import dev.kiln.ir.Docs;
import dev.kiln.ir.EnumModel;
import dev.kiln.ir.Service;
import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeRef.ScalarKind;
import dev.kiln.runtime.core.ClientOptions;
import dev.kiln.runtime.core.Codec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JavaNamesTest {
    private final JavaNames names = new JavaNames("com.example.shop", "Shop");
    private final Service orders = new Service("OrdersService", "orders", new Docs(Optional.empty(), false), List.of());

    @Test
    void eachKindOfClassHasItsPackage() {
        assertEquals("com.example.shop.models", names.models());
        assertEquals("com.example.shop.services", names.services());
        assertEquals("com.example.shop.errors", names.errors());
        assertEquals("com.example.shop.core", names.core());
        assertEquals(ClassName.get("com.example.shop.core", "Codec"), names.runtime(Codec.class));
        assertEquals(
                ClassName.get("com.example.shop.core", "ClientOptions", "Builder"),
                names.runtime(ClientOptions.Builder.class));
        assertThrows(IllegalArgumentException.class, () -> names.runtime(String.class));
    }

    @Test
    void aNestedTypeIsNestedInItsOwners() {
        ClassName issuer = names.model(new TypeId(List.of("Config", "Certificate", "Issuer")));

        assertEquals("com.example.shop.models.Config.Certificate.Issuer", issuer.canonicalName());
        assertEquals("com.example.shop.models.Config$Certificate$Issuer", issuer.reflectionName());
    }

    @Test
    void sharedParametersAreNamedAfterTheWordsTheirClassesBeginAndEndWith() {
        Set<String> taken = new HashSet<>();
        assertEquals(
                ClassName.get("com.example.shop.models", "AbstractConnectCoreV1NamespacedPodAttachParams"),
                names.sharedParams(
                        List.of(
                                params("ConnectCoreV1GetNamespacedPodAttachParams"),
                                params("ConnectCoreV1PostNamespacedPodAttachParams")),
                        taken::contains));
        assertEquals(
                "AbstractListCoreV1Params",
                names.sharedParams(
                                List.of(params("ListCoreV1NamespacedPodParams"), params("ListCoreV1NodeParams")),
                                taken::contains)
                        .simpleName());
    }

    @Test
    void sharedParametersThatBeginDifferentlyOrWhoseNameIsTakenAreNamedAfterTheFirstClass() {
        List<ClassName> users = List.of(params("GetFoldersIdItemsParams"), params("RecentEventsParams"));
        List<ClassName> lists = List.of(params("ListPodsParams"), params("ListNodesParams"));
        Set<String> taken = new HashSet<>(Set.of("abstractlistparams", "abstractlistpodsparams"));

        assertEquals(
                "AbstractGetFoldersIdItemsParams",
                names.sharedParams(users, taken::contains).simpleName());
        assertEquals(
                "AbstractListPodsParams2",
                names.sharedParams(lists, taken::contains).simpleName());
    }

    private ClassName params(String simpleName) {
        return ClassName.get(names.models(), simpleName);
    }

    @Test
    void theClientAndItsAsynchronousViewAreInTheBasePackage() {
        assertEquals(ClassName.get("com.example.shop", "Shop"), names.client());
        assertEquals(ClassName.get("com.example.shop", "ShopAsync"), names.asyncClient());
        assertEquals(
                "com.example.shop.Shop.Builder", names.builder(names.client()).canonicalName());
    }

    @Test
    void aServiceHasItsFlavoursAndItsRequestFactory() {
        assertEquals(
                "com.example.shop.services.OrdersService",
                names.serviceInterface(orders).canonicalName());
        assertEquals("OrdersServiceAsync", names.asyncServiceInterface(orders).simpleName());
        assertEquals("OrdersServiceImpl", names.serviceImplementation(orders).simpleName());
        assertEquals(
                "OrdersServiceAsyncImpl",
                names.asyncServiceImplementation(orders).simpleName());
        assertEquals("OrdersRequests", names.requests(orders).simpleName());
        assertEquals(
                "com.example.shop.services.OrdersServiceAsync.WithRawResponse",
                names.rawResponseView(names.asyncServiceInterface(orders)).canonicalName());
        assertEquals(
                "com.example.shop.services.OrdersServiceImpl.WithRawResponseImpl",
                names.rawResponseViewImplementation(names.serviceImplementation(orders))
                        .canonicalName());
    }

    @Test
    void theExceptionsAreNamedAfterTheClientAndTheStatus() {
        assertEquals(
                "com.example.shop.errors.ShopException", names.baseException().canonicalName());
        assertEquals("ShopServiceException", names.serviceException().simpleName());
        assertEquals("ShopIoException", names.ioException().simpleName());
        assertEquals("ShopTimeoutException", names.timeoutException().simpleName());
        assertEquals(
                "ShopInvalidResponseException", names.invalidResponseException().simpleName());
        assertEquals("ShopErrorFactory", names.errorFactory().simpleName());
        assertEquals(
                "com.example.shop.errors.NotFoundException",
                names.statusException(StatusError.NOT_FOUND).canonicalName());
        assertEquals(
                "RateLimitException",
                names.statusException(StatusError.RATE_LIMIT).simpleName());
        assertEquals(
                "StreamErrorException",
                names.statusException(StatusError.STREAM_ERROR).simpleName());
    }

    @Test
    void aClientNamedLikeAStatusLeavesTheStatusExceptionItsName() {
        JavaNames badRequest = new JavaNames("com.example", "BadRequest");

        assertEquals(
                "BadRequestException",
                badRequest.statusException(StatusError.BAD_REQUEST).simpleName());
        assertEquals("BadRequestException2", badRequest.baseException().simpleName());
        assertEquals("BadRequestServiceException", badRequest.serviceException().simpleName());
    }

    @Test
    void noTwoClassesOfTheErrorsPackageShareAFileWhateverTheClient() {
        for (String client :
                List.of("Shop", "BadRequest", "Unexpected", "Stream", "Internal", "RateLimit", "notfound")) {
            JavaNames sdk = new JavaNames("com.example", client);
            Set<String> files = new HashSet<>();
            Stream.concat(
                            Stream.of(StatusError.values()).map(sdk::statusException),
                            Stream.of(
                                    sdk.baseException(),
                                    sdk.serviceException(),
                                    sdk.ioException(),
                                    sdk.timeoutException(),
                                    sdk.invalidResponseException(),
                                    sdk.errorFactory()))
                    .forEach(name ->
                            assertTrue(files.add(name.simpleName().toLowerCase(Locale.ROOT)), client + ": " + name));
        }
    }

    @Test
    void theClientsSettingsAreReadFromVariablesAndPropertiesNamedAfterIt() {
        assertEquals("SHOP_API_KEY", names.apiKeyVariable("SHOP"));
        assertEquals("SHOP_BASE_URL", names.baseUrlVariable("SHOP"));
        assertEquals("shop.apiKey", names.apiKeyProperty());
        assertEquals("shop.baseUrl", names.baseUrlProperty());
    }

    @Test
    void everyScalarAndEnumValueIsReadByACodecTheRuntimeHas() throws IOException {
        String codecs = Files.readString(
                Path.of("../runtime/src/main/java/dev/kiln/runtime/core/Codecs.java"), StandardCharsets.UTF_8);

        for (ScalarKind kind : ScalarKind.values()) {
            String constant = names.scalarCodec(kind);
            assertTrue(
                    Pattern.compile("public static final Codec<\\w+> " + constant + " =")
                            .matcher(codecs)
                            .find(),
                    () -> kind + ": no Codecs." + constant);
        }
        for (EnumModel.WireType type : EnumModel.WireType.values()) {
            String constant = names.wireCodec(type);
            assertTrue(
                    Pattern.compile("public static final Codec<\\w+> " + constant + " =")
                            .matcher(codecs)
                            .find(),
                    () -> type + ": no Codecs." + constant);
        }
    }

    @Test
    void anOpenEnumGivesItsValueTypedByWhatItIsOnTheWire() {
        assertEquals("asString", names.wireValueAccessor(EnumModel.WireType.STRING));
        assertEquals("asLong", names.wireValueAccessor(EnumModel.WireType.INTEGER));
        assertEquals("asDecimal", names.wireValueAccessor(EnumModel.WireType.NUMBER));
        assertEquals("asBoolean", names.wireValueAccessor(EnumModel.WireType.BOOLEAN));
    }

    @Test
    void anOpenEnumNestsItsKnownValuesWhichNoGeneratedTypeMayBeNamed() {
        ClassName status = names.model(new TypeId(List.of("Status")));

        assertEquals(
                "com.example.shop.models.Status.Value",
                names.knownValues(status).canonicalName());
        assertEquals("ValueValue", TypeNames.typeName("value", new dev.kiln.language.NameScope()));
        assertEquals("BuilderValue", TypeNames.typeName("builder", new dev.kiln.language.NameScope()));
    }
}
