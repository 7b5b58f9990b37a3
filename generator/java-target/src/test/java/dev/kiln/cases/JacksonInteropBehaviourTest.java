package dev.kiln.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A model inside a user's own Jackson objects: Jackson writes it as its JSON (the runtime's model class is
 * {@code JsonSerializable}, writing straight from its fields) and reads it through its {@code fromJsonNode} creator,
 * unknown members and all.
 */
class JacksonInteropBehaviourTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String JSON =
            "{\"kind\":\"chat\",\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"extra\":[1,\"x\"]}";

    private static CompiledSdk sdk;

    @BeforeAll
    static void compile() {
        sdk = CompiledSdk.clean("builders");
    }

    @Test
    void jacksonWritesAModelAsItsOwnJson() throws Exception {
        Object request = sdk.callStatic("ChatRequest", "fromJson", JSON);

        assertEquals("{\"request\":" + JSON + "}", MAPPER.writeValueAsString(Map.of("request", request)));
    }

    @Test
    void jacksonReadsAModelThroughItsCreator() throws Exception {
        Object read = MAPPER.readValue(
                "[" + JSON + "]",
                MAPPER.getTypeFactory().constructCollectionType(List.class, sdk.model("ChatRequest")));

        assertEquals(List.of(sdk.callStatic("ChatRequest", "fromJson", JSON)), read);
        assertEquals(JSON, CompiledSdk.call(((List<?>) read).get(0), "toJson"));
    }
}
