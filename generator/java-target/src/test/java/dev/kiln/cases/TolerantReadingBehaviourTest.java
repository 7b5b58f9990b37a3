package dev.kiln.cases;

import static dev.kiln.cases.CompiledSdk.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code tolerant-reading} case's SDK at work: a value of another type, a literal with another value, a bad
 * list element or a bad field of a nested object does not fail the response. The object parses, the other fields
 * read, the bad one throws {@code JsonDataException} naming its path, the expected and the actual value, and
 * writing the object back gives the JSON as sent.
 */
class TolerantReadingBehaviourTest {
    private static final String VALID = "{\"object\":\"order\",\"id\":\"o-1\",\"quantity\":2,\"note\":\"gift\","
            + "\"tags\":[\"a\",\"b\"],\"customer\":{\"name\":\"Ann\",\"age\":41},\"lines\":[{\"sku\":\"s-1\",\"price\":9.5}],"
            + "\"status\":\"open\"}";

    private static CompiledSdk sdk;

    @BeforeAll
    static void compile() {
        sdk = CompiledSdk.clean("tolerant-reading");
    }

    private static Object read(String json) {
        return sdk.callStatic("Order", "fromJson", json);
    }

    /** The valid order with one member's value replaced by {@code json}. */
    private static String withMember(String name, String json) {
        String document = VALID.replaceFirst(
                "\"" + name + "\":(\"[^\"]*\"|\\d+|\\[[^\\]]*\\]|\\{[^}]*\\})",
                "\"" + name + "\":" + Matcher.quoteReplacement(json));
        assertNotEquals(VALID, document, () -> "no member " + name + " replaced");
        return document;
    }

    /** Calls an accessor that must fail, and returns the SDK's JsonDataException it threw. */
    private static RuntimeException failure(Object model, String accessor) {
        RuntimeException e = assertThrows(RuntimeException.class, () -> call(model, accessor));
        assertSame(sdk.core("JsonDataException"), e.getClass(), e::toString);
        return e;
    }

    private static void assertWrittenBackAsSent(String json, Object model) {
        assertEquals(json, call(model, "toJson"));
    }

    @Test
    void aValidOrderReadsAndValidates() {
        Object order = read(VALID);

        assertEquals(2, call(order, "quantity"));
        assertSame(order, call(order, "validate"));
        assertWrittenBackAsSent(VALID, order);
    }

    @Test
    void aWrongTypedRequiredFieldThrowsOnlyWhenRead() {
        String json = withMember("quantity", "\"two\"");
        Object order = read(json);

        assertEquals("o-1", call(order, "id"));
        assertEquals(Optional.of("gift"), call(order, "note"));
        RuntimeException e = failure(order, "quantity");
        assertEquals("$.quantity", call(e, "path"));
        assertEquals("$.quantity: expected an integer (int32) but was string \"two\"", e.getMessage());
        assertWrittenBackAsSent(json, order);
    }

    @Test
    void aWrongTypedOptionalFieldThrowsWhenRead() {
        String json = withMember("note", "5");
        Object order = read(json);

        assertEquals(2, call(order, "quantity"));
        assertEquals(
                "$.note: expected a string but was number 5",
                failure(order, "note").getMessage());
        assertWrittenBackAsSent(json, order);
    }

    @Test
    void theRawAccessorHoldsTheValueAsSentAndWhyItDoesNotFit() {
        Object field = call(read(withMember("quantity", "\"two\"")), "_quantity");

        assertEquals(true, call(field, "isRaw"));
        assertEquals("\"two\"", call(field, "toString"));
        Object mismatch = ((Optional<?>) call(field, "mismatch")).orElseThrow();
        assertEquals("expected an integer (int32) but was string \"two\"", call(mismatch, "problem"));
    }

    @Test
    void aLiteralWithAnotherValueIsKeptAndThrowsWhenRead() {
        String json = withMember("object", "\"invoice\"");
        Object order = read(json);

        assertEquals("o-1", call(order, "id"));
        RuntimeException e = failure(order, "object");
        assertEquals("$.object: expected \"order\" but was string \"invoice\"", e.getMessage());
        assertWrittenBackAsSent(json, order);
    }

    @Test
    void oneBadListElementKeepsTheListAsSentAndNamesTheElement() {
        String json = withMember("tags", "[\"a\",3,\"c\"]");
        Object order = read(json);

        assertEquals("o-1", call(order, "id"));
        RuntimeException e = failure(order, "tags");
        assertEquals("$.tags[1]", call(e, "path"));
        assertEquals("$.tags[1]: expected a string but was number 3", e.getMessage());
        assertWrittenBackAsSent(json, order);
    }

    @Test
    void aBadFieldOfANestedObjectThrowsWhenThatFieldIsReadWithItsFullPath() {
        String json = withMember("customer", "{\"name\":\"Ann\",\"age\":\"old\"}");
        Object order = read(json);

        Object customer = call(order, "customer");
        assertEquals("Ann", call(customer, "name"));
        RuntimeException e = failure(customer, "age");
        assertEquals("$.customer.age: expected an integer (int32) but was string \"old\"", e.getMessage());
        assertWrittenBackAsSent(json, order);
    }

    @Test
    void aBadFieldOfAListedObjectNamesItsIndex() {
        String json = withMember("lines", "[{\"sku\":\"s-1\",\"price\":9.5},{\"sku\":\"s-2\",\"price\":\"free\"}]");
        Object order = read(json);

        List<?> lines = (List<?>) ((Optional<?>) call(order, "lines")).orElseThrow();
        assertEquals("s-2", call(lines.get(1), "sku"));
        assertEquals(
                "$.lines[1].price: expected a number but was string \"free\"",
                failure(lines.get(1), "price").getMessage());
        assertWrittenBackAsSent(json, order);
    }

    @Test
    void aNestedObjectOfAnotherTypeIsKeptAndThrowsWhenRead() {
        String json = withMember("customer", "\"Ann\"");
        Object order = read(json);

        assertEquals(
                "$.customer: expected an object but was string \"Ann\"",
                failure(order, "customer").getMessage());
        assertWrittenBackAsSent(json, order);
    }

    @Test
    void anUnknownOpenEnumValueIsStillAValue() {
        Object order = read(withMember("status", "\"lost\""));

        Object status = ((Optional<?>) call(order, "status")).orElseThrow();
        assertEquals("lost", call(status, "asString"));
        assertSame(order, call(order, "validate"));
    }

    @Test
    void validateReportsTheFirstBadFieldInSpecOrder() {
        Object order = read(withMember("note", "true").replace("\"quantity\":2", "\"quantity\":2.5"));

        RuntimeException e = assertThrows(RuntimeException.class, () -> call(order, "validate"));
        assertEquals("$.quantity", call(e, "path"));
        assertTrue(e.getMessage().contains("expected an integer (int32) but was number 2.5"), e.getMessage());
    }

    @Test
    void validateReportsABadOptionalField() {
        Object order = read(withMember("note", "true"));

        RuntimeException e = assertThrows(RuntimeException.class, () -> call(order, "validate"));
        assertEquals("$.note: expected a string but was boolean true", e.getMessage());
    }

    @Test
    void validateReachesBadFieldsOfNestedObjects() {
        Object inCustomer = read(withMember("customer", "{\"name\":\"Ann\",\"age\":\"old\"}"));
        Object inLines = read(withMember("lines", "[{\"sku\":\"s-1\",\"price\":[]}]"));

        assertEquals(
                "$.customer.age",
                call(assertThrows(RuntimeException.class, () -> call(inCustomer, "validate")), "path"));
        assertEquals(
                "$.lines[0].price",
                call(assertThrows(RuntimeException.class, () -> call(inLines, "validate")), "path"));
    }

    @Test
    void aDocumentThatIsNotAnObjectStillFails() {
        RuntimeException e = assertThrows(RuntimeException.class, () -> read("[1]"));

        assertSame(sdk.core("JsonDataException"), e.getClass());
        assertEquals("$: expected an object but was an array", e.getMessage());
    }
}
