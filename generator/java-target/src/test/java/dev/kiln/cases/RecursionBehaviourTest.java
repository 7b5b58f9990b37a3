package dev.kiln.cases;

import static dev.kiln.cases.CompiledSdk.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code recursion} case's SDK at work: a tree node holding nodes of its own type (in a list, a map, an
 * optional field and an inline object), two types holding each other, and a union whose variant holds the union.
 */
class RecursionBehaviourTest {
    private static final String TREE = "{\"name\":\"root\",\"children\":["
            + "{\"name\":\"a\",\"children\":[{\"name\":\"a1\",\"children\":[],\"size\":1.50}],\"parent\":{\"name\":\"root\"}},"
            + "{\"name\":\"b\",\"index\":{\"b1\":{\"name\":\"b1\"}},\"meta\":{\"origin\":{\"name\":\"elsewhere\"}}}]}";

    private static CompiledSdk sdk;

    @BeforeAll
    static void compile() {
        sdk = CompiledSdk.clean("recursion");
    }

    @Test
    void aThreeLevelTreeReadsAtEveryLevel() {
        Object root = sdk.callStatic("TreeNode", "fromJson", TREE);

        List<?> children = (List<?>) ((Optional<?>) call(root, "children")).orElseThrow();
        assertEquals(
                List.of("a", "b"),
                children.stream().map(child -> call(child, "name")).toList());
        Object a = children.get(0);
        List<?> grandchildren = (List<?>) ((Optional<?>) call(a, "children")).orElseThrow();
        assertEquals("a1", call(grandchildren.get(0), "name"));
        assertEquals(Optional.of(List.of()), call(grandchildren.get(0), "children"));
        assertEquals("root", call(((Optional<?>) call(a, "parent")).orElseThrow(), "name"));
        Object b = children.get(1);
        Map<?, ?> index = (Map<?, ?>) ((Optional<?>) call(b, "index")).orElseThrow();
        assertEquals("b1", call(index.get("b1"), "name"));
        Object meta = ((Optional<?>) call(b, "meta")).orElseThrow();
        assertEquals("elsewhere", call(((Optional<?>) call(meta, "origin")).orElseThrow(), "name"));
    }

    @Test
    void aThreeLevelTreeIsWrittenBackIdentically() {
        Object root = sdk.callStatic("TreeNode", "fromJson", TREE);

        assertEquals(TREE, call(root, "toJson"));
        assertEquals(root, sdk.callStatic("TreeNode", "fromJson", TREE));
    }

    @Test
    void aTreeBuiltInJavaIsWrittenAsJson() {
        Object leaf = call(call(sdk.callStatic("TreeNode", "builder"), "name", "leaf"), "build");
        Object middle = call(
                call(call(sdk.callStatic("TreeNode", "builder"), "name", "middle"), "children", List.of(leaf)),
                "build");
        Object root = call(
                call(call(sdk.callStatic("TreeNode", "builder"), "name", "root"), "children", List.of(middle)),
                "build");

        assertEquals(
                "{\"name\":\"root\",\"children\":[{\"name\":\"middle\",\"children\":[{\"name\":\"leaf\"}]}]}",
                call(root, "toJson"));
    }

    @Test
    void validationReachesTheDeepestNodeAndNamesItsPath() {
        Object root = sdk.callStatic(
                "TreeNode", "fromJson", "{\"name\":\"r\",\"children\":[{\"name\":\"a\",\"children\":[{}]}]}");

        RuntimeException e = assertThrows(RuntimeException.class, () -> call(root, "validate"));
        assertSame(sdk.core("JsonDataException"), e.getClass(), e::toString);
        assertTrue(e.getMessage().startsWith("$.children[0].children[0].name:"), e.getMessage());
    }

    @Test
    void mutuallyRecursiveTypesReadAndWriteBack() {
        String json = "{\"name\":\"Research\",\"head\":{\"name\":\"Ada\",\"department\":{\"name\":\"Research\"},"
                + "\"reports\":[{\"name\":\"Bob\",\"reports\":[{\"name\":\"Cy\"}]}]}}";
        Object department = sdk.callStatic("Department", "fromJson", json);

        Object head = ((Optional<?>) call(department, "head")).orElseThrow();
        assertEquals(sdk.model("Employee"), head.getClass());
        assertEquals("Research", call(((Optional<?>) call(head, "department")).orElseThrow(), "name"));
        List<?> reports = (List<?>) ((Optional<?>) call(head, "reports")).orElseThrow();
        assertEquals("Bob", call(reports.get(0), "name"));
        assertEquals(json, call(department, "toJson"));
    }

    @Test
    void aUnionHoldingItselfPicksVariantsAtEveryLevelAndKeepsUnknownOnes() {
        String json = "{\"kind\":\"sum\",\"terms\":[{\"kind\":\"literal\",\"value\":1},"
                + "{\"kind\":\"sum\",\"terms\":[{\"kind\":\"literal\",\"value\":2},{\"kind\":\"product\",\"factors\":[]}]}]}";
        Object expression = sdk.callStatic("Expression", "fromJson", json);

        assertEquals(sdk.model("Expression$OfSum"), expression.getClass());
        List<?> terms = (List<?>) call(call(expression, "value"), "terms");
        assertEquals(sdk.model("Expression$OfLiteral"), terms.get(0).getClass());
        assertEquals(1L, call(call(terms.get(0), "value"), "value"));
        List<?> inner = (List<?>) call(call(terms.get(1), "value"), "terms");
        assertEquals(sdk.model("Expression$OfLiteral"), inner.get(0).getClass());
        assertEquals(sdk.model("Expression$Unknown"), inner.get(1).getClass());
        assertEquals(json, call(expression, "toJson"));
    }
}
