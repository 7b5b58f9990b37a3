package dev.kiln.runtime.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * One page of a paged list, fetched without blocking: its items, and the way to the next page. Each page is fetched
 * with the call's request options, retries and timeout.
 *
 * @param <T> the type of an item
 * @param <B> the type of a page's whole response body, such as the list object that holds the items
 */
public final class AsyncPage<T, B> {
    private final PageChain<T, B> chain;
    private final PageChain.Content<T, B> content;

    private AsyncPage(PageChain<T, B> chain, PageChain.Content<T, B> content) {
        this.chain = chain;
        this.content = content;
    }

    /**
     * Fetches the first page without blocking.
     *
     * @param http the executor that sends the requests
     * @param request the first page's request
     * @param codec the items' codec
     * @param bodyCodec the codec of a page's whole body
     * @param style how the operation pages
     * @param requestOptions the options every page's request is sent with
     * @param <T> the type of an item
     * @param <B> the type of a page's body
     * @return a future of the first page, failed with the exceptions the blocking call throws
     */
    public static <T, B> CompletableFuture<AsyncPage<T, B>> first(
            HttpExecutor http,
            ApiRequest request,
            Codec<T> codec,
            Codec<B> bodyCodec,
            PageStyle style,
            RequestOptions requestOptions) {
        return fetch(new PageChain<>(http, codec, bodyCodec, style, requestOptions), request, null);
    }

    private static <T, B> CompletableFuture<AsyncPage<T, B>> fetch(
            PageChain<T, B> chain, ApiRequest request, PageChain.Trail before) {
        return chain.http()
                .sendAsync(ApiCall.json(request, Codecs.JSON).raw(), chain.options())
                .thenApply(response -> new AsyncPage<>(chain, chain.read(request, response, before)));
    }

    /**
     * Returns this page's items.
     *
     * @return the items, in the order the server sent them
     */
    public List<T> items() {
        return content.items();
    }

    /**
     * Tells whether a page follows this one.
     *
     * @return true when {@link #nextPage()} fetches another page
     */
    public boolean hasNextPage() {
        return content.next().isPresent();
    }

    /**
     * Fetches the next page without blocking.
     *
     * @return a future of the next page; failed with {@link NoSuchElementException} when this page is the last, and
     *     with the SDK's invalid-response exception when the server named a page this call fetched already
     */
    public CompletableFuture<AsyncPage<T, B>> nextPage() {
        if (!hasNextPage()) {
            return CompletableFuture.failedFuture(new NoSuchElementException("this page is the last"));
        }
        try {
            return fetch(chain, chain.checkedNext(content), content.trail());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Returns the query parameters of the next page's request, such as {@code starting_after=cus_42} or
     * {@code page=3}, to resume paging later.
     *
     * @return the parameters, in the order they are sent, or empty when this page is the last
     */
    public Optional<List<Map.Entry<String, String>>> nextPageParams() {
        return content.next().map(ApiRequest::query);
    }

    /**
     * Returns this page's whole response body, as the API describes it: the items and whatever the server sends
     * beside them (a total, a cursor, a flag).
     *
     * @return the body, or null when the server sent none
     */
    public B body() {
        return content.body();
    }

    /**
     * Returns this page's response: its status, headers and request id.
     *
     * @return the raw response, whose {@code parse()} gives the body as JSON
     */
    public RawResponse<JsonNode> response() {
        return content.response();
    }

    /**
     * Publishes every item of this page and the pages after it. Each subscriber starts at this page; a page is
     * fetched only when the subscriber has asked for more items than the pages before it held, so nothing is
     * fetched ahead of demand. A failed fetch is the subscriber's {@code onError}.
     *
     * @return the items of every page, as a publisher
     */
    public Flow.Publisher<T> autoPager() {
        return subscriber -> subscriber.onSubscribe(new PageSubscription<>(this, subscriber));
    }
}
