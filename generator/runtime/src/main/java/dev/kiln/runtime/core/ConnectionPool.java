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
 * The transport that calls go through (by default, an {@link HttpClient}), shared by a client and the clients derived
 * from it, and what the SDK created for it. Closing it releases only that: the threads the SDK started, never a
 * transport, an {@link HttpClient} or an executor the user supplied.
 */
final class ConnectionPool {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final Transport transport;
    /** The HTTP client of the default transport, or null when the user supplied another transport. */
    private final HttpClient httpClient;
    /** The threads the SDK started for the HTTP client, or null when it runs on the user's. */
    private final ExecutorService ownedThreads;
    /** Runs work that blocks, such as reading a stream for a subscriber. */
    private final Executor blockingWork;

    private final AtomicBoolean closed = new AtomicBoolean();

    private ConnectionPool(
            Transport transport, HttpClient httpClient, ExecutorService ownedThreads, Executor blockingWork) {
        this.transport = transport;
        this.httpClient = httpClient;
        this.ownedThreads = ownedThreads;
        this.blockingWork = blockingWork;
    }

    /** Wraps an HTTP client the user built; closing the pool leaves it alone. */
    static ConnectionPool supplied(HttpClient httpClient) {
        Objects.requireNonNull(httpClient, "httpClient");
        Executor blockingWork = httpClient.executor().orElse(ConnectionPool::runOnNewThread);
        return new ConnectionPool(new JdkHttpTransport(httpClient), httpClient, null, blockingWork);
    }

    /**
     * Wraps a transport the user supplied; closing the pool leaves it alone, and stops only the threads started for
     * work that blocks (unless the user gave an executor for that).
     */
    static ConnectionPool custom(Transport transport, Executor executor) {
        Objects.requireNonNull(transport, "transport");
        if (executor != null) {
            return new ConnectionPool(transport, null, null, executor);
        }
        ExecutorService ownedThreads =
                Executors.newCachedThreadPool(daemonThreads("kiln-blocking-" + POOLS.incrementAndGet() + "-"));
        return new ConnectionPool(transport, null, ownedThreads, ownedThreads);
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
        HttpClient httpClient = builder.build();
        return new ConnectionPool(new JdkHttpTransport(httpClient), httpClient, ownedThreads, threads);
    }

    Transport transport() {
        return transport;
    }

    /** The HTTP client of the default transport. */
    HttpClient httpClient() {
        if (httpClient == null) {
            throw new IllegalStateException("the client sends with " + transport + ", not with an HttpClient");
        }
        return httpClient;
    }

    /** Where work that blocks a thread runs: the user's executor, the SDK's threads, or a thread of its own. */
    Executor blockingWork() {
        return blockingWork;
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
