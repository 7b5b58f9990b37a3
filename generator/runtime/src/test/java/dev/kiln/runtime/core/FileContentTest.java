package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileContentTest {
    @TempDir
    Path directory;

    private Path file(String name, String content) throws Exception {
        return Files.writeString(directory.resolve(name), content);
    }

    // From a path.

    @Test
    void pathGivesItsFileNameAndTheTypeItsExtensionSuggests() throws Exception {
        FileContent csv = FileContent.of(file("report.csv", "a,b\n"));
        FileContent png = FileContent.of(file("logo.png", "not really a png"));

        assertEquals("report.csv", csv.filename());
        assertEquals("text/csv", csv.contentType());
        assertEquals("logo.png", png.filename());
        assertEquals("image/png", png.contentType());
    }

    @Test
    void pathWithAnUnknownExtensionIsAnOctetStream() throws Exception {
        assertEquals(
                "application/octet-stream",
                FileContent.of(file("train.jsonl", "{}")).contentType());
        assertEquals(
                "application/octet-stream", FileContent.of(file("README", "hi")).contentType());
    }

    @Test
    void pathWithAGivenTypeKeepsIt() throws Exception {
        FileContent content = FileContent.of(file("train.jsonl", "{}"), "application/jsonl");

        assertEquals("train.jsonl", content.filename());
        assertEquals("application/jsonl", content.contentType());
    }

    @Test
    void pathWithoutAFileNameIsRejected() {
        Path root = directory.getRoot();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FileContent.of(root));
        assertTrue(e.getMessage().contains("has no file name"), e.getMessage());
    }

    @Test
    void pathIsReadWhenItsBytesAreAskedFor() throws Exception {
        Path path = file("notes.txt", "first");
        FileContent content = FileContent.of(path);

        assertArrayEquals("first".getBytes(StandardCharsets.UTF_8), content.bytes());
        Files.writeString(path, "second");
        assertArrayEquals("second".getBytes(StandardCharsets.UTF_8), content.bytes());
    }

    @Test
    void missingFileFailsUncheckedWhenRead() {
        FileContent content = FileContent.of(directory.resolve("absent.bin"));

        UncheckedIOException read = assertThrows(UncheckedIOException.class, content::bytes);
        assertTrue(read.getMessage().contains("absent.bin"), read.getMessage());
        assertThrows(UncheckedIOException.class, content::publisher);
    }

    @Test
    void pathPublisherStreamsTheFileAgainOnEachCall() throws Exception {
        Path path = file("data.csv", "1,2,3\n");
        FileContent content = FileContent.of(path);

        HttpRequest.BodyPublisher first = content.publisher();
        assertEquals(6, first.contentLength());
        assertArrayEquals("1,2,3\n".getBytes(StandardCharsets.UTF_8), PublishedBody.bytesOf(first));

        Files.writeString(path, "4,5\n");
        HttpRequest.BodyPublisher retry = content.publisher();
        assertEquals(4, retry.contentLength());
        assertArrayEquals("4,5\n".getBytes(StandardCharsets.UTF_8), PublishedBody.bytesOf(retry));
    }

    // From bytes.

    @Test
    void bytesDefaultToAnOctetStream() {
        FileContent content = FileContent.of(new byte[] {1, 2, 3}, "blob.bin");

        assertEquals("blob.bin", content.filename());
        assertEquals("application/octet-stream", content.contentType());
        assertArrayEquals(new byte[] {1, 2, 3}, content.bytes());
    }

    @Test
    void bytesAreCopiedInAndOut() {
        byte[] original = {1, 2, 3};
        FileContent content = FileContent.of(original, "blob.bin", "image/png");

        original[0] = 9;
        content.bytes()[1] = 9;

        assertArrayEquals(new byte[] {1, 2, 3}, content.bytes());
        assertEquals("image/png", content.contentType());
    }

    @Test
    void bytesPublisherPublishesThemEachTime() throws Exception {
        FileContent content = FileContent.of(new byte[] {0, (byte) 0xFF, 10, 13}, "raw.bin");

        assertEquals(4, content.publisher().contentLength());
        assertArrayEquals(new byte[] {0, (byte) 0xFF, 10, 13}, PublishedBody.bytesOf(content.publisher()));
        assertArrayEquals(new byte[] {0, (byte) 0xFF, 10, 13}, PublishedBody.bytesOf(content.publisher()));
    }

    @Test
    void contentTypeMustBeOneNonBlankLine() {
        byte[] bytes = {1};

        assertThrows(IllegalArgumentException.class, () -> FileContent.of(bytes, "a.bin", " "));
        IllegalArgumentException injected = assertThrows(
                IllegalArgumentException.class, () -> FileContent.of(bytes, "a.bin", "text/plain\r\nX-Evil: 1"));
        assertTrue(injected.getMessage().contains("a.bin"), injected.getMessage());
        assertThrows(NullPointerException.class, () -> FileContent.of(bytes, null));
    }

    // Value semantics.

    @Test
    void equalWhenContentNameAndTypeAreEqual() {
        FileContent content = FileContent.of(new byte[] {1, 2}, "a.bin", "image/png");

        assertEquals(content, FileContent.of(new byte[] {1, 2}, "a.bin", "image/png"));
        assertEquals(
                content.hashCode(),
                FileContent.of(new byte[] {1, 2}, "a.bin", "image/png").hashCode());
        assertNotEquals(content, FileContent.of(new byte[] {1, 3}, "a.bin", "image/png"));
        assertNotEquals(content, FileContent.of(new byte[] {1, 2}, "b.bin", "image/png"));
        assertNotEquals(content, FileContent.of(new byte[] {1, 2}, "a.bin", "image/gif"));
    }

    @Test
    void pathsAreEqualByPathNameAndTypeNotByContent() throws Exception {
        Path path = file("a.txt", "same");
        Path other = file("b.txt", "same");

        assertEquals(FileContent.of(path), FileContent.of(path));
        assertEquals(FileContent.of(path).hashCode(), FileContent.of(path).hashCode());
        assertNotEquals(FileContent.of(path), FileContent.of(path, "application/octet-stream"));
        assertNotEquals(FileContent.of(path), FileContent.of(other));
        FileContent inMemory = FileContent.of("same".getBytes(StandardCharsets.UTF_8), "a.txt", "text/plain");
        assertNotEquals(FileContent.of(path), inMemory);
        assertNotEquals(inMemory, FileContent.of(path));
    }

    @Test
    void toStringShowsNameTypeAndSizeButNotTheContent() throws Exception {
        FileContent content = FileContent.of("secret,data\n".getBytes(StandardCharsets.UTF_8), "a.csv", "text/csv");
        Path path = file("b.csv", "secret");

        assertEquals("FileContent{filename=a.csv, contentType=text/csv, 12 bytes}", content.toString());
        assertEquals(
                "FileContent{filename=b.csv, contentType=text/csv, path=" + path + "}",
                FileContent.of(path).toString());
        assertFalse(content.toString().contains("secret"));
    }

    // The codec for binary content inside JSON.

    @Test
    void codecReadsAStringAsItsUtf8Bytes() {
        FileContent content = Codecs.FILE_CONTENT.decode(Json.parse("\"héllo ✓\""), "$.file");

        assertArrayEquals("héllo ✓".getBytes(StandardCharsets.UTF_8), content.bytes());
        assertEquals("file", content.filename());
        assertEquals("application/octet-stream", content.contentType());
    }

    @Test
    void codecWritesTheSameStringBack() {
        JsonNode original = Json.parse("\"line one\\nhéllo ✓\"");

        JsonNode written = Codecs.FILE_CONTENT.encode(Codecs.FILE_CONTENT.decode(original, "$"));

        assertEquals(original, Json.parse(Json.write(written)));
        assertEquals("\"line one\\nhéllo ✓\"", Json.write(written));
    }

    @Test
    void codecWritesAnyContentAsUtf8Text() {
        FileContent content = FileContent.of("a,b".getBytes(StandardCharsets.UTF_8), "x.csv", "text/csv");

        assertEquals("\"a,b\"", Json.write(Codecs.FILE_CONTENT.encode(content)));
    }

    @Test
    void codecRejectsWhatIsNotAString() {
        JsonDataException e = assertThrows(
                JsonDataException.class, () -> Codecs.FILE_CONTENT.decode(Json.parse("12"), "$.training_file"));

        assertEquals("$.training_file", e.path());
        assertEquals("$.training_file: expected a string but was number 12", e.getMessage());
    }
}
