package dev.kiln.runtime.core;

import java.io.IOException;

/**
 * A hook on every call the client makes: to log, trace, measure, sign, or change a request or a response. Each
 * method has a default that does nothing, so an interceptor implements only what it needs:
 *
 * <pre>{@code
 * Together client = Together.builder()
 *         .interceptor(new Interceptor() {
 *             public TransportRequest beforeRequest(AttemptInfo attempt, TransportRequest request) {
 *                 return request.toBuilder().header("traceparent", tracer.currentParent()).build();
 *             }
 *         })
 *         .build();
 * }</pre>
 *
 * <p>The client's interceptors run in the order they were added, then those of the call's {@link RequestOptions};
 * {@link #beforeRequest} runs in that order, {@link #afterResponse} and {@link #onFailure} in the reverse order, as
 * each interceptor wraps the ones added after it. A call is announced once ({@link #callStarted}, then
 * {@link #callSucceeded} or {@link #callFailed}), and each of its attempts once ({@link #beforeRequest}, then
 * {@link #afterResponse} or {@link #onFailure}), so a retry is an attempt of the same call, numbered from 1. Every
 * kind of call goes through them: blocking and asynchronous calls, event streams (whose call ends when the stream's
 * headers have arrived) and each page of a paged list (a call of its own). An interceptor may be called from many
 * threads at once; a call's {@link CallInfo#attributes()} carry what it keeps from one method to the next.
 */
public interface Interceptor {
    /**
     * Called once per call, before its first attempt.
     *
     * @param call the call
     */
    default void callStarted(CallInfo call) {}

    /**
     * Called before each attempt is sent, credentials already added: returns the request to send, the same or
     * changed (headers, URL, body) with {@link TransportRequest#toBuilder()}.
     *
     * @param attempt the attempt
     * @param request the request as the interceptors before this one left it
     * @return the request to send
     */
    default TransportRequest beforeRequest(AttemptInfo attempt, TransportRequest request) {
        return request;
    }

    /**
     * Called after each attempt that got a response, any status, once its headers have arrived and before its body
     * is read: returns the response the client reads, the same or another (such as one whose body is read through
     * a logger). An interceptor that reads the body must hand on a response whose body gives the same bytes.
     *
     * @param attempt the attempt
     * @param response the response as the interceptors after this one left it
     * @return the response the client reads
     */
    default TransportResponse afterResponse(AttemptInfo attempt, TransportResponse response) {
        return response;
    }

    /**
     * Called after each attempt that got no response: the connection failed or dropped, or the timeout passed
     * (a {@link java.net.http.HttpTimeoutException}). The client then retries or fails the call.
     *
     * @param attempt the attempt
     * @param failure what went wrong
     */
    default void onFailure(AttemptInfo attempt, IOException failure) {}

    /**
     * Called once per call that succeeded, after its last attempt.
     *
     * @param call the call
     * @param statusCode the status of the response the call gives
     */
    default void callSucceeded(CallInfo call, int statusCode) {}

    /**
     * Called once per call that failed, after its last attempt, with the exception the call throws (or its future
     * fails with).
     *
     * @param call the call
     * @param failure the SDK's exception
     */
    default void callFailed(CallInfo call, RuntimeException failure) {}
}
