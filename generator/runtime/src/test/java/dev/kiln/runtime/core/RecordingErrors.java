package dev.kiln.runtime.core;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An error factory for tests: returns a {@link Failure} naming the method called, and records the calls. */
final class RecordingErrors implements ErrorFactory {
    /** The exception the factory returns; its message is the method that made it. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final transient ApiResponse response;

        Failure(String kind, ApiResponse response) {
            super(kind);
            this.response = response;
        }
    }

    final List<String> calls = new CopyOnWriteArrayList<>();

    /** The cause of the last invalid response reported, or null. */
    volatile JsonDataException invalid;

    @Override
    public RuntimeException forStatus(ApiResponse response) {
        calls.add("forStatus");
        return new Failure("forStatus", response);
    }

    @Override
    public RuntimeException forInvalidResponse(ApiResponse response, JsonDataException cause) {
        calls.add("forInvalidResponse");
        invalid = cause;
        return new Failure("forInvalidResponse", response);
    }

    @Override
    public RuntimeException forStreamError(ApiResponse response) {
        calls.add("forStreamError");
        return new Failure("forStreamError", response);
    }

    @Override
    public RuntimeException forTimeout(ApiRequest request, HttpTimeoutException cause, int attempts) {
        calls.add("forTimeout");
        return new Failure("forTimeout", null);
    }

    @Override
    public RuntimeException forIo(ApiRequest request, IOException cause, int attempts) {
        calls.add("forIo");
        return new Failure("forIo", null);
    }
}
