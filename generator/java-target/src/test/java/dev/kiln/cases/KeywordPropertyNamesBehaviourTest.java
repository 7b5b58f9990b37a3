package dev.kiln.cases;

import static dev.kiln.cases.CompiledSdk.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code keyword-property-names} case's SDK at work: JSON names that are Java keywords, model members, start
 * with a digit or collide get Java names of their own, and still read and write their JSON names; schemas named
 * {@code String} and {@code Object} do not hide {@code java.lang}.
 */
class KeywordPropertyNamesBehaviourTest {
    private static final String WIDGET_JSON = "{\"class\":\"c\",\"default\":true,\"builder\":\"b\",\"toJson\":\"t\","
            + "\"hashCode\":42,\"1st\":\"first\",\"display-name\":\"dash\",\"display_name\":\"underscore\","
            + "\"label\":{\"text\":\"hi\"},\"payload\":{\"value\":\"v\"}}";

    private static CompiledSdk sdk;

    @BeforeAll
    static void compile() {
        sdk = CompiledSdk.clean("keyword-property-names");
    }

    @Test
    void readsEveryJsonNameIntoItsJavaName() {
        Object widget = sdk.callStatic("Widget", "fromJson", WIDGET_JSON);

        assertEquals(Optional.of("c"), call(widget, "class_"));
        assertEquals(Optional.of(true), call(widget, "default_"));
        assertEquals(Optional.of("b"), call(widget, "builder_"));
        assertEquals(Optional.of("t"), call(widget, "toJson_"));
        assertEquals(Optional.of(42), call(widget, "hashCode_"));
        assertEquals(Optional.of("first"), call(widget, "_1st"));
        assertEquals(Optional.of("dash"), call(widget, "displayName"));
        assertEquals(Optional.of("underscore"), call(widget, "displayName2"));
        Object label = ((Optional<?>) call(widget, "label")).orElseThrow();
        assertEquals(sdk.model("StringValue"), label.getClass());
        assertEquals(Optional.of("hi"), call(label, "text"));
        Object payload = ((Optional<?>) call(widget, "payload")).orElseThrow();
        assertEquals(sdk.model("ObjectValue"), payload.getClass());
        assertEquals(Optional.of("v"), call(payload, "value"));
    }

    @Test
    void theModelsOwnMembersStillWork() {
        Object widget = sdk.callStatic("Widget", "fromJson", WIDGET_JSON);

        assertEquals(WIDGET_JSON, call(widget, "toJson"));
        assertEquals(widget, sdk.callStatic("Widget", "fromJson", WIDGET_JSON));
        assertEquals(
                widget.hashCode(),
                sdk.callStatic("Widget", "fromJson", WIDGET_JSON).hashCode());
    }

    @Test
    void buildsEveryFieldUnderItsJsonName() {
        Object label = call(call(sdk.callStatic("StringValue", "builder"), "text", "hi"), "build");
        Object payload = call(call(sdk.callStatic("ObjectValue", "builder"), "value", "v"), "build");
        Object builder = sdk.callStatic("Widget", "builder");
        call(builder, "class_", "c");
        call(builder, "default_", true);
        call(builder, "builder_", "b");
        call(builder, "toJson_", "t");
        call(builder, "hashCode_", 42);
        call(builder, "_1st", "first");
        call(builder, "displayName", "dash");
        call(builder, "displayName2", "underscore");
        call(builder, "label", label);
        call(builder, "payload", payload);

        assertEquals(WIDGET_JSON, call(call(builder, "build"), "toJson"));
    }
}
