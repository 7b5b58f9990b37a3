package dev.kiln.runtime.core;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** One call as {@link Interceptor}s see it: the SDK's request, how many attempts it has made, and how long it took. */
public final class CallInfo {
    private final ApiRequest request;
    private final long startedNanos = System.nanoTime();
    private final AtomicInteger attempts = new AtomicInteger();
    private final Map<String, Object> attributes = new ConcurrentHashMap<>();

    CallInfo(ApiRequest request) {
        this.request = Objects.requireNonNull(request, "request");
    }

    /**
     * Returns the request as the SDK's method made it, before the base URL, the client's headers and credentials
     * were added.
     *
     * @return the request: method, path, query, headers and body
     */
    public ApiRequest request() {
        return request;
    }

    /**
     * Returns how many attempts the call has started.
     *
     * @return 0 before the first, then the number of the latest
     */
    public int attempts() {
        return attempts.get();
    }

    /**
     * Returns the time since the call started.
     *
     * @return the elapsed time
     */
    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /**
     * Returns what interceptors keep for the length of this call, such as a trace span, by names they choose.
     *
     * @return the attributes, safe to change from any thread
     */
    public Map<String, Object> attributes() {
        return attributes;
    }

    /** Starts the next attempt. */
    AttemptInfo nextAttempt() {
        return new AttemptInfo(this, attempts.incrementAndGet());
    }

    @Override
    public String toString() {
        return "CallInfo{" + request + ", attempts=" + attempts() + "}";
    }
}
