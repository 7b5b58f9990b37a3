package dev.kiln.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code untagged-paths} case's SDK: a spec that tags no operation gets one service per resource its paths
 * name, past versions and parameters, instead of one default service holding everything.
 */
class UntaggedPathsBehaviourTest {
    private static CompiledSdk sdk;

    @BeforeAll
    static void compile() {
        sdk = CompiledSdk.clean("untagged-paths");
    }

    @Test
    void theClientHasAServicePerResourceAndADefaultOneForPathsThatNameNone() {
        List<String> accessors = Arrays.stream(sdk.type("Cases").getDeclaredMethods())
                .filter(method -> method.getParameterCount() == 0
                        && method.getReturnType().getSimpleName().endsWith("Service"))
                .map(method -> method.getName() + ":" + method.getReturnType().getSimpleName())
                .sorted()
                .toList();

        assertEquals(
                List.of(
                        "customers:CustomersService",
                        "default_:DefaultService",
                        "files:FilesService",
                        "paymentIntents:PaymentIntentsService"),
                accessors);
    }

    @Test
    void eachServiceHoldsTheOperationsOfItsResource() {
        assertEquals(List.of("create", "list", "listSources"), methodNames("services.CustomersService"));
        assertEquals(List.of("create"), methodNames("services.PaymentIntentsService"));
        assertEquals(List.of("list"), methodNames("services.FilesService"));
        assertEquals(List.of("getRoot"), methodNames("services.DefaultService"));
    }

    private List<String> methodNames(String service) {
        return Arrays.stream(sdk.type(service).getMethods())
                .filter(method -> !method.isDefault() && !method.getName().equals("withRawResponse"))
                .map(Method::getName)
                .distinct()
                .sorted()
                .toList();
    }
}
