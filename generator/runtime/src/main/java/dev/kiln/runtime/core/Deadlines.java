package dev.kiln.runtime.core;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Ends what runs past its time: closes a response whose body is still being read when its call's timeout passes,
 * which makes the read fail. One daemon thread for every client, started when first needed.
 */
final class Deadlines {
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private Deadlines() {}

    /**
     * Closes a response after a while, unless the returned handle is closed first.
     *
     * @param response the response to close
     * @param after how long from now
     * @return the handle; closing it cancels the deadline
     */
    static Pending close(TransportResponse response, Duration after) {
        ScheduledFuture<?> task = TIMER.schedule(response::close, Math.max(after.toNanos(), 0), TimeUnit.NANOSECONDS);
        return () -> task.cancel(false);
    }

    /** A deadline that has not passed yet. */
    interface Pending extends AutoCloseable {
        @Override
        void close();
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "kiln-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
