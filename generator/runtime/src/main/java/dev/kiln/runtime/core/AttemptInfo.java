package dev.kiln.runtime.core;

import java.time.Duration;

/** One attempt of a call, as {@link Interceptor}s see it: the first, or a retry. */
public final class AttemptInfo {
    private final CallInfo call;
    private final int number;
    private final long startedNanos = System.nanoTime();

    AttemptInfo(CallInfo call, int number) {
        this.call = call;
        this.number = number;
    }

    /**
     * Returns the call this attempt belongs to.
     *
     * @return the call
     */
    public CallInfo call() {
        return call;
    }

    /**
     * Returns the attempt's number.
     *
     * @return 1 for the first attempt, 2 for the first retry ...
     */
    public int number() {
        return number;
    }

    /**
     * Tells whether this attempt retries the call.
     *
     * @return true from the second attempt on
     */
    public boolean isRetry() {
        return number > 1;
    }

    /**
     * Returns the time since this attempt started.
     *
     * @return the elapsed time
     */
    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    @Override
    public String toString() {
        return "AttemptInfo{" + call.request() + ", attempt " + number + "}";
    }
}
