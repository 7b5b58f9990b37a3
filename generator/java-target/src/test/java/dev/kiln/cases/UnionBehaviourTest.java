package dev.kiln.cases;

import static dev.kiln.cases.CompiledSdk.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The {@code union} case's SDK at work: variants picked by tag or by shape, unknown shapes kept. */
class UnionBehaviourTest {
    private static CompiledSdk sdk;

    @BeforeAll
    static void compile() {
        sdk = CompiledSdk.clean("union");
    }

    @Test
    void discriminatorPicksTheVariantAndSeveralTagsMayNameOne() {
        Object text = sdk.callStatic("Part", "fromJson", "{\"type\":\"plain_text\",\"text\":\"hi\"}");
        Object image = sdk.callStatic("Part", "fromJson", "{\"type\":\"image\",\"url\":\"u\"}");

        assertEquals(sdk.model("Part$OfTextPart"), text.getClass());
        assertEquals("hi", call(call(text, "value"), "text"));
        assertEquals(sdk.model("Part$OfImagePart"), image.getClass());
        assertEquals("u", call(call(image, "value"), "url"));
    }

    @Test
    void anUnknownTagIsKeptAsUnknownAndWrittenBack() {
        String json = "{\"type\":\"video\",\"url\":\"v\",\"seconds\":3}";
        Object part = sdk.callStatic("Part", "fromJson", json);

        assertEquals(sdk.model("Part$Unknown"), part.getClass());
        assertEquals(json, call(part, "toJson"));
    }

    @Test
    void withoutADiscriminatorTheFirstVariantThatReadsTheJsonWins() {
        Object asText = sdk.callStatic(
                "Message", "fromJson", "{\"content\":\"hello\",\"part\":{\"type\":\"text\",\"text\":\"t\"}}");
        Object asList = sdk.callStatic(
                "Message", "fromJson", "{\"content\":[\"a\",\"b\"],\"part\":{\"type\":\"text\",\"text\":\"t\"}}");
        Object asOther =
                sdk.callStatic("Message", "fromJson", "{\"content\":42,\"part\":{\"type\":\"text\",\"text\":\"t\"}}");

        assertEquals("hello", call(call(asText, "content"), "value"));
        assertEquals(List.of("a", "b"), call(call(asList, "content"), "value"));
        assertTrue(call(asOther, "content").getClass().getSimpleName().equals("Unknown"));
    }

    @Test
    void aNullableAnyOfOfOneTypeIsAnOptionalField() {
        Object message = sdk.callStatic(
                "Message", "fromJson", "{\"content\":\"x\",\"part\":{\"type\":\"text\",\"text\":\"t\"},\"note\":null}");

        assertEquals(Optional.empty(), call(message, "note"));
        assertTrue((Boolean) call(call(message, "_note"), "isNull"));
    }

    @Test
    void everyVariantIsWrittenBackExactly() {
        String json = "{\"content\":[\"a\"],\"part\":{\"type\":\"image\",\"url\":\"u\",\"extra\":1.50},\"note\":\"n\"}";
        Object message = sdk.callStatic("Message", "fromJson", json);

        assertEquals(json, call(message, "toJson"));
    }
}
