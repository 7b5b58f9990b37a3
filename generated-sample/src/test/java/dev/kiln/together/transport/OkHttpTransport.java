package dev.kiln.together.transport;

import dev.kiln.together.core.RequestContent;
import dev.kiln.together.core.Transport;
import dev.kiln.together.core.TransportRequest;
import dev.kiln.together.core.TransportResponse;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;

/**
 * The SDK's {@link Transport} on OkHttp: what an application already on OkHttp writes once to send the SDK's calls
 * through its own client (its connection pool, proxy, TLS and interceptors). Everything else (retries, timeouts of
 * a whole call, credentials, the SDK's interceptors, paging, streams, exceptions) stays in the SDK.
 */
public final class OkHttpTransport implements Transport {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "okhttp-transport-timeouts");
        thread.setDaemon(true);
        return thread;
    });

    private final OkHttpClient client;
    private final AtomicInteger exchanges = new AtomicInteger();

    /**
     * Creates the transport on a client, which it uses without redirects or retries of its own.
     *
     * @param client the application's client
     */
    public OkHttpTransport(OkHttpClient client) {
        this.client = client.newBuilder()
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .build();
    }

    /** How many requests this transport has sent, for tests that prove the calls went through it. */
    public int exchanges() {
        return exchanges.get();
    }

    @Override
    public TransportResponse send(TransportRequest request) throws IOException {
        Call call = newCall(request);
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> deadline = cancelAfterTimeout(call, request, timedOut);
        try {
            return toResponse(call, call.execute());
        } catch (IOException e) {
            throw timedOut.get() ? timeout(request) : e;
        } finally {
            deadline.cancel(false);
        }
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
        CompletableFuture<TransportResponse> response = new CompletableFuture<>();
        Call call = newCall(request);
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> deadline = cancelAfterTimeout(call, request, timedOut);
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call failed, IOException e) {
                deadline.cancel(false);
                response.completeExceptionally(timedOut.get() ? timeout(request) : e);
            }

            @Override
            public void onResponse(Call answered, Response arrived) {
                deadline.cancel(false);
                response.complete(toResponse(answered, arrived));
            }
        });
        return response;
    }

    private Call newCall(TransportRequest request) {
        exchanges.incrementAndGet();
        for (String segment : request.uri().getRawPath().split("/")) {
            if (segment.replaceAll("(?i)%2e", ".").matches("\\.{1,2}") && !segment.matches("\\.{1,2}")) {
                // OkHttp's URLs resolve an encoded dot segment as '.' or '..': refuse rather than send elsewhere
                throw new IllegalArgumentException("OkHttp would resolve the encoded dot segment in " + request.uri());
            }
        }
        Request.Builder http = new Request.Builder().url(request.uri().toString());
        for (Map.Entry<String, List<String>> header : request.headers().map().entrySet()) {
            header.getValue().forEach(value -> http.addHeader(header.getKey(), value));
        }
        if (request.header("Accept-Encoding").isEmpty()) {
            http.header("Accept-Encoding", "identity"); // OkHttp would otherwise ask for gzip and unzip on its own
        }
        RequestBody body = request.body().map(OkHttpTransport::body).orElse(null);
        if (body == null
                && (request.method().equals("POST")
                        || request.method().equals("PUT")
                        || request.method().equals("PATCH"))) {
            body = RequestBody.create(new byte[0]);
        }
        http.method(request.method(), body);
        OkHttpClient perCall = client.newBuilder()
                .readTimeout(request.readTimeout().map(t -> t.toMillis()).orElse(0L), TimeUnit.MILLISECONDS)
                .build();
        return perCall.newCall(http.build());
    }

    /** The time to the response's headers is the request's timeout; OkHttp bounds reads only, so a timer ends the call. */
    private static ScheduledFuture<?> cancelAfterTimeout(Call call, TransportRequest request, AtomicBoolean timedOut) {
        return TIMER.schedule(
                () -> {
                    timedOut.set(true);
                    call.cancel();
                },
                request.timeout().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private static HttpTimeoutException timeout(TransportRequest request) {
        return new HttpTimeoutException("no response headers within " + request.timeout());
    }

    private static RequestBody body(RequestContent content) {
        return new RequestBody() {
            @Override
            public MediaType contentType() {
                return MediaType.parse(content.contentType());
            }

            @Override
            public long contentLength() throws IOException {
                return content.contentLength();
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                content.writeTo(sink.outputStream());
            }
        };
    }

    private static TransportResponse toResponse(Call call, Response response) {
        HttpHeaders headers = HttpHeaders.of(response.headers().toMultimap(), (name, value) -> true);
        return new TransportResponse(
                response.code(), headers, new Body(call, response.body().byteStream()));
    }

    /**
     * The body as the SDK reads it: a read that waits longer than the read timeout fails as a timeout, and closing it
     * before its end cancels the call, which ends a read that waits on another thread.
     */
    private static final class Body extends FilterInputStream {
        private final Call call;
        private volatile boolean ended;

        Body(Call call, InputStream body) {
            super(body);
            this.call = call;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                int read = super.read(buffer, offset, length);
                ended |= read < 0;
                return read;
            } catch (InterruptedIOException e) {
                HttpTimeoutException timedOut = new HttpTimeoutException("no bytes of the body arrived in time");
                timedOut.initCause(e);
                throw call.isCanceled() ? new IOException("the body was closed", e) : timedOut;
            }
        }

        @Override
        public void close() throws IOException {
            if (!ended) {
                call.cancel();
            }
            super.close();
        }
    }
}
