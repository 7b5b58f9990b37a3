package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonPathsTest {
    @Test
    void identifierMembersUseDotNotation() {
        assertEquals("$.min_replicas", JsonPaths.member(JsonPaths.ROOT, "min_replicas"));
        assertEquals("$.data[0].hardware", JsonPaths.member(JsonPaths.element("$.data", 0), "hardware"));
    }

    @Test
    void otherMembersUseQuotedBracketsWithEscapes() {
        assertEquals("$['on-demand']", JsonPaths.member("$", "on-demand"));
        assertEquals("$['a.b']", JsonPaths.member("$", "a.b"));
        assertEquals("$['it\\'s']", JsonPaths.member("$", "it's"));
        assertEquals("$['back\\\\slash']", JsonPaths.member("$", "back\\slash"));
        assertEquals("$['']", JsonPaths.member("$", ""));
        assertEquals("$['1st']", JsonPaths.member("$", "1st"));
    }

    @Test
    void elementsUseTheirIndex() {
        assertEquals("$.data[2]", JsonPaths.element("$.data", 2));
        assertEquals("$[0][1]", JsonPaths.element(JsonPaths.element("$", 0), 1));
    }
}
