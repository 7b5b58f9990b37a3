package dev.kiln.cases;

import static dev.kiln.cases.CompiledSdk.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code shared-inline-types} case's SDK at work: inline schemas written out the same way in several places are
 * one type, declared where the spec first writes them, and every operation that uses them takes that type.
 */
class SharedInlineTypesBehaviourTest {
    private static CompiledSdk sdk;

    @BeforeAll
    static void compile() {
        sdk = CompiledSdk.clean("shared-inline-types");
    }

    @Test
    void twoOperationsWithTheSameInlineBodyTakeOneBodyType() throws ReflectiveOperationException {
        Class<?> body = sdk.model("CreateAccountRequest");
        Class<?> service = sdk.type("services.AccountsService");

        assertEquals(body, service.getMethod("create", body).getParameterTypes()[0]);
        assertEquals(body, service.getMethod("update", String.class, body).getParameterTypes()[1]);
        assertThrows(AssertionError.class, () -> sdk.model("UpdateAccountRequest"));
    }

    @Test
    void oneBodyValueIsSentByBothOperations() {
        Object address =
                call(call(sdk.callStatic("CreateAccountRequest$Address", "builder"), "line1", "1 Main St"), "build");
        Object builder = call(sdk.callStatic("CreateAccountRequest", "builder"), "name", "Ada");
        Object body = call(
                call(call(builder, "address", address), "status", sdk.constant("Account$Status", "PAUSED")), "build");

        Object created = request("AccountsRequests", "create", body);
        Object updated = request("AccountsRequests", "update", "a-1", body);

        String json = "{\"name\":\"Ada\",\"status\":\"paused\",\"address\":{\"line1\":\"1 Main St\"}}";
        assertEquals(List.of("/accounts", json), List.of(call(created, "path"), bodyText(created)));
        assertEquals(List.of("/accounts/a-1", json), List.of(call(updated, "path"), bodyText(updated)));
    }

    @Test
    void bodiesThatDifferInAFieldStayTwoTypesButShareTheirIdenticalNestedObject() {
        assertNotEquals(sdk.model("CreateCustomerRequest"), sdk.model("CreateVendorRequest"));
        assertThrows(AssertionError.class, () -> sdk.model("CreateVendorRequest$Shipping"));

        Object shipping =
                call(call(sdk.callStatic("CreateCustomerRequest$Shipping", "builder"), "line1", "2 Dock Rd"), "build");
        Object customer = call(
                call(call(sdk.callStatic("CreateCustomerRequest", "builder"), "shipping", shipping), "taxExempt", true),
                "build");
        Object vendor = call(
                call(call(sdk.callStatic("CreateVendorRequest", "builder"), "shipping", shipping), "vatId", "EU1"),
                "build");

        assertEquals("{\"shipping\":{\"line1\":\"2 Dock Rd\"},\"tax_exempt\":true}", call(customer, "toJson"));
        assertEquals("{\"shipping\":{\"line1\":\"2 Dock Rd\"},\"vat_id\":\"EU1\"}", call(vendor, "toJson"));
        Object read = sdk.callStatic("CreateVendorRequest", "fromJson", "{\"shipping\":{\"line1\":\"2 Dock Rd\"}}");
        assertEquals(Optional.of(shipping), call(read, "shipping"));
    }

    @Test
    void anInlineEnumWrittenInThreePlacesIsTheEnumOfItsFirstPlace() {
        Object paused = sdk.constant("Account$Status", "PAUSED");
        for (String copy : List.of("ListAccountsParams$Status", "CreateAccountRequest$Status")) {
            assertThrows(AssertionError.class, () -> sdk.model(copy), copy);
        }

        Object account = sdk.callStatic("Account", "fromJson", "{\"id\":\"a-1\",\"status\":\"paused\"}");
        Object params = call(call(sdk.callStatic("ListAccountsParams", "builder"), "status", paused), "build");
        Object body = call(
                call(call(sdk.callStatic("CreateAccountRequest", "builder"), "name", "Ada"), "status", paused),
                "build");

        assertSame(paused, call(account, "status"));
        assertEquals(
                List.of(Map.entry("status", "paused")), call(request("AccountsRequests", "list", params), "query"));
        assertEquals(
                Optional.of(paused),
                call(sdk.callStatic("CreateAccountRequest", "fromJson", call(body, "toJson")), "status"));
    }

    /** Calls a package-private static method of a service's requests class, which builds the call's ApiRequest. */
    private static Object request(String requestsClass, String method, Object... arguments) {
        Class<?> type = sdk.type("services." + requestsClass);
        for (Method candidate : type.getDeclaredMethods()) {
            if (candidate.getName().equals(method) && candidate.getParameterCount() == arguments.length) {
                try {
                    candidate.setAccessible(true);
                    return candidate.invoke(null, arguments);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError("no method " + method + " in " + type);
    }

    private static String bodyText(Object request) {
        Object content = ((Optional<?>) call(request, "content")).orElseThrow();
        return new String((byte[]) call(content, "toByteArray"), StandardCharsets.UTF_8);
    }
}
