package dev.kiln.cases;

import static dev.kiln.cases.CompiledSdk.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.ir.TypeModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code deep-nesting} case's SDK at work: inline objects six levels deep nest three levels in their owner;
 * below that they are promoted to top-level types named after the owner and field, and the JSON reads and writes
 * as if nothing had moved.
 */
class DeepNestingBehaviourTest {
    private static final String CONFIG = "{\"name\":\"edge\",\"server\":{\"host\":\"h\",\"tls\":{\"enabled\":true,"
            + "\"rules\":[{\"kind\":\"allow\",\"cidr\":\"10.0.0.0/8\"},{\"kind\":\"deny\"},{\"kind\":\"log\",\"level\":2}],"
            + "\"certificate\":{\"subject\":\"s\",\"issuer\":{\"name\":\"CA\",\"key\":{\"algorithm\":\"rsa\",\"bits\":4096,"
            + "\"params\":{\"curve\":\"none\",\"since\":1.50}}}}}},"
            + "\"mirror\":{\"primary\":{\"site\":{\"issuer\":{\"name\":\"CA2\"}}}}}";

    private static CompiledSdk sdk;

    @BeforeAll
    static void compile() {
        sdk = CompiledSdk.clean("deep-nesting");
    }

    @Test
    void noTypeIsNestedDeeperThanThreeLevels() {
        List<String> tooDeep = new ArrayList<>();
        List<String> deepest = new ArrayList<>();
        collect(sdk.result().api().types(), tooDeep, deepest);

        assertEquals(List.of(), tooDeep);
        assertTrue(deepest.contains("Config.Server.Tls.Certificate"), deepest::toString);
        assertTrue(deepest.contains("Config.Server.Tls.Rules"), deepest::toString);
    }

    @Test
    void theSixLevelChainReadsThroughThePromotedTypes() {
        Object config = sdk.callStatic("Config", "fromJson", CONFIG);

        Object certificate = optional(optional(call(config, "server"), "tls"), "certificate");
        assertEquals(sdk.model("Config$Server$Tls$Certificate"), certificate.getClass());
        Object issuer = optional(certificate, "issuer");
        assertEquals(sdk.model("ConfigIssuer"), issuer.getClass());
        Object key = optional(issuer, "key");
        assertEquals(sdk.model("ConfigIssuer$Key"), key.getClass());
        assertEquals("rsa", call(optional(key, "algorithm"), "asString"));
        assertEquals(Optional.of("none"), call(optional(key, "params"), "curve"));
        Object otherIssuer = optional(optional(optional(optional(config, "mirror"), "primary"), "site"), "issuer");
        assertEquals(sdk.model("ConfigSiteIssuer"), otherIssuer.getClass());
        assertEquals(Optional.of("CA2"), call(otherIssuer, "name"));
    }

    @Test
    void aUnionAtTheCapPicksItsPromotedVariantsByTag() {
        Object config = sdk.callStatic("Config", "fromJson", CONFIG);

        List<?> rules = (List<?>) optional(optional(call(config, "server"), "tls"), "rules");
        assertEquals(
                List.of("OfAllow", "OfDeny", "Unknown"),
                rules.stream().map(r -> r.getClass().getSimpleName()).toList());
        assertEquals("10.0.0.0/8", call(call(rules.get(0), "value"), "cidr"));
    }

    @Test
    void theWholeChainIsWrittenBackIdentically() {
        Object config = sdk.callStatic("Config", "fromJson", CONFIG);

        assertEquals(CONFIG, call(config, "toJson"));
        assertEquals(config, sdk.callStatic("Config", "fromJson", CONFIG));
    }

    @Test
    void theChainIsBuiltInJavaAcrossThePromotedTypes() {
        Object params = call(call(sdk.callStatic("ConfigIssuer$Key$Params", "builder"), "curve", "p256"), "build");
        Object key = call(call(sdk.callStatic("ConfigIssuer$Key", "builder"), "params", params), "build");
        Object issuer = call(call(sdk.callStatic("ConfigIssuer", "builder"), "key", key), "build");
        Object certificate =
                call(call(sdk.callStatic("Config$Server$Tls$Certificate", "builder"), "issuer", issuer), "build");
        Object tls = call(call(sdk.callStatic("Config$Server$Tls", "builder"), "certificate", certificate), "build");
        Object server = call(call(sdk.callStatic("Config$Server", "builder"), "tls", tls), "build");
        Object config = call(call(sdk.callStatic("Config", "builder"), "server", server), "build");

        assertEquals(
                "{\"server\":{\"tls\":{\"certificate\":{\"issuer\":{\"key\":{\"params\":{\"curve\":\"p256\"}}}}}}}",
                call(config, "toJson"));
    }

    private static Object optional(Object target, String accessor) {
        return ((Optional<?>) call(target, accessor)).orElseThrow();
    }

    private static void collect(List<TypeModel> types, List<String> tooDeep, List<String> deepest) {
        for (TypeModel type : types) {
            int depth = type.id().names().size() - 1;
            if (depth > 3) {
                tooDeep.add(type.id().toString());
            } else if (depth == 3) {
                deepest.add(type.id().toString());
            }
            collect(type.nested(), tooDeep, deepest);
        }
    }
}
