package dev.kiln.language;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Emits an SDK's parts on one thread per processor, a few parts ahead of the one handed over: the parts come back in
 * their order, and no more than {@link #AHEAD} per thread are held at once, so memory follows the largest parts, not
 * the whole SDK. With one processor the parts are emitted on the caller's thread, one at a time.
 */
final class PartPipeline implements AutoCloseable {
    /**
     * How many parts per thread are emitted ahead of the one handed over. Most parts are one small file; with too few
     * ahead, the threads wait whenever one large part, or the writing of the files handed over, lags (with 4, a
     * GitHub SDK's emission took about 5% longer than with no bound; with 16 it does not, for a few hundred KiB held).
     */
    static final int AHEAD = 16;

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final List<EmittedSdk.Part> parts;
    private final ExecutorService threads;
    private final int window;
    private final Deque<Future<List<GeneratedFile>>> pending = new ArrayDeque<>();
    private int submitted;
    private int taken;

    PartPipeline(List<EmittedSdk.Part> parts) {
        this.parts = parts;
        int processors = Runtime.getRuntime().availableProcessors();
        if (processors < 2 || parts.size() < 2) {
            this.threads = null;
            this.window = 0;
        } else {
            String name = "kiln-emit-" + POOLS.incrementAndGet() + "-";
            AtomicInteger count = new AtomicInteger();
            this.threads = Executors.newFixedThreadPool(processors, task -> {
                Thread thread = new Thread(task, name + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            this.window = processors * AHEAD;
        }
    }

    boolean hasNext() {
        return taken < parts.size();
    }

    /** The next part's files, emitted here or waited for. */
    List<GeneratedFile> next() {
        if (threads == null) {
            return parts.get(taken++).emit();
        }
        while (submitted < parts.size() && submitted - taken < window) {
            pending.add(threads.submit(parts.get(submitted++)::emit));
        }
        taken++;
        try {
            return pending.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while emitting the SDK", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("emitting a part of the SDK failed", e.getCause());
        }
    }

    /** Drops the parts not handed over and stops the threads. */
    @Override
    public void close() {
        if (threads != null) {
            pending.forEach(part -> part.cancel(true));
            threads.shutdownNow();
        }
    }
}
