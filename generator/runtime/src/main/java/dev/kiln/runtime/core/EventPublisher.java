package dev.kiln.runtime.core;

import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The events of an {@link EventStream} as a {@link Flow.Publisher} for one subscriber. It reads an event only when
 * the subscriber has asked for one more than it received, so it never reads ahead of demand; the reading, which
 * blocks while waiting for the server, runs on an executor, never on the thread calling
 * {@link Flow.Subscription#request(long)}. Cancelling closes the stream, and so the response body.
 *
 * @param <T> the type of an event
 */
final class EventPublisher<T> implements Flow.Publisher<T> {
    private final EventStream<T> stream;
    private final Executor executor;
    private final AtomicBoolean subscribed = new AtomicBoolean();

    EventPublisher(EventStream<T> stream, Executor executor) {
        this.stream = Objects.requireNonNull(stream, "stream");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    @Override
    public void subscribe(Flow.Subscriber<? super T> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        if (!subscribed.compareAndSet(false, true)) {
            subscriber.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {}

                @Override
                public void cancel() {}
            });
            subscriber.onError(
                    new IllegalStateException("the events of a stream can be published to one subscriber only"));
            return;
        }
        subscriber.onSubscribe(new EventSubscription(subscriber));
    }

    /** Delivers events while there is demand; one drain loop at a time, on the executor. */
    private final class EventSubscription implements Flow.Subscription {
        private final Flow.Subscriber<? super T> subscriber;
        private final AtomicLong demand = new AtomicLong();
        /** How many times a drain was asked for since the running one started: it runs again while not zero. */
        private final AtomicInteger drainsWanted = new AtomicInteger();

        private volatile boolean cancelled;
        private volatile IllegalArgumentException badRequest;
        private boolean done;
        private Iterator<T> events;

        EventSubscription(Flow.Subscriber<? super T> subscriber) {
            this.subscriber = subscriber;
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                badRequest =
                        new IllegalArgumentException("a subscriber must request a positive number of events, was " + n);
            } else {
                demand.getAndUpdate(current -> current + n < 0 ? Long.MAX_VALUE : current + n);
            }
            drainSoon();
        }

        @Override
        public void cancel() {
            cancelled = true;
            closeQuietly();
        }

        private void drainSoon() {
            if (drainsWanted.getAndIncrement() != 0) {
                return;
            }
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                cancelled = true;
                closeQuietly();
                subscriber.onError(e);
            }
        }

        private void drain() {
            int wanted = 1;
            do {
                deliver();
                wanted = drainsWanted.addAndGet(-wanted);
            } while (wanted != 0);
        }

        private void deliver() {
            while (!done && !cancelled) {
                if (badRequest != null) {
                    fail(badRequest);
                    return;
                }
                if (demand.get() == 0) {
                    return;
                }
                T next;
                try {
                    if (events == null) {
                        events = stream.iterator();
                    }
                    if (!events.hasNext()) {
                        done = true;
                        if (!cancelled) {
                            subscriber.onComplete();
                        }
                        return;
                    }
                    next = events.next();
                } catch (RuntimeException e) {
                    fail(e);
                    return;
                }
                demand.decrementAndGet();
                if (!cancelled) {
                    try {
                        subscriber.onNext(next);
                    } catch (RuntimeException e) {
                        // a subscriber that throws has broken the Flow contract: it gets nothing more
                        cancel();
                    }
                }
            }
        }

        private void fail(RuntimeException failure) {
            done = true;
            closeQuietly();
            if (!cancelled) {
                subscriber.onError(failure);
            }
        }

        private void closeQuietly() {
            try {
                stream.close();
            } catch (RuntimeException e) {
                // the subscriber has what it needs to know; releasing the body is best effort
            }
        }
    }
}
