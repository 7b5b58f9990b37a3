package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

/**
 * {@link EventStream#publisher()} on a body given in one chunk per event, with an executor that runs its tasks only
 * when the test says, so that what was read at each step is known exactly.
 */
class EventPublisherTest {
    private static final HttpHeaders NO_HEADERS = HttpHeaders.of(Map.of(), (name, value) -> true);

    /** Queues tasks; the test runs them. */
    private static final class StepExecutor implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            Runnable task;
            while ((task = tasks.poll()) != null) {
                task.run();
            }
        }
    }

    /** Records what a subscriber is told. */
    private static class Recorder implements Flow.Subscriber<String> {
        final List<String> events = new ArrayList<>();
        Flow.Subscription subscription;
        Throwable error;
        boolean completed;

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
        }

        @Override
        public void onNext(String item) {
            events.add(item);
        }

        @Override
        public void onError(Throwable throwable) {
            error = throwable;
        }

        @Override
        public void onComplete() {
            completed = true;
        }
    }

    private static final class StreamError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StreamError(String data) {
            super(data);
        }
    }

    /** Ends the stream with {@link StreamError} at an {@code error} event; read failures stay plain. */
    private static final StreamFailures ERROR_EVENTS = new StreamFailures() {
        @Override
        public RuntimeException readFailed(IOException cause) {
            return StreamFailures.PLAIN.readFailed(cause);
        }

        @Override
        public Optional<RuntimeException> errorEvent(ServerSentEvent event) {
            return event.event().equals("error") ? Optional.of(new StreamError(event.data())) : Optional.empty();
        }
    };

    private final StepExecutor executor = new StepExecutor();

    private EventStream<String> stream(TrackedInputStream body) {
        return new EventStream<>(
                new ServerSentEventReader(body),
                ServerSentEvent::data,
                () -> {},
                200,
                NO_HEADERS,
                ERROR_EVENTS,
                executor);
    }

    @Test
    void readsAnEventOnlyWhenTheSubscriberHasAskedForIt() {
        TrackedInputStream body = TrackedInputStream.ofChunks("data: a\n\n", "data: b\n\n", "data: c\n\n");
        Recorder recorder = new Recorder();
        stream(body).publisher().subscribe(recorder);

        executor.runAll();
        assertEquals(0, body.chunksStarted(), "read before any request");

        recorder.subscription.request(1);
        executor.runAll();
        assertEquals(List.of("a"), recorder.events);
        assertEquals(1, body.chunksStarted(), "read ahead of the one event requested");

        recorder.subscription.request(2);
        executor.runAll();
        assertEquals(List.of("a", "b", "c"), recorder.events);
        assertEquals(3, body.chunksStarted());
        assertFalse(recorder.completed, "completed before the end of the body was asked for");

        recorder.subscription.request(1);
        executor.runAll();
        assertTrue(recorder.completed);
        assertNull(recorder.error);
        assertEquals(1, body.closes());
    }

    @Test
    void cancellingClosesTheBodyAndEndsTheSignals() {
        TrackedInputStream body = TrackedInputStream.ofChunks("data: a\n\n", "data: b\n\n");
        Recorder recorder = new Recorder();
        stream(body).publisher().subscribe(recorder);

        recorder.subscription.request(1);
        executor.runAll();
        recorder.subscription.cancel();
        recorder.subscription.request(5);
        executor.runAll();

        assertEquals(List.of("a"), recorder.events);
        assertEquals(1, body.closes());
        assertFalse(recorder.completed);
        assertNull(recorder.error);
    }

    @Test
    void anErrorEventIsTheSubscribersErrorAndClosesTheBody() {
        TrackedInputStream body = TrackedInputStream.ofChunks(
                "data: a\n\n", "event: error\ndata: {\"message\":\"overloaded\"}\n\n", "data: never\n\n");
        Recorder recorder = new Recorder();
        stream(body).publisher().subscribe(recorder);

        recorder.subscription.request(Long.MAX_VALUE);
        executor.runAll();

        assertEquals(List.of("a"), recorder.events);
        assertEquals(
                "{\"message\":\"overloaded\"}",
                assertInstanceOf(StreamError.class, recorder.error).getMessage());
        assertEquals(2, body.chunksStarted());
        assertEquals(1, body.closes());
    }

    @Test
    void aSubscriberCallingRequestFromOnNextGetsEachEventOnceInOrder() {
        TrackedInputStream body = TrackedInputStream.ofChunks("data: a\n\n", "data: b\n\n", "data: c\n\n");
        Recorder recorder = new Recorder() {
            @Override
            public void onNext(String item) {
                super.onNext(item);
                subscription.request(1);
            }
        };
        stream(body).publisher().subscribe(recorder);

        recorder.subscription.request(1);
        executor.runAll();

        assertEquals(List.of("a", "b", "c"), recorder.events);
        assertTrue(recorder.completed);
    }

    @Test
    void aRequestOfZeroIsAnError() {
        Recorder recorder = new Recorder();
        stream(TrackedInputStream.ofChunks("data: a\n\n")).publisher().subscribe(recorder);

        recorder.subscription.request(0);
        executor.runAll();

        assertInstanceOf(IllegalArgumentException.class, recorder.error);
        assertEquals(List.of(), recorder.events);
    }

    @Test
    void aSecondSubscriberIsRefused() {
        Flow.Publisher<String> publisher =
                stream(TrackedInputStream.ofChunks("data: a\n\n")).publisher();
        publisher.subscribe(new Recorder());
        Recorder second = new Recorder();

        publisher.subscribe(second);

        assertInstanceOf(IllegalStateException.class, second.error);
    }
}
