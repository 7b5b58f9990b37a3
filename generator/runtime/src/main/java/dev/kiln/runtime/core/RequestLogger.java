package dev.kiln.runtime.core;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The built-in logging hook (see {@link HttpLogging}): the innermost interceptor, so it logs each attempt's request
 * as it is sent and its response as it arrived, with the credentials' secrets and the ones the user named hidden.
 */
final class RequestLogger implements Interceptor {
    private static final System.Logger LOGGER = System.getLogger(HttpExecutor.class.getName());

    private final HttpLogging settings;
    /** The headers shown as {@code ****}, in lower case. */
    private final Set<String> secretHeaders;

    private final Set<String> secretParameters;

    RequestLogger(HttpLogging settings, Credentials credentials) {
        this.settings = settings;
        this.secretHeaders = settings.redactedHeaders(credentials);
        Set<String> parameters = new HashSet<>(settings.redactedQueryParameters());
        parameters.addAll(credentials.secretQueryParameters());
        this.secretParameters = Set.copyOf(parameters);
    }

    @Override
    public TransportRequest beforeRequest(AttemptInfo attempt, TransportRequest request) {
        attempt.call().attributes().put(RequestLogger.class.getName(), target(request));
        if (settings.headers()) {
            log(prefix(attempt) + " request headers " + Redaction.headers(request.headers(), this::secret));
        }
        if (settings.bodyBytes() > 0 && request.body().isPresent()) {
            log(prefix(attempt) + " request body " + start(request.body().get()));
        }
        return request;
    }

    @Override
    public TransportResponse afterResponse(AttemptInfo attempt, TransportResponse response) {
        log(target(attempt) + " -> " + response.statusCode() + " in "
                + attempt.elapsed().toMillis() + " ms" + numbered(attempt));
        if (settings.headers()) {
            log(prefix(attempt) + " response headers " + Redaction.headers(response.headers(), this::secret));
        }
        if (settings.bodyBytes() > 0) {
            return response.withBody(new LoggedBody(response.body(), prefix(attempt) + " response body "));
        }
        return response;
    }

    @Override
    public void onFailure(AttemptInfo attempt, IOException failure) {
        log(target(attempt) + " -> no response (" + failure.getClass().getSimpleName() + ": " + failure.getMessage()
                + ") in " + attempt.elapsed().toMillis() + " ms" + numbered(attempt));
    }

    private boolean secret(String header) {
        return secretHeaders.contains(header.toLowerCase(Locale.ROOT));
    }

    private String target(TransportRequest request) {
        return request.method() + " " + Redaction.uri(request.uri(), secretParameters);
    }

    /** {@code GET https://... (attempt 2)}. */
    private static String prefix(AttemptInfo attempt) {
        return target(attempt) + numbered(attempt);
    }

    /** The method and URL the attempt was sent to, as {@link #beforeRequest} noted them. */
    private static String target(AttemptInfo attempt) {
        return String.valueOf(attempt.call()
                .attributes()
                .getOrDefault(RequestLogger.class.getName(), attempt.call().request()));
    }

    private static String numbered(AttemptInfo attempt) {
        return " (attempt " + attempt.number() + ")";
    }

    private String start(RequestContent body) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        int limit = settings.bodyBytes();
        try {
            body.writeTo(new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    if (kept.size() >= limit) {
                        throw new Enough();
                    }
                    kept.write(b);
                }
            });
            return kept.toString(StandardCharsets.UTF_8);
        } catch (Enough enough) {
            return kept.toString(StandardCharsets.UTF_8) + "... (truncated at " + limit + " bytes)";
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static void log(String line) {
        LOGGER.log(System.Logger.Level.INFO, line);
    }

    /** Stops writing a body once enough of it was kept. */
    private static final class Enough extends IOException {
        private static final long serialVersionUID = 1L;

        Enough() {
            super("enough of the body was kept");
        }
    }

    /** A body read through, whose start is logged when it ends or is closed. */
    private final class LoggedBody extends FilterInputStream {
        private final String prefix;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final AtomicBoolean logged = new AtomicBoolean();
        private boolean truncated;

        LoggedBody(InputStream body, String prefix) {
            super(body);
            this.prefix = prefix;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                logOnce();
            } else {
                keep(new byte[] {(byte) b}, 0, 1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read < 0) {
                logOnce();
            } else {
                keep(buffer, offset, read);
            }
            return read;
        }

        @Override
        public void close() throws IOException {
            logOnce();
            super.close();
        }

        private void keep(byte[] buffer, int offset, int length) {
            int room = settings.bodyBytes() - kept.size();
            if (length > room) {
                truncated = true;
            }
            kept.write(buffer, offset, Math.max(0, Math.min(room, length)));
        }

        private void logOnce() {
            if (logged.compareAndSet(false, true)) {
                log(prefix
                        + kept.toString(StandardCharsets.UTF_8)
                        + (truncated ? "... (truncated at " + settings.bodyBytes() + " bytes)" : ""));
            }
        }
    }
}
