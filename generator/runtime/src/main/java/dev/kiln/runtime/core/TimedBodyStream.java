package dev.kiln.runtime.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body read as a stream whose every read waits at most a read timeout, when there is one, for bytes to
 * arrive; a read that waits longer fails with {@link HttpTimeoutException}. Closing it from another thread ends a read
 * that waits. It asks the connection for the next bytes only once the
 * previous ones were read, so a slow reader holds back the server rather than filling memory. Closing it cancels
 * the body.
 */
final class TimedBodyStream extends InputStream implements HttpResponse.BodySubscriber<InputStream> {
    /** Put in the queue when the body ends. */
    private static final List<ByteBuffer> END = List.of();

    private final Duration readTimeout;
    private final BlockingQueue<Object> arrived = new LinkedBlockingQueue<>();
    private final CompletableFuture<InputStream> body = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;
    private volatile boolean closed;
    private Iterator<ByteBuffer> buffers = END.iterator();
    private ByteBuffer current;
    private boolean ended;

    /** A stream whose every read waits at most {@code readTimeout}, or for ever when it is null. */
    TimedBodyStream(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    @Override
    public CompletionStage<InputStream> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        body.complete(this);
        if (closed) {
            subscription.cancel();
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        arrived.add(item);
    }

    @Override
    public void onError(Throwable throwable) {
        arrived.add(throwable);
    }

    @Override
    public void onComplete() {
        arrived.add(END);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int read = read(one, 0, 1);
        return read < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, target.length);
        if (length == 0) {
            return 0;
        }
        if (!nextBytes()) {
            return -1;
        }
        int count = Math.min(length, current.remaining());
        current.get(target, offset, count);
        return count;
    }

    /** Makes {@link #current} hold unread bytes, waiting for them; false at the end of the body. */
    private boolean nextBytes() throws IOException {
        while (current == null || !current.hasRemaining()) {
            if (closed) {
                throw new IOException("the body is closed");
            }
            if (buffers.hasNext()) {
                current = buffers.next();
                continue;
            }
            if (ended) {
                return false;
            }
            Object next = take();
            if (closed) {
                throw new IOException("the body is closed");
            }
            if (next instanceof Throwable failure) {
                ended = true;
                throw failure instanceof IOException io ? io : new IOException(failure);
            }
            @SuppressWarnings("unchecked")
            List<ByteBuffer> item = (List<ByteBuffer>) next;
            if (item == END) {
                ended = true;
                return false;
            }
            buffers = item.iterator();
            subscription.request(1);
        }
        return true;
    }

    private Object take() throws IOException {
        try {
            Object next =
                    readTimeout == null ? arrived.take() : arrived.poll(readTimeout.toNanos(), TimeUnit.NANOSECONDS);
            if (next == null) {
                close();
                throw new HttpTimeoutException("no bytes of the streamed body arrived within " + readTimeout);
            }
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting for the body");
            interrupted.initCause(e);
            throw interrupted;
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        arrived.add(END); // wakes a read waiting on another thread
        Flow.Subscription active = subscription;
        if (active != null) {
            active.cancel();
        }
    }
}
