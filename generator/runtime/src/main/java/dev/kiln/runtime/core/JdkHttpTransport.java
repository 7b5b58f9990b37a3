package dev.kiln.runtime.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The default {@link Transport}: {@code java.net.http}'s {@link HttpClient}. The body is streamed as it arrives,
 * asking the connection for more only once what arrived was read, and each read waits at most the request's read
 * timeout when it has one.
 */
public final class JdkHttpTransport implements Transport {
    /** Headers {@code java.net.http} sets itself and refuses to be given. */
    private static final Set<String> SET_BY_THE_CLIENT =
            Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final HttpClient httpClient;

    /**
     * Creates a transport sending with an HTTP client.
     *
     * @param httpClient the client; build it to follow no redirects, so that credentials never go to another origin
     */
    public JdkHttpTransport(HttpClient httpClient) {
        this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
    }

    /**
     * Returns the HTTP client this transport sends with.
     *
     * @return the client
     */
    public HttpClient httpClient() {
        return httpClient;
    }

    @Override
    public TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = httpClient.send(toHttpRequest(request), handler(request));
        return new TransportResponse(response.statusCode(), response.headers(), response.body());
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
        HttpRequest httpRequest;
        try {
            httpRequest = toHttpRequest(request);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        return httpClient
                .sendAsync(httpRequest, handler(request))
                .thenApply(
                        response -> new TransportResponse(response.statusCode(), response.headers(), response.body()));
    }

    private static HttpResponse.BodyHandler<InputStream> handler(TransportRequest request) {
        return info -> new TimedBodyStream(request.readTimeout().orElse(null));
    }

    private static HttpRequest toHttpRequest(TransportRequest request) throws IOException {
        HttpRequest.Builder http = HttpRequest.newBuilder(request.uri()).timeout(request.timeout());
        for (Map.Entry<String, List<String>> header : request.headers().map().entrySet()) {
            if (!SET_BY_THE_CLIENT.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                header.getValue().forEach(value -> http.header(header.getKey(), value));
            }
        }
        try {
            http.method(
                    request.method(),
                    request.body().map(RequestContent::publisher).orElseGet(HttpRequest.BodyPublishers::noBody));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return http.build();
    }

    @Override
    public String toString() {
        return "JdkHttpTransport{" + httpClient + "}";
    }
}
