package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiRequestTest {
    @Test
    void pathParamFillsThePlaceholder() {
        ApiRequest request = ApiRequest.builder("GET", "/endpoints/{endpointId}")
                .pathParam("endpointId", "ep-1")
                .build();

        assertEquals("/endpoints/ep-1", request.path());
        assertEquals("GET", request.method());
    }

    @Test
    void pathParamIsEncodedSoItCannotLeaveItsSegment() {
        ApiRequest request = ApiRequest.builder("GET", "/files/{name}/content")
                .pathParam("name", "../../admin")
                .build();

        assertEquals("/files/..%2F..%2Fadmin/content", request.path());
    }

    @Test
    void pathParamThatIsADotSegmentIsEncoded() {
        ApiRequest.Builder parent = ApiRequest.builder("GET", "/files/{name}").pathParam("name", "..");
        ApiRequest.Builder current = ApiRequest.builder("GET", "/files/{name}").pathParam("name", ".");

        assertEquals("/files/%2E%2E", parent.build().path());
        assertEquals("/files/%2E", current.build().path());
    }

    @Test
    void pathParamEncodesQueryAndFragmentCharacters() {
        ApiRequest request = ApiRequest.builder("GET", "/models/{model}")
                .pathParam("model", "a b?c#d")
                .build();

        assertEquals("/models/a%20b%3Fc%23d", request.path());
    }

    @Test
    void everyPlaceholderIsFilled() {
        ApiRequest request = ApiRequest.builder("DELETE", "/orgs/{org}/endpoints/{endpointId}")
                .pathParam("endpointId", "ep 1")
                .pathParam("org", "acme")
                .build();

        assertEquals("/orgs/acme/endpoints/ep%201", request.path());
    }

    @Test
    void pathParamRejectsAnEmptyValue() {
        ApiRequest.Builder builder = ApiRequest.builder("GET", "/endpoints/{endpointId}");

        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> builder.pathParam("endpointId", ""));

        assertEquals("path parameter 'endpointId' must not be empty", e.getMessage());
    }

    @Test
    void pathParamRejectsAPlaceholderTheTemplateDoesNotHave() {
        ApiRequest.Builder builder = ApiRequest.builder("GET", "/endpoints/{endpointId}");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder.pathParam("id", "x"));

        assertTrue(e.getMessage().contains("'id'"), e.getMessage());
        assertTrue(e.getMessage().contains("/endpoints/{endpointId}"), e.getMessage());
    }

    @Test
    void pathParamRejectsNull() {
        ApiRequest.Builder builder = ApiRequest.builder("GET", "/endpoints/{endpointId}");

        assertThrows(NullPointerException.class, () -> builder.pathParam("endpointId", null));
    }

    @Test
    void queryParametersKeepTheOrderTheyWereAdded() {
        ApiRequest request = ApiRequest.builder("GET", "/endpoints")
                .query("type", "dedicated")
                .query("after", "ep-9")
                .queryAll("tag", List.of("b", "a"))
                .query("limit", "10")
                .build();

        assertEquals(
                List.of(
                        Map.entry("type", "dedicated"),
                        Map.entry("after", "ep-9"),
                        Map.entry("tag", "b"),
                        Map.entry("tag", "a"),
                        Map.entry("limit", "10")),
                request.query());
        assertEquals("/endpoints?type=dedicated&after=ep-9&tag=b&tag=a&limit=10", request.pathAndQuery());
    }

    @Test
    void nullQueryValuesAreLeftOut() {
        ApiRequest request = ApiRequest.builder("GET", "/endpoints")
                .query("type", null)
                .query("limit", "10")
                .queryAll("tag", Arrays.asList("a", null))
                .build();

        assertEquals("/endpoints?limit=10&tag=a", request.pathAndQuery());
    }

    @Test
    void requestWithoutQueryHasNoQuestionMark() {
        ApiRequest request =
                ApiRequest.builder("GET", "/endpoints").query("type", null).build();

        assertEquals("/endpoints", request.pathAndQuery());
    }

    @Test
    void queryNamesAndValuesAreEncodedOnlyWhenSent() {
        ApiRequest request = ApiRequest.builder("GET", "/search")
                .query("q", "a b&c=d#e")
                .query("filter[name]", "日本")
                .build();

        assertEquals(Map.entry("q", "a b&c=d#e"), request.query().get(0));
        assertEquals("/search?q=a%20b%26c%3Dd%23e&filter%5Bname%5D=%E6%97%A5%E6%9C%AC", request.pathAndQuery());
    }

    @Test
    void emptyQueryValueIsSentAsNameAndEquals() {
        assertEquals(
                "/search?q=",
                ApiRequest.builder("GET", "/search").query("q", "").build().pathAndQuery());
    }

    @Test
    void toStringShowsMethodAndTarget() {
        ApiRequest request =
                ApiRequest.builder("GET", "/endpoints").query("limit", "1").build();

        assertEquals("GET /endpoints?limit=1", request.toString());
    }

    @Test
    void headersWithNullValuesAreLeftOut() {
        ApiRequest request = ApiRequest.builder("GET", "/endpoints")
                .header("Idempotency-Key", "k-1")
                .header("X-Trace", null)
                .build();

        assertEquals(Map.of("Idempotency-Key", "k-1"), request.headers());
    }

    @Test
    void bodyIsOptional() {
        assertEquals(
                Optional.empty(),
                ApiRequest.builder("GET", "/endpoints").build().content());

        ApiRequest post = ApiRequest.builder("POST", "/endpoints")
                .jsonBody(Json.parse("{\"model\":\"m\"}"))
                .build();

        assertEquals("application/json", post.content().orElseThrow().contentType());
        assertEquals(
                "{\"model\":\"m\"}", new String(post.content().orElseThrow().toByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void cookiesTravelInOneHeaderWithTheirValuesEncoded() {
        ApiRequest request = ApiRequest.builder("GET", "/me")
                .cookie("session", "a b;c")
                .cookie("theme", "dark")
                .cookie("absent", null)
                .build();

        assertEquals(Optional.of("session=a%20b%3Bc; theme=dark"), request.cookieHeader());
        assertEquals(Optional.empty(), ApiRequest.builder("GET", "/me").build().cookieHeader());
    }

    @Test
    void toBuilderKeepsCookiesAndBody() {
        ApiRequest request = ApiRequest.builder("POST", "/form")
                .cookie("session", "s")
                .formBody(Json.parse("{\"a\":1}"))
                .build();

        ApiRequest copy = request.toBuilder().build();

        assertEquals(request.cookies(), copy.cookies());
        assertEquals("a=1", new String(copy.content().orElseThrow().toByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void builtRequestDoesNotChangeWhenTheBuilderDoes() {
        ApiRequest.Builder builder =
                ApiRequest.builder("GET", "/endpoints").query("a", "1").header("X-A", "1");
        ApiRequest request = builder.build();

        builder.query("b", "2").header("X-B", "2");

        assertEquals("/endpoints?a=1", request.pathAndQuery());
        assertEquals(Map.of("X-A", "1"), request.headers());
    }
}
