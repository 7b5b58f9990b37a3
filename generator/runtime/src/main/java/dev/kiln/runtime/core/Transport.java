package dev.kiln.runtime.core;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * The one seam between the SDK and an HTTP stack: a request goes in, a status, headers and a streamed body come
 * out. Everything else the SDK does (retries and their backoff, timeouts of a whole call, idempotency keys,
 * credentials, interceptors, paging, event streams and the SDK's exceptions) happens above it, so any transport gets
 * all of it. The default is {@link JdkHttpTransport}, on {@code java.net.http}; set another on the client's builder:
 *
 * <pre>{@code
 * Together client = Together.builder().transport(new OkHttpTransport(okHttpClient)).build();
 * }</pre>
 *
 * <p>A transport must:
 *
 * <ul>
 *   <li>send the request as it is: its method, URI, headers (adding only what its HTTP stack must, such as
 *       {@code Host} or {@code Content-Length}) and body, which it may publish again for a retry;
 *   <li>not follow redirects, not retry and not decompress on its own, so that what the SDK sees is what the server
 *       sent;
 *   <li>complete once the status and headers have arrived, handing the body over unread, and fail with an
 *       {@link IOException} when no response arrives (a {@link java.net.http.HttpTimeoutException} when
 *       {@link TransportRequest#timeout()} passes first);
 *   <li>bound each read of the body by {@link TransportRequest#readTimeout()} when there is one, failing that read
 *       with a {@link java.net.http.HttpTimeoutException};
 *   <li>let the body be closed from any thread, failing a read that waits on it at that moment: the SDK closes it to
 *       end a call that runs past its timeout.
 * </ul>
 *
 * <p>Both methods may be called from many threads at once.
 */
public interface Transport {
    /**
     * Sends a request and blocks until its response's status and headers have arrived.
     *
     * @param request the request
     * @return the response, its body not yet read; the caller closes it
     * @throws IOException when no response arrived: the connection failed or dropped, or the timeout passed
     * @throws InterruptedException when the calling thread was interrupted while waiting
     */
    TransportResponse send(TransportRequest request) throws IOException, InterruptedException;

    /**
     * Sends a request without blocking.
     *
     * @param request the request
     * @return a future of the response, completed once its status and headers have arrived (its body not yet read),
     *     or failed with an {@link IOException} when no response arrived
     */
    CompletableFuture<TransportResponse> sendAsync(TransportRequest request);
}
