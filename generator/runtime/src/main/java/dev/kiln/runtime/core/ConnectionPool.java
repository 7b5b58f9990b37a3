package dev.kiln.runtime.core;

import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * The HTTP client that calls go through, shared by a client and the clients derived from it, and what the SDK
 * created for it. Closing it releases only that: the threads the SDK started, never an {@link HttpClient} or an
 * executor the user supplied.
 */
final class ConnectionPool {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final HttpClient httpClient;
    /** The threads the SDK started for the HTTP client, or null when it runs on the user's. */
    private final ExecutorService ownedThreads;
    /** Runs work that blocks, such as reading a stream for a subscriber. */
    private final Executor blockingWork;

    private final boolean supplied;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ConnectionPool(
            HttpClient httpClient, ExecutorService ownedThreads, Executor blockingWork, boolean supplied) {
        this.httpClient = httpClient;
        this.ownedThreads = ownedThreads;
        this.blockingWork = blockingWork;
        this.supplied = supplied;
    }

    /** Wraps an HTTP client the user built; closing the pool leaves it alone. */
    static ConnectionPool supplied(HttpClient httpClient) {
        Executor blockingWork = httpClient.executor().orElse(ConnectionPool::runOnNewThread);
        return new ConnectionPool(Objects.requireNonNull(httpClient, "httpClient"), null, blockingWork, true);
    }

    /**
     * Builds the SDK's own HTTP client: the connect timeout, no redirects (so credentials never go to another
     * origin), and the proxy, TLS context and executor when set.
     */
    static ConnectionPool build(
            Duration connectTimeout, ProxySelector proxy, SSLContext sslContext, Executor executor) {
        HttpClient.Builder builder =
                HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER);
        if (proxy != null) {
            builder.proxy(proxy);
        }
        if (sslContext != null) {
            builder.sslContext(sslContext);
        }
        ExecutorService ownedThreads = null;
        Executor threads = executor;
        if (threads == null) {
            ownedThreads = Executors.newCachedThreadPool(daemonThreads("kiln-http-" + POOLS.incrementAndGet() + "-"));
            threads = ownedThreads;
        }
        builder.executor(threads);
        return new ConnectionPool(builder.build(), ownedThreads, threads, false);
    }

    HttpClient httpClient() {
        return httpClient;
    }

    /** Where work that blocks a thread runs: the user's executor, the SDK's threads, or a thread of its own. */
    Executor blockingWork() {
        return blockingWork;
    }

    /** Tells whether the HTTP client is the user's. */
    boolean supplied() {
        return supplied;
    }

    boolean isClosed() {
        return closed.get();
    }

    /** Stops the threads the SDK started; calls in flight on them fail. Closing again does nothing. */
    void close() {
        if (closed.compareAndSet(false, true) && ownedThreads != null) {
            ownedThreads.shutdownNow();
        }
    }

    private static void runOnNewThread(Runnable task) {
        daemonThreads("kiln-stream-").newThread(task).start();
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
