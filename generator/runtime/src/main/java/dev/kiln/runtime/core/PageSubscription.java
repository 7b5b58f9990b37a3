package dev.kiln.runtime.core;

import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One subscriber's walk over the items of pages: items are handed out as they are requested, and the next page is
 * fetched only when the items before it are used up and more are wanted. Signals are sent one at a time, from
 * whichever thread asked or completed a fetch.
 *
 * @param <T> the type of an item
 */
final class PageSubscription<T> implements Flow.Subscription {
    private final Flow.Subscriber<? super T> subscriber;
    private final AtomicInteger work = new AtomicInteger();
    private final AtomicLong demand = new AtomicLong();
    private volatile boolean cancelled;
    private volatile boolean fetching;
    private volatile AsyncPage<T, ?> fetched;
    private volatile Throwable failure;
    private AsyncPage<T, ?> page;
    private int index;
    private boolean done;

    PageSubscription(AsyncPage<T, ?> first, Flow.Subscriber<? super T> subscriber) {
        this.page = first;
        this.subscriber = subscriber;
    }

    @Override
    public void request(long n) {
        if (n <= 0) {
            failure = new IllegalArgumentException("a subscriber must request a positive number of items, not " + n);
        } else {
            demand.getAndUpdate(current -> current + n < 0 ? Long.MAX_VALUE : current + n);
        }
        drain();
    }

    @Override
    public void cancel() {
        cancelled = true;
    }

    private void drain() {
        if (work.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        do {
            step();
            missed = work.addAndGet(-missed);
        } while (missed != 0);
    }

    /** Hands out what can be handed out now, and starts a fetch when more is wanted than this page holds. */
    private void step() {
        while (!cancelled && !done) {
            if (failure != null) {
                done = true;
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause()
                        : failure;
                subscriber.onError(cause);
                return;
            }
            if (fetched != null) {
                page = fetched;
                fetched = null;
                index = 0;
            }
            if (index < page.items().size()) {
                if (demand.get() == 0) {
                    return;
                }
                demand.decrementAndGet();
                subscriber.onNext(page.items().get(index++));
                continue;
            }
            if (!page.hasNextPage()) {
                done = true;
                subscriber.onComplete();
                return;
            }
            if (fetching || demand.get() == 0) {
                return;
            }
            fetching = true;
            page.nextPage().whenComplete((next, error) -> {
                if (error != null) {
                    failure = error;
                } else {
                    fetched = next;
                }
                fetching = false;
                drain();
            });
        }
    }
}
