package dev.kiln.runtime.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an operation pages its list: where a page's items are in the response body, and how the request for the next
 * page follows from a page. Fields are named by JSON pointers ({@code /data}, {@code /metadata/continue}); the empty
 * pointer is the body itself.
 */
public final class PageStyle {
    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]*)*)");
    private static final Pattern REL_NEXT = Pattern.compile(";\\s*rel\\s*=\\s*\"?([^\";]*)\"?");

    /** The next request after a page, or empty when the page is the last. */
    @FunctionalInterface
    private interface NextRequest {
        Optional<ApiRequest> after(
                ApiRequest current, JsonNode body, HttpHeaders headers, List<JsonNode> items, URI baseUrl);
    }

    private final String name;
    private final String items;
    private final NextRequest next;

    private PageStyle(String name, String items, NextRequest next) {
        this.name = name;
        this.items = items;
        this.next = next;
    }

    /**
     * A cursor the response names: the next request sets {@code parameter} to the value at {@code nextCursor}
     * (Together's {@code after} and {@code next_cursor}, Asana's {@code offset} and {@code next_page.offset},
     * Kubernetes' {@code continue} and {@code metadata.continue}). The last page has no cursor, an empty one, or a
     * false {@code hasMore}.
     *
     * @param parameter the query parameter that takes the cursor
     * @param items where the items are
     * @param nextCursor where the next cursor is
     * @param hasMore where the flag telling whether more pages follow is, or the empty string when there is none
     * @return the style
     */
    public static PageStyle cursor(String parameter, String items, String nextCursor, String hasMore) {
        return new PageStyle("cursor " + parameter, items, (current, body, headers, list, baseUrl) -> {
            if (noMore(body, hasMore)) {
                return Optional.empty();
            }
            return text(body.at(nextCursor))
                    .map(cursor ->
                            current.toBuilder().replaceQuery(parameter, cursor).build());
        });
    }

    /**
     * A cursor taken from the last item: the next request sets {@code parameter} to the last item's value at
     * {@code itemCursor} (Stripe's {@code starting_after} and {@code id}, OpenAI's {@code after}). The last page
     * has no item or a false {@code hasMore}.
     *
     * @param parameter the query parameter that takes the cursor
     * @param items where the items are
     * @param itemCursor where the cursor is in an item
     * @param hasMore where the flag telling whether more pages follow is, or the empty string when there is none
     * @return the style
     */
    public static PageStyle cursorFromLastItem(String parameter, String items, String itemCursor, String hasMore) {
        return new PageStyle("cursor " + parameter, items, (current, body, headers, list, baseUrl) -> {
            if (list.isEmpty() || noMore(body, hasMore)) {
                return Optional.empty();
            }
            return text(list.get(list.size() - 1).at(itemCursor))
                    .map(cursor ->
                            current.toBuilder().replaceQuery(parameter, cursor).build());
        });
    }

    /**
     * Numbered pages: the next request sets {@code parameter} to the page's number plus one (1 when the request
     * named none). The last page has no item.
     *
     * @param parameter the query parameter that takes the page number
     * @param items where the items are
     * @return the style
     */
    public static PageStyle pageNumber(String parameter, String items) {
        return new PageStyle(
                "page " + parameter,
                items,
                (current, body, headers, list, baseUrl) -> list.isEmpty()
                        ? Optional.empty()
                        : Optional.of(current.toBuilder()
                                .replaceQuery(parameter, Long.toString(number(current, parameter, 1) + 1))
                                .build()));
    }

    /**
     * An offset: the next request sets {@code parameter} to the page's offset (0 when the request named none) plus
     * the number of items it had. The last page has no item.
     *
     * @param parameter the query parameter that takes the offset
     * @param items where the items are
     * @return the style
     */
    public static PageStyle offset(String parameter, String items) {
        return new PageStyle(
                "offset " + parameter,
                items,
                (current, body, headers, list, baseUrl) -> list.isEmpty()
                        ? Optional.empty()
                        : Optional.of(current.toBuilder()
                                .replaceQuery(parameter, Long.toString(number(current, parameter, 0) + list.size()))
                                .build()));
    }

    /**
     * The next page's URL in the body (Twilio's {@code next_page_uri}), absolute or relative to the base URL. The
     * last page has none.
     *
     * @param items where the items are
     * @param url where the next page's URL is
     * @return the style
     */
    public static PageStyle nextUrl(String items, String url) {
        return new PageStyle(
                "next URL",
                items,
                (current, body, headers, list, baseUrl) ->
                        text(body.at(url)).map(target -> at(current, target, baseUrl)));
    }

    /**
     * The next page's URL in the {@code Link} header, {@code <...>; rel="next"} (GitHub). The last page has none.
     *
     * @param items where the items are
     * @return the style
     */
    public static PageStyle linkHeader(String items) {
        return new PageStyle(
                "Link header",
                items,
                (current, body, headers, list, baseUrl) ->
                        nextLink(headers).map(target -> at(current, target, baseUrl)));
    }

    /** Where the items are in the body, as a JSON pointer. */
    String items() {
        return items;
    }

    /** The request for the page after this one, or empty when this is the last. */
    Optional<ApiRequest> next(
            ApiRequest current, JsonNode body, HttpHeaders headers, List<JsonNode> items, URI baseUrl) {
        return next.after(current, body, headers, items, baseUrl);
    }

    @Override
    public String toString() {
        return name;
    }

    private static boolean noMore(JsonNode body, String hasMore) {
        if (hasMore.isEmpty()) {
            return false;
        }
        JsonNode flag = body.at(hasMore);
        return flag.isBoolean() && !flag.booleanValue();
    }

    private static Optional<String> text(JsonNode node) {
        if (node.isMissingNode() || node.isNull() || node.isContainerNode()) {
            return Optional.empty();
        }
        String text = node.asText();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static long number(ApiRequest request, String parameter, long absent) {
        String value = null;
        for (Map.Entry<String, String> entry : request.query()) {
            if (entry.getKey().equals(parameter)) {
                value = entry.getValue();
            }
        }
        if (value == null) {
            return absent;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the " + parameter + " parameter is not a number: " + value, e);
        }
    }

    static Optional<String> nextLink(HttpHeaders headers) {
        for (String value : headers.allValues("Link")) {
            Matcher link = LINK.matcher(value);
            while (link.find()) {
                Matcher rel = REL_NEXT.matcher(link.group(2));
                while (rel.find()) {
                    for (String relation : rel.group(1).trim().split("\\s+")) {
                        if (relation.equalsIgnoreCase("next")) {
                            return Optional.of(link.group(1).trim());
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The request to a URL the server named, which must be below the base URL: credentials go nowhere else. */
    private static ApiRequest at(ApiRequest current, String url, URI baseUrl) {
        URI target = baseUrl.resolve(URI.create(url));
        String basePath =
                baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath().replaceAll("/+$", "");
        String path = target.getRawPath() == null ? "" : target.getRawPath();
        if (!sameOrigin(target, baseUrl) || !path.startsWith(basePath)) {
            throw new JsonDataException("$", "the next page's URL " + url + " is not below the base URL " + baseUrl);
        }
        List<Map.Entry<String, String>> query = new ArrayList<>();
        if (target.getRawQuery() != null) {
            for (String pair : target.getRawQuery().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                query.add(Map.entry(
                        URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8)));
            }
        }
        return current.withTarget(path.substring(basePath.length()), query);
    }

    private static boolean sameOrigin(URI target, URI base) {
        return target.getScheme() != null
                && target.getScheme().equalsIgnoreCase(base.getScheme())
                && target.getRawAuthority() != null
                && target.getRawAuthority().equalsIgnoreCase(base.getRawAuthority());
    }
}
