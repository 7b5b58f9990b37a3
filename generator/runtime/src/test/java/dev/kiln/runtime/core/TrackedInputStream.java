package dev.kiln.runtime.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A body for tests: gives its content in the chunks it was made of, at most one chunk per read as a network
 * stream does, then ends or fails; counts the chunks reached and the closes.
 */
final class TrackedInputStream extends InputStream {
    private final List<byte[]> chunks = new ArrayList<>();
    private int chunk;
    private int offset;
    private int chunksStarted;
    private int closes;
    private IOException failure;
    private IOException closeFailure;

    private TrackedInputStream() {}

    /** A stream of the UTF-8 bytes of each chunk. */
    static TrackedInputStream ofChunks(String... chunks) {
        TrackedInputStream stream = new TrackedInputStream();
        for (String text : chunks) {
            stream.chunks.add(text.getBytes(StandardCharsets.UTF_8));
        }
        return stream;
    }

    /** A stream of the given bytes, in chunks of {@code chunkSize}. */
    static TrackedInputStream ofBytes(byte[] bytes, int chunkSize) {
        TrackedInputStream stream = new TrackedInputStream();
        for (int start = 0; start < bytes.length; start += chunkSize) {
            stream.chunks.add(Arrays.copyOfRange(bytes, start, Math.min(bytes.length, start + chunkSize)));
        }
        return stream;
    }

    /** Makes reads fail once the chunks are used up, instead of ending. */
    TrackedInputStream thenFail(IOException failure) {
        this.failure = failure;
        return this;
    }

    /** Makes {@link #close()} fail, after counting it. */
    TrackedInputStream failOnClose(IOException failure) {
        this.closeFailure = failure;
        return this;
    }

    /** How many chunks reads have reached. */
    int chunksStarted() {
        return chunksStarted;
    }

    /** How many times the stream was closed. */
    int closes() {
        return closes;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int read = read(one, 0, 1);
        return read < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int off, int length) throws IOException {
        if (closes > 0) {
            throw new IOException("stream closed");
        }
        if (length == 0) {
            return 0;
        }
        while (chunk < chunks.size() && offset == chunks.get(chunk).length) {
            chunk++;
            offset = 0;
        }
        if (chunk == chunks.size()) {
            if (failure != null) {
                throw failure;
            }
            return -1;
        }
        byte[] current = chunks.get(chunk);
        if (offset == 0) {
            chunksStarted = chunk + 1;
        }
        int count = Math.min(length, current.length - offset);
        System.arraycopy(current, offset, buffer, off, count);
        offset += count;
        return count;
    }

    @Override
    public void close() throws IOException {
        closes++;
        if (closeFailure != null) {
            throw closeFailure;
        }
    }
}
