package dev.kiln.runtime.core;

import java.io.IOException;
import java.util.List;

/** A call's interceptors, called in the order {@link Interceptor} documents. */
final class InterceptorChain {
    private final List<Interceptor> interceptors;

    InterceptorChain(List<Interceptor> interceptors) {
        this.interceptors = List.copyOf(interceptors);
    }

    void callStarted(CallInfo call) {
        interceptors.forEach(interceptor -> interceptor.callStarted(call));
    }

    TransportRequest beforeRequest(AttemptInfo attempt, TransportRequest request) {
        TransportRequest changed = request;
        for (Interceptor interceptor : interceptors) {
            changed = interceptor.beforeRequest(attempt, changed);
            if (changed == null) {
                throw new IllegalStateException(interceptor + " returned no request from beforeRequest");
            }
        }
        return changed;
    }

    TransportResponse afterResponse(AttemptInfo attempt, TransportResponse response) {
        TransportResponse changed = response;
        for (int i = interceptors.size() - 1; i >= 0; i--) {
            TransportResponse next = interceptors.get(i).afterResponse(attempt, changed);
            if (next == null) {
                changed.close();
                throw new IllegalStateException(interceptors.get(i) + " returned no response from afterResponse");
            }
            changed = next;
        }
        return changed;
    }

    void onFailure(AttemptInfo attempt, IOException failure) {
        for (int i = interceptors.size() - 1; i >= 0; i--) {
            interceptors.get(i).onFailure(attempt, failure);
        }
    }

    void callSucceeded(CallInfo call, int statusCode) {
        interceptors.forEach(interceptor -> interceptor.callSucceeded(call, statusCode));
    }

    void callFailed(CallInfo call, RuntimeException failure) {
        interceptors.forEach(interceptor -> interceptor.callFailed(call, failure));
    }
}
