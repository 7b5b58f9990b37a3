package dev.kiln.runtime.core;

import java.io.IOException;
import java.net.http.HttpTimeoutException;

/**
 * Turns every way a call can fail into the SDK's own exceptions. Each generated SDK implements this once, in its
 * {@code errors} package, so that the runtime never needs to know the SDK's exception names.
 */
public interface ErrorFactory {
    /**
     * Returns the exception for a response whose status is not 2xx, after any retries.
     *
     * @param response the last response; {@link ApiResponse#attempts()} tells how many attempts were made
     * @return the exception to throw
     */
    RuntimeException forStatus(ApiResponse response);

    /**
     * Returns the exception for a 2xx response whose body does not fit the expected type.
     *
     * @param response the response
     * @param cause what did not fit
     * @return the exception to throw
     */
    RuntimeException forInvalidResponse(ApiResponse response, JsonDataException cause);

    /**
     * Returns the exception for an event of type {@code error} in the middle of a 2xx event stream. Unless an SDK
     * says otherwise, it is the exception for the stream's status with the event's data as the body.
     *
     * @param response the stream's status and headers, with the event's data as the body
     * @return the exception to throw
     */
    default RuntimeException forStreamError(ApiResponse response) {
        return forStatus(response);
    }

    /**
     * Returns the exception for a call that did not complete in time.
     *
     * @param request the request
     * @param cause the timeout
     * @param attempts how many attempts were made, retries included
     * @return the exception to throw
     */
    RuntimeException forTimeout(ApiRequest request, HttpTimeoutException cause, int attempts);

    /**
     * Returns the exception for a network failure, or for a thread interrupted while waiting.
     *
     * @param request the request
     * @param cause the failure
     * @param attempts how many attempts were made, retries included
     * @return the exception to throw
     */
    RuntimeException forIo(ApiRequest request, IOException cause, int attempts);
}
