package dev.kiln.runtime.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Bearer tokens fetched with OAuth2's client-credentials grant: cached, fetched again shortly before they expire,
 * one fetch at a time however many calls wait, and dropped after a 401 so the next attempt fetches a fresh one.
 */
final class OAuth2TokenSource implements Credentials {
    /** How long before its expiry a token is replaced, at most; a short-lived token is replaced at half its life. */
    static final Duration REFRESH_MARGIN = Duration.ofSeconds(30);

    /** The most bytes a token response may have. */
    private static final int MAX_TOKEN_RESPONSE_BYTES = 1024 * 1024;

    private final OAuth2ClientCredentials settings;
    private final Transport transport;
    private final Executor executor;
    private final Clock clock;
    private final Duration timeout;
    private final ErrorFactory errors;

    /** Guarded by this. */
    private Token token;
    /** The fetch in flight, guarded by this; null when none is. */
    private CompletableFuture<Token> fetching;

    OAuth2TokenSource(
            OAuth2ClientCredentials settings,
            Transport transport,
            Executor executor,
            Clock clock,
            Duration timeout,
            ErrorFactory errors) {
        this.settings = settings;
        this.transport = transport;
        this.executor = executor;
        this.clock = clock;
        this.timeout = timeout;
        this.errors = errors;
    }

    /** A token and when to replace it. */
    private record Token(String value, Instant refreshAt) {}

    @Override
    public TransportRequest authorize(TransportRequest request) {
        CompletableFuture<Token> token = token();
        try {
            return withToken(request, token.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            IOException interrupted = new java.io.InterruptedIOException("interrupted while fetching a token");
            interrupted.initCause(e);
            throw errors.forIo(tokenRequest(), interrupted, 1);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    @Override
    public CompletableFuture<TransportRequest> authorizeAsync(TransportRequest request) {
        return token().thenApply(token -> withToken(request, token));
    }

    @Override
    public boolean renewAfterUnauthorized(TransportRequest rejected) {
        synchronized (this) {
            if (token != null
                    && rejected.header("Authorization").equals(java.util.Optional.of("Bearer " + token.value()))) {
                token = null;
            }
        }
        return true;
    }

    @Override
    public Set<String> secretHeaders() {
        return Set.of("Authorization");
    }

    @Override
    public String toString() {
        return settings.toString();
    }

    private static TransportRequest withToken(TransportRequest request, Token token) {
        return request.toBuilder()
                .header("Authorization", "Bearer " + token.value())
                .build();
    }

    /** The current token, or the fetch of the next one, starting it unless one is in flight. */
    private CompletableFuture<Token> token() {
        CompletableFuture<Token> started;
        synchronized (this) {
            if (token != null && clock.instant().isBefore(token.refreshAt())) {
                return CompletableFuture.completedFuture(token);
            }
            if (fetching != null) {
                return fetching;
            }
            started = new CompletableFuture<>();
            fetching = started;
        }
        fetch().whenComplete((fetched, failure) -> {
            synchronized (this) {
                fetching = null;
                if (fetched != null) {
                    token = fetched;
                }
            }
            if (failure != null) {
                started.completeExceptionally(unwrap(failure));
            } else {
                started.complete(fetched);
            }
        });
        return started;
    }

    private CompletableFuture<Token> fetch() {
        TransportRequest request;
        try {
            request = tokenTransportRequest();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        Instant asked = clock.instant();
        return transport
                .sendAsync(request)
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .thenApplyAsync(response -> read(response, asked), executor);
    }

    private TransportRequest tokenTransportRequest() {
        StringBuilder form = new StringBuilder("grant_type=client_credentials");
        if (!settings.scopes().isEmpty()) {
            form.append("&scope=").append(UrlEncoding.queryComponent(String.join(" ", settings.scopes())));
        }
        TransportRequest.Builder request = TransportRequest.builder("POST", settings.tokenUrl())
                .timeout(timeout)
                .header("Accept", "application/json");
        if (settings.secretInBody()) {
            form.append("&client_id=").append(UrlEncoding.queryComponent(settings.clientId()));
            form.append("&client_secret=").append(UrlEncoding.queryComponent(settings.clientSecret()));
        } else {
            String pair = UrlEncoding.queryComponent(settings.clientId()) + ":"
                    + UrlEncoding.queryComponent(settings.clientSecret());
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return request.body(RequestContent.of(
                        "application/x-www-form-urlencoded", form.toString().getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    private Token read(TransportResponse response, Instant asked) {
        byte[] body;
        try {
            body = BodyBytes.read(response, MAX_TOKEN_RESPONSE_BYTES);
        } catch (IOException e) {
            throw errors.forIo(tokenRequest(), e, 1);
        }
        if (response.statusCode() < 200 || response.statusCode() >= 300) {
            throw errors.forStatus(new ApiResponse(response.statusCode(), response.headers(), body));
        }
        JsonNode json;
        try {
            json = Json.parse(body);
        } catch (JsonDataException e) {
            throw invalid(response, "the token response is not JSON");
        }
        JsonNode accessToken = json.path("access_token");
        if (!accessToken.isTextual() || accessToken.textValue().isEmpty()) {
            throw invalid(response, "the token response has no access_token");
        }
        JsonNode expiresIn = json.path("expires_in");
        Instant refreshAt = Instant.MAX;
        if (expiresIn.isNumber()
                || (expiresIn.isTextual() && expiresIn.textValue().matches("\\d+"))) {
            Duration lifetime = Duration.ofSeconds(expiresIn.asLong());
            Duration margin =
                    lifetime.dividedBy(2).compareTo(REFRESH_MARGIN) < 0 ? lifetime.dividedBy(2) : REFRESH_MARGIN;
            refreshAt = asked.plus(lifetime).minus(margin);
        }
        return new Token(accessToken.textValue(), refreshAt);
    }

    /** An unusable token response; its body, which may hold a token, is left out of the exception. */
    private RuntimeException invalid(TransportResponse response, String problem) {
        return errors.forInvalidResponse(
                new ApiResponse(response.statusCode(), response.headers(), new byte[0]),
                new JsonDataException(JsonPaths.ROOT, problem + " (from " + settings.tokenUrl() + ")"));
    }

    private ApiRequest tokenRequest() {
        return ApiRequest.builder("POST", settings.tokenUrl().toString()).build();
    }

    private RuntimeException unwrap(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof TimeoutException) {
            return errors.forTimeout(tokenRequest(), new HttpTimeoutException("no token within " + timeout), 1);
        }
        if (cause instanceof HttpTimeoutException timedOut) {
            return errors.forTimeout(tokenRequest(), timedOut, 1);
        }
        if (cause instanceof IOException io) {
            return errors.forIo(tokenRequest(), io, 1);
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException(cause);
    }
}
