package dev.kiln.runtime.core;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The attempts of one call, over the {@link Transport}: credentials, then the interceptors, then the transport, each
 * attempt bounded by the timeout (the headers by the transport, a body read whole by closing it when the time is up);
 * what is worth retrying is retried after the {@link RetryPolicy}'s delay, a 401 once more with renewed credentials,
 * and every failure becomes the SDK's exception. Blocking and asynchronous calls take the same decisions.
 */
final class CallAttempts {
    private final ClientOptions options;
    private final ErrorFactory errors;
    private final RetryPolicy retryPolicy;
    private final Credentials credentials;

    CallAttempts(ClientOptions options, ErrorFactory errors, Credentials credentials) {
        this.options = options;
        this.errors = errors;
        this.retryPolicy = new RetryPolicy(options.clock());
        this.credentials = credentials;
    }

    /** A 2xx response and the attempt that received it; the body read whole, or the open stream. */
    record Received<B>(int statusCode, HttpHeaders headers, B body, int attempt) {}

    /** One call to make: the SDK's request, the transport request every attempt starts from, and its settings. */
    record Call(
            ApiRequest request,
            TransportRequest base,
            InterceptorChain chain,
            CallInfo info,
            boolean streamed,
            int maxRetries,
            Duration timeout) {}

    /** What the call does after an attempt: give its answer, fail, or try again. */
    private sealed interface Step<B> {
        record Done<B>(Received<B> received) implements Step<B> {}

        record Fail<B>(RuntimeException failure) implements Step<B> {}

        /** Tries again, at once when there is no delay (credentials renewed after a 401). */
        record Retry<B>(Optional<Duration> delay) implements Step<B> {}
    }

    /** How many retries a call has made, and whether it renewed its credentials. */
    private static final class CallState {
        int retries;
        boolean renewed;
    }

    <B> Received<B> run(Call call) {
        call.chain().callStarted(call.info());
        try {
            Received<B> received = attempts(call);
            call.chain().callSucceeded(call.info(), received.statusCode());
            return received;
        } catch (RuntimeException e) {
            call.chain().callFailed(call.info(), e);
            throw e;
        }
    }

    <B> CompletableFuture<Received<B>> runAsync(Call call) {
        try {
            call.chain().callStarted(call.info());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<Received<B>> received = attemptAsync(call, new CallState());
        return received.handle((done, failure) -> {
            if (failure != null) {
                RuntimeException cause = asRuntime(unwrap(failure));
                call.chain().callFailed(call.info(), cause);
                throw cause;
            }
            call.chain().callSucceeded(call.info(), done.statusCode());
            return done;
        });
    }

    private <B> Received<B> attempts(Call call) {
        CallState state = new CallState();
        for (; ; ) {
            AttemptInfo attempt = call.info().nextAttempt();
            Step<B> step;
            try {
                TransportRequest sent = call.chain().beforeRequest(attempt, credentials.authorize(call.base()));
                long deadline = System.nanoTime() + call.timeout().toNanos();
                step = onResponse(
                        call, state, attempt, sent, options.transport().send(sent), deadline);
            } catch (IOException e) {
                step = onNoResponse(call, state, attempt, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw errors.forIo(call.request(), interrupted(call.request(), e), attempt.number());
            }
            if (step instanceof Step.Done<B> done) {
                return done.received();
            }
            if (step instanceof Step.Fail<B> fail) {
                throw fail.failure();
            }
            Optional<Duration> delay = ((Step.Retry<B>) step).delay();
            if (delay.isPresent()) {
                try {
                    options.sleeper().sleep(delay.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw errors.forIo(call.request(), interrupted(call.request(), e), attempt.number());
                }
            }
        }
    }

    private <B> CompletableFuture<Received<B>> attemptAsync(Call call, CallState state) {
        AttemptInfo attempt = call.info().nextAttempt();
        long deadline = System.nanoTime() + call.timeout().toNanos();
        AtomicReference<TransportRequest> sent = new AtomicReference<>();
        CompletableFuture<TransportResponse> response = credentials
                .authorizeAsync(call.base())
                .thenCompose(authorized -> {
                    TransportRequest request = call.chain().beforeRequest(attempt, authorized);
                    sent.set(request);
                    return options.transport().sendAsync(request);
                });
        CompletableFuture<TransportResponse> bounded =
                response.copy().orTimeout(call.timeout().toMillis(), TimeUnit.MILLISECONDS);
        // a response that arrives after the timeout is no one's to read: release it
        response.thenAccept(late -> {
            if (bounded.isCompletedExceptionally()) {
                late.close();
            }
        });
        return bounded.handleAsync(
                        (arrived, failure) -> {
                            Step<B> step;
                            if (failure == null) {
                                step = onResponse(call, state, attempt, sent.get(), arrived, deadline);
                            } else {
                                Throwable cause = unwrap(failure);
                                if (cause instanceof TimeoutException) {
                                    cause = new HttpTimeoutException("no complete response within " + call.timeout());
                                }
                                step = cause instanceof IOException io
                                        ? onNoResponse(call, state, attempt, io)
                                        : new Step.Fail<>(asRuntime(cause));
                            }
                            return next(call, state, step);
                        },
                        options.blockingExecutor())
                .thenCompose(Function.identity());
    }

    private <B> CompletableFuture<Received<B>> next(Call call, CallState state, Step<B> step) {
        if (step instanceof Step.Done<B> done) {
            return CompletableFuture.completedFuture(done.received());
        }
        if (step instanceof Step.Fail<B> fail) {
            return CompletableFuture.failedFuture(fail.failure());
        }
        Optional<Duration> delay = ((Step.Retry<B>) step).delay();
        if (delay.isEmpty()) {
            return attemptAsync(call, state);
        }
        return CompletableFuture.supplyAsync(() -> state, options.sleeper().after(delay.get()))
                .thenCompose(same -> attemptAsync(call, same));
    }

    /** Decides on a response that arrived: reads its body when it is read whole, and retries what is worth it. */
    @SuppressWarnings("unchecked") // a call that streams gets the body's stream, one that does not its bytes
    private <B> Step<B> onResponse(
            Call call,
            CallState state,
            AttemptInfo attempt,
            TransportRequest sent,
            TransportResponse arrived,
            long deadline) {
        TransportResponse response = call.chain().afterResponse(attempt, arrived);
        int status = response.statusCode();
        byte[] body;
        try {
            if (isSuccess(status) && call.streamed()) {
                return new Step.Done<>(
                        new Received<>(status, response.headers(), (B) response.body(), attempt.number()));
            }
            body = readWhole(response, deadline, call.timeout());
        } catch (IOException e) {
            return onNoResponse(call, state, attempt, e);
        }
        if (isSuccess(status)) {
            return new Step.Done<>(new Received<>(status, response.headers(), (B) body, attempt.number()));
        }
        if (status == 401 && !state.renewed && credentials.renewAfterUnauthorized(sent)) {
            state.renewed = true;
            return new Step.Retry<>(Optional.empty());
        }
        ApiResponse failed = new ApiResponse(status, response.headers(), body, attempt.number());
        if (state.retries >= call.maxRetries() || !RetryPolicy.isRetryable(status)) {
            return new Step.Fail<>(errors.forStatus(failed));
        }
        state.retries++;
        return new Step.Retry<>(Optional.of(retryPolicy.delay(state.retries, Optional.of(failed.headers()))));
    }

    /** Decides on an attempt that got no complete response: retries it, or fails with the SDK's exception. */
    private <B> Step<B> onNoResponse(Call call, CallState state, AttemptInfo attempt, IOException failure) {
        Optional<BodyBytes.TooLarge> tooLarge = BodyBytes.TooLarge.in(failure);
        if (tooLarge.isPresent()) {
            // the same server would send the same body again: not worth retrying
            return new Step.Fail<>(errors.forInvalidResponse(
                    tooLarge.get().response(attempt.number()), tooLarge.get().problem()));
        }
        call.chain().onFailure(attempt, failure);
        if (state.retries >= call.maxRetries()) {
            return new Step.Fail<>(
                    failure instanceof HttpTimeoutException timedOut
                            ? errors.forTimeout(call.request(), timedOut, attempt.number())
                            : errors.forIo(call.request(), failure, attempt.number()));
        }
        state.retries++;
        return new Step.Retry<>(Optional.of(retryPolicy.delay(state.retries, Optional.empty())));
    }

    /**
     * Reads a body whole, up to the most bytes the client reads, closing the response when the attempt's time is up
     * first: the transport's own timeout ends at the headers, so a body that stalls afterwards is cut off here.
     */
    private byte[] readWhole(TransportResponse response, long deadline, Duration timeout) throws IOException {
        Deadlines.Pending pending = Deadlines.close(response, Duration.ofNanos(deadline - System.nanoTime()));
        try {
            return BodyBytes.read(response, options.maxResponseBytes());
        } catch (BodyBytes.TooLarge e) {
            throw e;
        } catch (IOException e) {
            if (System.nanoTime() - deadline >= 0) {
                HttpTimeoutException timedOut = new HttpTimeoutException("no complete response within " + timeout);
                timedOut.initCause(e);
                throw timedOut;
            }
            throw e;
        } finally {
            pending.close();
        }
    }

    private static boolean isSuccess(int statusCode) {
        return statusCode >= 200 && statusCode < 300;
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static RuntimeException asRuntime(Throwable failure) {
        return failure instanceof RuntimeException runtime ? runtime : new CompletionException(failure);
    }

    static IOException interrupted(ApiRequest request, InterruptedException cause) {
        InterruptedIOException io = new InterruptedIOException("interrupted while waiting for " + request);
        io.initCause(cause);
        return io;
    }
}
