package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BinaryResponseTest {
    private static final byte[] AUDIO = audio();

    @TempDir
    Path directory;

    private static byte[] audio() {
        byte[] bytes = new byte[20_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }

    private static HttpHeaders headers(Map<String, List<String>> values) {
        return HttpHeaders.of(values, (name, value) -> true);
    }

    private static BinaryResponse response(InputStream body) {
        return new BinaryResponse(200, headers(Map.of("Content-Type", List.of("audio/mpeg"))), body);
    }

    @Test
    void exposesStatusHeadersContentTypeAndRequestId() {
        HttpHeaders headers = headers(Map.of("content-type", List.of("audio/wav"), "x-request-id", List.of("req_9")));
        BinaryResponse response = new BinaryResponse(206, headers, TrackedInputStream.ofChunks());

        assertEquals(206, response.statusCode());
        assertSame(headers, response.headers());
        assertEquals(Optional.of("audio/wav"), response.contentType());
        assertEquals(Optional.of("req_9"), response.requestId());
        assertEquals("BinaryResponse{statusCode=206, contentType=audio/wav, requestId=req_9}", response.toString());
    }

    @Test
    void contentTypeAndRequestIdMayBeAbsent() {
        BinaryResponse bare = new BinaryResponse(200, headers(Map.of()), TrackedInputStream.ofChunks());
        HttpHeaders amazon = headers(Map.of("x-amzn-requestid", List.of("amz-1")));
        BinaryResponse fallback = new BinaryResponse(200, amazon, TrackedInputStream.ofChunks());

        assertEquals(Optional.empty(), bare.contentType());
        assertEquals(Optional.empty(), bare.requestId());
        assertEquals(Optional.of("amz-1"), fallback.requestId());
    }

    @Test
    void readAllBytesReadsTheWholeBodyAndCloses() {
        TrackedInputStream body = TrackedInputStream.ofBytes(AUDIO, 4096);
        BinaryResponse response = response(body);

        assertArrayEquals(AUDIO, response.readAllBytes());

        assertEquals(1, body.closes());
        assertThrows(IllegalStateException.class, response::readAllBytes);
    }

    @Test
    void bodyIsTheStreamAndCanBeTakenOnce() throws IOException {
        TrackedInputStream body = TrackedInputStream.ofChunks("abc");
        BinaryResponse response = response(body);

        InputStream stream = response.body();

        assertSame(body, stream);
        assertEquals("abc", new String(stream.readAllBytes(), StandardCharsets.UTF_8));
        IllegalStateException again = assertThrows(IllegalStateException.class, response::readAllBytes);
        assertEquals("the response body was already taken", again.getMessage());
        assertThrows(IllegalStateException.class, response::body);
        assertThrows(IllegalStateException.class, () -> response.transferTo(new ByteArrayOutputStream()));
        assertThrows(IllegalStateException.class, () -> response.writeTo(directory.resolve("x")));
        assertEquals(0, body.closes());
        response.close();
        assertEquals(1, body.closes());
    }

    @Test
    void transferToCopiesEverythingLeavesTheTargetOpenAndCloses() {
        TrackedInputStream body = TrackedInputStream.ofBytes(AUDIO, 1000);
        BinaryResponse response = response(body);
        boolean[] targetClosed = {false};
        ByteArrayOutputStream target = new ByteArrayOutputStream() {
            @Override
            public void close() {
                targetClosed[0] = true;
            }
        };

        assertEquals(AUDIO.length, response.transferTo(target));

        assertArrayEquals(AUDIO, target.toByteArray());
        assertFalse(targetClosed[0]);
        assertEquals(1, body.closes());
    }

    @Test
    void transferToFailureIsUncheckedAndCloses() {
        IOException reset = new IOException("connection reset");
        TrackedInputStream body = TrackedInputStream.ofChunks("part").thenFail(reset);
        BinaryResponse response = response(body);

        UncheckedIOException e =
                assertThrows(UncheckedIOException.class, () -> response.transferTo(new ByteArrayOutputStream()));

        assertSame(reset, e.getCause());
        assertEquals(1, body.closes());
    }

    @Test
    void writeToCreatesTheFile() throws IOException {
        TrackedInputStream body = TrackedInputStream.ofBytes(AUDIO, 3000);
        Path file = directory.resolve("speech.mp3");

        assertEquals(AUDIO.length, response(body).writeTo(file));

        assertArrayEquals(AUDIO, Files.readAllBytes(file));
        assertEquals(1, body.closes());
    }

    @Test
    void writeToReplacesALongerFileCompletely() throws IOException {
        Path file = Files.writeString(directory.resolve("out.bin"), "an older and much longer content");

        assertEquals(3, response(TrackedInputStream.ofChunks("new")).writeTo(file));

        assertEquals("new", Files.readString(file));
    }

    @Test
    void writeToFailureDeletesThePartialFileAndCloses() {
        IOException reset = new IOException("connection reset");
        TrackedInputStream body = TrackedInputStream.ofChunks("partial").thenFail(reset);
        Path file = directory.resolve("speech.mp3");

        UncheckedIOException e =
                assertThrows(UncheckedIOException.class, () -> response(body).writeTo(file));

        assertSame(reset, e.getCause());
        assertTrue(e.getMessage().contains("speech.mp3"), e.getMessage());
        assertFalse(Files.exists(file));
        assertEquals(1, body.closes());
    }

    @Test
    void writeToADirectoryThatDoesNotExistFailsAndCloses() {
        TrackedInputStream body = TrackedInputStream.ofChunks("data");

        assertThrows(UncheckedIOException.class, () -> response(body).writeTo(directory.resolve("no/such/file")));

        assertEquals(1, body.closes());
    }

    @Test
    void readFailureIsUncheckedAndCloses() {
        IOException reset = new IOException("connection reset");
        TrackedInputStream body = TrackedInputStream.ofChunks("part").thenFail(reset);
        BinaryResponse response = response(body);

        UncheckedIOException e = assertThrows(UncheckedIOException.class, response::readAllBytes);

        assertSame(reset, e.getCause());
        assertEquals(1, body.closes());
    }

    @Test
    void closeIsIdempotentAndEndsAccessToTheBody() {
        TrackedInputStream body = TrackedInputStream.ofChunks("unread");
        BinaryResponse response = response(body);

        response.close();
        response.close();

        assertEquals(1, body.closes());
        IllegalStateException e = assertThrows(IllegalStateException.class, response::readAllBytes);
        assertEquals("the response is closed", e.getMessage());
        assertThrows(IllegalStateException.class, response::body);
    }

    @Test
    void closeFailureIsUnchecked() {
        IOException failure = new IOException("close failed");
        BinaryResponse response = response(TrackedInputStream.ofChunks().failOnClose(failure));

        UncheckedIOException e = assertThrows(UncheckedIOException.class, response::close);

        assertSame(failure, e.getCause());
    }

    @Test
    void closeFailureAfterAReadFailureIsKeptAsSuppressed() {
        IOException reset = new IOException("connection reset");
        IOException closing = new IOException("close failed");
        BinaryResponse response =
                response(TrackedInputStream.ofChunks("x").thenFail(reset).failOnClose(closing));

        UncheckedIOException e = assertThrows(UncheckedIOException.class, response::readAllBytes);

        assertSame(reset, e.getCause());
        assertArrayEquals(new Throwable[] {closing}, reset.getSuppressed());
    }

    @Test
    void worksInTryWithResources() {
        TrackedInputStream body = TrackedInputStream.ofChunks("ab", "cd");
        OutputStream sink = new ByteArrayOutputStream();

        try (BinaryResponse response = response(body)) {
            assertEquals(4, response.transferTo(sink));
        }

        assertEquals("abcd", sink.toString());
        assertEquals(1, body.closes());
    }
}
