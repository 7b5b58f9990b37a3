package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How each paging style finds the next page's request from a page. */
class PageStyleTest {
    private static final URI BASE = URI.create("https://api.example.com/v1");
    private static final ApiRequest FIRST = ApiRequest.builder("GET", "/items")
            .query("limit", "2")
            .header("X-Trace", "t")
            .build();

    @Test
    void theLinkHeadersNextRelationIsFoundAmongOthers() {
        HttpHeaders headers = headers(
                "Link",
                "<https://api.example.com/v1/items?page=1>; rel=\"prev\", "
                        + "<https://api.example.com/v1/items?limit=2&page=3>; rel=\"next last\"");

        ApiRequest next = PageStyle.linkHeader("")
                .next(FIRST, Json.parse("[]"), headers, List.of(), BASE)
                .orElseThrow();

        assertEquals("/items?limit=2&page=3", next.pathAndQuery());
        assertEquals(Map.of("X-Trace", "t"), next.headers(), "the next request keeps the first one's headers");
    }

    @Test
    void noNextRelationMeansTheLastPage() {
        HttpHeaders headers = headers("Link", "<https://api.example.com/v1/items?page=1>; rel=\"prev\"");

        assertEquals(
                Optional.empty(), PageStyle.linkHeader("").next(FIRST, Json.parse("[]"), headers, List.of(), BASE));
    }

    @Test
    void aNextUrlOnAnotherHostIsRefusedSoCredentialsGoNowhereElse() {
        JsonNode body = Json.parse("{\"next\":\"https://elsewhere.example.org/v1/items?page=2\"}");

        JsonDataException e = assertThrows(
                JsonDataException.class,
                () -> PageStyle.nextUrl("/data", "/next").next(FIRST, body, headers(), List.of(), BASE));
        assertTrue(e.getMessage().contains("not below the base URL"), e.getMessage());
    }

    @Test
    void aRelativeNextUrlResolvesAgainstTheBaseUrl() {
        JsonNode body = Json.parse("{\"next_page_uri\":\"/v1/items?PageToken=PA%2B1&Page=1\"}");

        ApiRequest next = PageStyle.nextUrl("/data", "/next_page_uri")
                .next(FIRST, body, headers(), List.of(), BASE)
                .orElseThrow();

        assertEquals(List.of(Map.entry("PageToken", "PA+1"), Map.entry("Page", "1")), next.query());
    }

    @Test
    void aCursorReplacesTheParameterAndStopsWhenHasMoreIsFalse() {
        PageStyle style = PageStyle.cursor("after", "/data", "/last_id", "/has_more");
        ApiRequest second = style.next(
                        FIRST, Json.parse("{\"last_id\":\"b\",\"has_more\":true}"), headers(), List.of(), BASE)
                .orElseThrow();
        ApiRequest third = style.next(
                        second, Json.parse("{\"last_id\":\"d\",\"has_more\":true}"), headers(), List.of(), BASE)
                .orElseThrow();

        assertEquals("/items?limit=2&after=d", third.pathAndQuery());
        assertEquals(
                Optional.empty(),
                style.next(third, Json.parse("{\"last_id\":\"e\",\"has_more\":false}"), headers(), List.of(), BASE));
    }

    @Test
    void pageNumbersAndOffsetsCountOnUntilAPageIsEmpty() {
        List<JsonNode> two = List.of(Json.parse("1"), Json.parse("2"));
        ApiRequest page2 = PageStyle.pageNumber("page", "")
                .next(FIRST, Json.parse("[1,2]"), headers(), two, BASE)
                .orElseThrow();
        ApiRequest offset2 = PageStyle.offset("offset", "")
                .next(FIRST, Json.parse("[1,2]"), headers(), two, BASE)
                .orElseThrow();
        ApiRequest offset4 = PageStyle.offset("offset", "")
                .next(offset2, Json.parse("[1,2]"), headers(), two, BASE)
                .orElseThrow();

        assertEquals("/items?limit=2&page=2", page2.pathAndQuery());
        assertEquals("/items?limit=2&offset=4", offset4.pathAndQuery());
        assertEquals(
                Optional.empty(),
                PageStyle.offset("offset", "").next(offset4, Json.parse("[]"), headers(), List.of(), BASE));
    }

    private static HttpHeaders headers(String... nameValue) {
        Map<String, List<String>> map = nameValue.length == 0 ? Map.of() : Map.of(nameValue[0], List.of(nameValue[1]));
        return HttpHeaders.of(map, (name, value) -> true);
    }
}
