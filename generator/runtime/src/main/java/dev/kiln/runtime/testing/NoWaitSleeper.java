package dev.kiln.runtime.testing;

import dev.kiln.runtime.core.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * A {@link Sleeper} that never waits and notes every delay it was asked for, so a test of retries runs at once and
 * can check the backoff the client chose.
 */
public final class NoWaitSleeper implements Sleeper {
    private final List<Duration> delays = new ArrayList<>();

    /** Creates a sleeper that has waited for nothing yet. */
    public NoWaitSleeper() {}

    @Override
    public synchronized void sleep(Duration duration) {
        delays.add(duration);
    }

    @Override
    public Executor after(Duration duration) {
        synchronized (this) {
            delays.add(duration);
        }
        return Runnable::run;
    }

    /**
     * Returns the delays asked for, in order: one per retry.
     *
     * @return the delays
     */
    public synchronized List<Duration> delays() {
        return List.copyOf(delays);
    }
}
