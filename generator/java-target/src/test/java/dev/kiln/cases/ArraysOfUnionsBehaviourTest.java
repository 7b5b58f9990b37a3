package dev.kiln.cases;

import static dev.kiln.cases.CompiledSdk.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code arrays-of-unions} case's SDK at work: arrays and maps whose elements are unions pick a variant per
 * element, keep elements that fit no variant as {@code Unknown} in place, and write everything back unchanged.
 */
class ArraysOfUnionsBehaviourTest {
    private static CompiledSdk sdk;

    @BeforeAll
    static void compile() {
        sdk = CompiledSdk.clean("arrays-of-unions");
    }

    @Test
    void eachElementOfADiscriminatedArrayIsItsVariantAndAnUnknownOneStaysInPlace() {
        String json =
                "{\"events\":[{\"kind\":\"click\",\"x\":1,\"y\":2},{\"kind\":\"scroll\",\"dy\":3},{\"kind\":\"view\",\"page\":\"/\"}]}";
        Object feed = sdk.callStatic("Feed", "fromJson", json);

        List<?> events = (List<?>) call(feed, "events");
        assertEquals(
                List.of(
                        sdk.model("Feed$Events$OfClick"),
                        sdk.model("Feed$Events$Unknown"),
                        sdk.model("Feed$Events$OfView")),
                events.stream().map(Object::getClass).toList());
        assertEquals(2L, call(call(events.get(0), "value"), "y"));
        assertEquals("{\"kind\":\"scroll\",\"dy\":3}", call(call(events.get(1), "json"), "toString"));
        assertEquals("/", call(call(events.get(2), "value"), "page"));
        assertEquals(json, call(feed, "toJson"));
    }

    @Test
    void eachElementOfAnArrayWithoutDiscriminatorIsTheFirstVariantItFits() {
        String json = "{\"events\":[],\"values\":[\"a\",3,{\"x\":1.5,\"y\":2},true,1.25,{\"x\":1}]}";
        Object feed = sdk.callStatic("Feed", "fromJson", json);

        List<?> values = (List<?>) ((Optional<?>) call(feed, "values")).orElseThrow();
        assertEquals(
                List.of("OfString", "OfLong", "OfPoint", "Unknown", "Unknown", "Unknown"),
                values.stream().map(value -> value.getClass().getSimpleName()).toList());
        assertEquals("a", call(values.get(0), "value"));
        assertEquals(3L, call(values.get(1), "value"));
        assertEquals(1.5, call(call(values.get(2), "value"), "x"));
        assertEquals(json, call(feed, "toJson"));
    }

    @Test
    void theValuesOfAMapOfAUnionAreVariantsAndUnknownOnesAreKept() {
        String json =
                "{\"events\":[],\"latest\":{\"ana\":{\"kind\":\"view\",\"page\":\"p\"},\"bob\":{\"kind\":\"swipe\"}}}";
        Object feed = sdk.callStatic("Feed", "fromJson", json);

        Map<?, ?> latest = (Map<?, ?>) ((Optional<?>) call(feed, "latest")).orElseThrow();
        assertEquals(sdk.model("Feed$Events$OfView"), latest.get("ana").getClass());
        assertEquals(sdk.model("Feed$Events$Unknown"), latest.get("bob").getClass());
        assertEquals(json, call(feed, "toJson"));
    }

    @Test
    void anArrayOfAUnionThatIsASchemaOfItsOwnIsAListOfThatUnion() {
        String json =
                "{\"events\":[],\"history\":[{\"kind\":\"view\",\"page\":\"p\"},{\"kind\":\"click\",\"x\":0,\"y\":0},{}]}";
        Object feed = sdk.callStatic("Feed", "fromJson", json);

        List<?> history = (List<?>) ((Optional<?>) call(feed, "history")).orElseThrow();
        assertEquals(
                List.of(sdk.model("Event$OfView"), sdk.model("Event$OfClick"), sdk.model("Event$Unknown")),
                history.stream().map(Object::getClass).toList());
        assertEquals(json, call(feed, "toJson"));
    }

    @Test
    void variantsBuiltInJavaAreWrittenWithTheirTags() throws ReflectiveOperationException {
        Object click = call(call(call(sdk.callStatic("Click", "builder"), "x", 4L), "y", 5L), "build");
        Object view = call(call(sdk.callStatic("View", "builder"), "page", "/home"), "build");
        Object ofClick = sdk.model("Feed$Events$OfClick")
                .getConstructor(sdk.model("Click"))
                .newInstance(click);
        Object ofView = sdk.model("Feed$Events$OfView")
                .getConstructor(sdk.model("View"))
                .newInstance(view);
        Object feed = call(call(sdk.callStatic("Feed", "builder"), "events", List.of(ofClick, ofView)), "build");

        assertEquals(
                "{\"events\":[{\"kind\":\"click\",\"x\":4,\"y\":5},{\"kind\":\"view\",\"page\":\"/home\"}]}",
                call(feed, "toJson"));
    }
}
