package dev.kiln.runtime.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the pages of one paged call share: how to send a page's request, read its items, and find the next page's
 * request, refusing one the pages before it sent already, so that a server that returns the same cursor again
 * cannot make paging endless.
 *
 * @param <T> the type of an item
 * @param <B> the type of a page's whole response body
 */
final class PageChain<T, B> {
    private final HttpExecutor http;
    private final Codec<T> codec;
    private final Codec<B> bodyCodec;
    private final PageStyle style;
    private final RequestOptions options;

    PageChain(HttpExecutor http, Codec<T> codec, Codec<B> bodyCodec, PageStyle style, RequestOptions options) {
        this.http = http;
        this.codec = codec;
        this.bodyCodec = bodyCodec;
        this.style = style;
        this.options = options;
    }

    /** A page as read: its items, its whole body, the next page's request, and the requests that led to it. */
    record Content<T, B>(
            List<T> items, B body, Optional<ApiRequest> next, RawResponse<JsonNode> response, Trail trail) {}

    /** The requests sent to reach a page, the latest first. */
    record Trail(String request, Trail previous) {
        boolean contains(String target) {
            for (Trail trail = this; trail != null; trail = trail.previous) {
                if (trail.request.equals(target)) {
                    return true;
                }
            }
            return false;
        }
    }

    HttpExecutor http() {
        return http;
    }

    RequestOptions options() {
        return options;
    }

    /** Checks the request for the page after {@code page}: it fails when a page before sent it already. */
    ApiRequest checkedNext(Content<T, B> page) {
        ApiRequest next = page.next().orElseThrow();
        if (page.trail().contains(next.pathAndQuery())) {
            throw http.errors()
                    .forInvalidResponse(
                            page.response().response(),
                            new JsonDataException(
                                    "$",
                                    "the server named a page this call fetched already (" + next + ", " + style
                                            + "): paging would never end"));
        }
        return next;
    }

    /** Reads a page's items and finds the next page's request; {@code before} is the trail of the page before. */
    Content<T, B> read(ApiRequest request, RawResponse<JsonNode> response, Trail before) {
        try {
            JsonNode body = response.parse();
            JsonNode array = body == null ? null : body.at(style.items());
            List<JsonNode> nodes = new ArrayList<>();
            List<T> items = new ArrayList<>();
            if (array != null && array.isArray()) {
                for (int i = 0; i < array.size(); i++) {
                    nodes.add(array.get(i));
                    items.add(codec.decodeElement(
                            array.get(i), "$" + style.items().replace('/', '.'), i));
                }
            } else if (array != null && !array.isMissingNode() && !array.isNull()) {
                throw Codecs.mismatch("$" + style.items().replace('/', '.'), "an array of items", array);
            }
            Optional<ApiRequest> next = style.next(
                    request, body == null ? Json.nodes().nullNode() : body, response.headers(), nodes, http.baseUrl());
            B whole = body == null || body.isNull() ? null : bodyCodec.decode(body, "$");
            return new Content<>(List.copyOf(items), whole, next, response, new Trail(request.pathAndQuery(), before));
        } catch (JsonDataException e) {
            throw http.errors().forInvalidResponse(response.response(), e);
        } catch (IllegalArgumentException e) {
            throw http.errors().forInvalidResponse(response.response(), new JsonDataException("$", e.getMessage(), e));
        }
    }
}
