package dev.kiln.runtime.core;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the events of a {@code text/event-stream} as they arrive, following the parsing rules of the HTML
 * standard's server-sent events:
 *
 * <ul>
 *   <li>the stream is UTF-8 (malformed bytes read as U+FFFD) and one leading byte order mark is skipped;
 *   <li>lines end with CRLF, LF or CR;
 *   <li>a line starting with {@code :} is a comment;
 *   <li>{@code name:value} is a field, one space after the colon being dropped; a line without a colon is a field
 *       with an empty value; field names are case-sensitive and unknown ones are ignored;
 *   <li>{@code data} lines are joined with {@code \n}; {@code event} sets the type (default
 *       {@value ServerSentEvent#DEFAULT_EVENT}); {@code id} sets the last event id, which carries over to later
 *       events, unless the value contains U+0000; {@code retry} sets the reconnection time if it is all ASCII
 *       digits;
 *   <li>a blank line dispatches the event, unless no {@code data} field was seen;
 *   <li>an event not followed by a blank line when the stream ends is discarded.
 * </ul>
 *
 * <p>{@link #next()} is for one thread; {@link #close()} may be called from another to stop a read that waits
 * for data.
 */
public final class ServerSentEventReader implements Closeable {
    private static final int BUFFER_SIZE = 8192;

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int position;
    private int limit;
    /** Whether a line just ended with CR, so that an LF right after it ends nothing. */
    private boolean skipLineFeed;

    private boolean firstLine = true;
    private byte[] line = new byte[128];
    private int lineLength;

    private final StringBuilder data = new StringBuilder();
    private boolean dataSeen;
    private String eventType = "";
    private String lastEventId = "";
    private long retry = -1;
    private volatile boolean closed;
    private final int maxEventBytes;

    /**
     * Creates a reader of the events in a stream, each at most {@link ClientOptions#DEFAULT_MAX_RESPONSE_BYTES}
     * long. The reader owns the stream and closes it.
     *
     * @param in the response body
     */
    public ServerSentEventReader(InputStream in) {
        this(in, ClientOptions.DEFAULT_MAX_RESPONSE_BYTES);
    }

    /**
     * Creates a reader of the events in a stream. The reader owns the stream and closes it.
     *
     * @param in the response body
     * @param maxEventBytes the most bytes one line and one event's data may have; a line or an event that grows
     *     past it (one that never ends) fails the reading, so that memory stays bounded whatever a server sends
     */
    public ServerSentEventReader(InputStream in, int maxEventBytes) {
        this.in = Objects.requireNonNull(in, "in");
        this.maxEventBytes = SettingChecks.positive(maxEventBytes, "maxEventBytes");
    }

    /**
     * Reads up to the next event, waiting for it to arrive.
     *
     * @return the event, or empty when the stream has ended or this reader is closed
     * @throws IOException when reading fails
     */
    public Optional<ServerSentEvent> next() throws IOException {
        while (!closed) {
            String text;
            try {
                text = readLine();
            } catch (IOException e) {
                if (closed) {
                    break;
                }
                throw e;
            }
            if (text == null) {
                break;
            }
            if (text.isEmpty()) {
                Optional<ServerSentEvent> event = dispatch();
                if (event.isPresent()) {
                    return event;
                }
            } else if (text.charAt(0) != ':') {
                int colon = text.indexOf(':');
                if (colon < 0) {
                    process(text, "");
                } else {
                    int start = colon + 1;
                    if (start < text.length() && text.charAt(start) == ' ') {
                        start++;
                    }
                    process(text.substring(0, colon), text.substring(start));
                }
            }
        }
        // The end of the stream discards an event that was not completed by a blank line.
        data.setLength(0);
        dataSeen = false;
        eventType = "";
        return Optional.empty();
    }

    /**
     * Returns the reconnection time the stream last asked for with a {@code retry} field.
     *
     * @return the time in milliseconds, or empty when the stream has not set one
     */
    public OptionalLong retry() {
        return retry < 0 ? OptionalLong.empty() : OptionalLong.of(retry);
    }

    /**
     * Closes the stream. Later calls to {@link #next()} return empty, and one waiting for data returns empty as
     * soon as the stream gives way. Closing again does nothing.
     *
     * @throws IOException when closing the stream fails
     */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            in.close();
        }
    }

    private void process(String field, String value) throws IOException {
        switch (field) {
            case "event":
                eventType = value;
                break;
            case "data":
                if ((long) data.length() + value.length() + 1 > maxEventBytes) {
                    throw new EventTooLargeException(maxEventBytes);
                }
                data.append(value).append('\n');
                dataSeen = true;
                break;
            case "id":
                if (value.indexOf('\0') < 0) {
                    lastEventId = value;
                }
                break;
            case "retry":
                if (!value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    try {
                        retry = Long.parseLong(value);
                    } catch (NumberFormatException tooLarge) {
                        // A time beyond 292 million years is no time to wait for: ignore it.
                    }
                }
                break;
            default:
                break;
        }
    }

    /** A line or an event larger than the reader takes. */
    private static final class EventTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        EventTooLargeException(int maxEventBytes) {
            super("an event of the stream is larger than " + maxEventBytes + " bytes");
        }
    }

    private Optional<ServerSentEvent> dispatch() {
        if (!dataSeen) {
            eventType = "";
            return Optional.empty();
        }
        data.setLength(data.length() - 1);
        ServerSentEvent event = new ServerSentEvent(eventType, data.toString(), lastEventId);
        data.setLength(0);
        dataSeen = false;
        eventType = "";
        return Optional.of(event);
    }

    /** Reads one line without its end, or returns null at the end of the stream, dropping an unfinished line. */
    private String readLine() throws IOException {
        lineLength = 0;
        while (true) {
            if (position == limit) {
                int read = in.read(buffer, 0, buffer.length);
                if (read < 0) {
                    return null;
                }
                position = 0;
                limit = read;
                continue;
            }
            byte b = buffer[position++];
            if (skipLineFeed) {
                skipLineFeed = false;
                if (b == '\n') {
                    continue;
                }
            }
            if (b == '\n' || b == '\r') {
                skipLineFeed = b == '\r';
                return decodeLine();
            }
            if (lineLength >= maxEventBytes) {
                throw new EventTooLargeException(maxEventBytes);
            }
            if (lineLength == line.length) {
                line = Arrays.copyOf(line, (int) Math.min((long) line.length * 2, maxEventBytes));
            }
            line[lineLength++] = b;
        }
    }

    private String decodeLine() {
        int start = 0;
        if (firstLine) {
            firstLine = false;
            if (lineLength >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF) {
                start = 3;
            }
        }
        return new String(line, start, lineLength - start, StandardCharsets.UTF_8);
    }
}
