package dev.kiln.runtime.core;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/** How the client waits between retries; replaceable so tests never really wait. */
public interface Sleeper {
    /** Waits with {@link Thread#sleep} and, for async calls, with {@link CompletableFuture#delayedExecutor}. */
    Sleeper SYSTEM = new Sleeper() {
        @Override
        public void sleep(Duration duration) throws InterruptedException {
            Thread.sleep(duration.toMillis());
        }

        @Override
        public Executor after(Duration duration) {
            return CompletableFuture.delayedExecutor(duration.toMillis(), TimeUnit.MILLISECONDS);
        }
    };

    /**
     * Blocks the calling thread for {@code duration}.
     *
     * @param duration how long
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * Returns an executor that runs tasks after {@code duration}, without blocking a thread while waiting.
     *
     * @param duration how long
     * @return the executor
     */
    Executor after(Duration duration);
}
