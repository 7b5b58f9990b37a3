package dev.kiln.runtime.core;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.function.Supplier;

/**
 * The events of a streaming call as a {@link Flow.Publisher} for one subscriber, the call being sent only when the
 * subscriber subscribes. Until the response arrives, the subscriber's requests are counted and its cancel is
 * remembered; then the events flow as {@link EventStream#publisher()} gives them, never read ahead of demand. A
 * call that fails (a status, a timeout, a network failure, after retries) is the subscriber's {@code onError}.
 *
 * @param <T> the type of an event
 */
final class DeferredEventPublisher<T> implements Flow.Publisher<T> {
    private final Supplier<CompletableFuture<EventStream<T>>> call;
    private boolean subscribed;

    DeferredEventPublisher(Supplier<CompletableFuture<EventStream<T>>> call) {
        this.call = Objects.requireNonNull(call, "call");
    }

    @Override
    public void subscribe(Flow.Subscriber<? super T> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        boolean first;
        synchronized (this) {
            first = !subscribed;
            subscribed = true;
        }
        PendingSubscription<T> pending = new PendingSubscription<>(subscriber);
        subscriber.onSubscribe(pending);
        if (!first) {
            pending.fail(new IllegalStateException("the events of a call can be published to one subscriber only"));
            return;
        }
        CompletableFuture<EventStream<T>> response;
        try {
            response = call.get();
        } catch (RuntimeException e) {
            pending.fail(e);
            return;
        }
        response.whenComplete((stream, failure) -> {
            if (failure != null) {
                pending.fail(
                        failure instanceof CompletionException && failure.getCause() != null
                                ? failure.getCause()
                                : failure);
            } else {
                pending.attach(stream);
            }
        });
    }

    /** Stands in for the stream's subscription until the response arrives, then forwards to it. */
    private static final class PendingSubscription<T> implements Flow.Subscription, Flow.Subscriber<T> {
        private final Flow.Subscriber<? super T> subscriber;
        private long demand;
        private boolean cancelled;
        private boolean finished;
        private Flow.Subscription upstream;

        PendingSubscription(Flow.Subscriber<? super T> subscriber) {
            this.subscriber = subscriber;
        }

        @Override
        public void request(long n) {
            Flow.Subscription target;
            synchronized (this) {
                target = upstream;
                if (target == null) {
                    if (demand >= 0) { // a bad request stays one, to be reported once the stream is there
                        demand = n <= 0 ? n : (demand + n < 0 ? Long.MAX_VALUE : demand + n);
                    }
                    return;
                }
            }
            target.request(n);
        }

        @Override
        public void cancel() {
            Flow.Subscription target;
            synchronized (this) {
                cancelled = true;
                target = upstream;
            }
            if (target != null) {
                target.cancel();
            }
        }

        void attach(EventStream<T> stream) {
            synchronized (this) {
                if (cancelled) {
                    closeQuietly(stream);
                    return;
                }
            }
            stream.publisher().subscribe(this);
        }

        private static void closeQuietly(EventStream<?> stream) {
            try {
                stream.close();
            } catch (RuntimeException e) {
                // no one is listening any more; releasing the body is best effort
            }
        }

        void fail(Throwable failure) {
            synchronized (this) {
                if (cancelled || finished) {
                    return;
                }
                finished = true;
            }
            subscriber.onError(failure);
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            long owed;
            boolean cancel;
            synchronized (this) {
                upstream = subscription;
                owed = demand;
                cancel = cancelled;
            }
            if (cancel) {
                subscription.cancel();
            } else if (owed != 0) {
                subscription.request(owed);
            }
        }

        @Override
        public void onNext(T item) {
            subscriber.onNext(item);
        }

        @Override
        public void onError(Throwable throwable) {
            subscriber.onError(throwable);
        }

        @Override
        public void onComplete() {
            subscriber.onComplete();
        }
    }
}
