package dev.kiln.together.resilience;

import dev.kiln.together.core.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/** A {@link Sleeper} that never waits: it records each delay asked for and carries on at once. */
final class RecordingSleeper implements Sleeper {
    private final List<Duration> slept = new CopyOnWriteArrayList<>();
    private final List<Duration> scheduled = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
        slept.add(duration);
    }

    @Override
    public Executor after(Duration duration) {
        scheduled.add(duration);
        return Runnable::run;
    }

    /**
     * The delays blocking calls asked for through {@link #sleep}, in order.
     *
     * @return a snapshot
     */
    List<Duration> slept() {
        return List.copyOf(slept);
    }

    /**
     * The delays asynchronous calls asked for through {@link #after}, in order.
     *
     * @return a snapshot
     */
    List<Duration> scheduled() {
        return List.copyOf(scheduled);
    }
}
