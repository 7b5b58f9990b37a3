package dev.kiln.cases;

import static dev.kiln.cases.CompiledSdk.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code inline-object-naming} case's SDK at work: inline bodies are types named after the operation, and
 * inline objects, arrays' included, are types nested in the type whose field they are.
 */
class InlineObjectNamingBehaviourTest {
    private static CompiledSdk sdk;

    @BeforeAll
    static void compile() {
        sdk = CompiledSdk.clean("inline-object-naming");
    }

    @Test
    void nestedInlineObjectsBuildAndWriteTheWholeRequest() {
        Object address =
                call(call(sdk.callStatic("CreateOrderRequest$Customer$Address", "builder"), "city", "Lyon"), "build");
        Object customerBuilder = sdk.callStatic("CreateOrderRequest$Customer", "builder");
        call(customerBuilder, "name", "Ada");
        call(customerBuilder, "address", address);
        Object lineBuilder = sdk.callStatic("CreateOrderRequest$Lines", "builder");
        call(lineBuilder, "sku", "A-1");
        call(lineBuilder, "quantity", 2);
        Object requestBuilder = sdk.callStatic("CreateOrderRequest", "builder");
        call(requestBuilder, "customer", call(customerBuilder, "build"));
        call(requestBuilder, "lines", List.of(call(lineBuilder, "build")));

        assertEquals(
                "{\"customer\":{\"name\":\"Ada\",\"address\":{\"city\":\"Lyon\"}},\"lines\":[{\"sku\":\"A-1\",\"quantity\":2}]}",
                call(call(requestBuilder, "build"), "toJson"));
    }

    @Test
    void theResponseReadsItsNestedObject() {
        Object response =
                sdk.callStatic("CreateOrderResponse", "fromJson", "{\"id\":\"o1\",\"status\":{\"code\":\"accepted\"}}");

        Object status = ((Optional<?>) call(response, "status")).orElseThrow();
        assertEquals(sdk.model("CreateOrderResponse$Status"), status.getClass());
        assertEquals(Optional.of("accepted"), call(status, "code"));
    }

    @Test
    void theServiceTakesAndReturnsTheBodyTypes() throws NoSuchMethodException {
        Class<?> service = sdk.type("services.OrdersService");

        assertEquals(
                sdk.model("CreateOrderResponse"),
                service.getMethod("create", sdk.model("CreateOrderRequest")).getReturnType());
    }
}
