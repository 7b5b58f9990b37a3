package dev.kiln.runtime.core;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A file to upload in a multipart request: its content, held in memory or read from a path when sent, with the
 * file name and content type to send it under. Immutable.
 */
public final class FileContent {
    private static final String OCTET_STREAM = "application/octet-stream";

    /** The file to read, or null when the content is held in {@link #content}. */
    private final Path path;
    /** The content held in memory, or null when it is read from {@link #path}. */
    private final byte[] content;

    private final String filename;
    private final String contentType;

    private FileContent(Path path, byte[] content, String filename, String contentType) {
        this.path = path;
        this.content = content;
        this.filename = Objects.requireNonNull(filename, "filename");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        if (contentType.isBlank() || contentType.indexOf('\r') >= 0 || contentType.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("not a valid content type for " + filename + ": '" + contentType + "'");
        }
    }

    /**
     * Returns the file at a path, named by the path's file name, with the content type its extension suggests
     * ({@code application/octet-stream} when there is none). The file is read each time the request is sent.
     *
     * @param path the file
     * @return the file content
     * @throws IllegalArgumentException when the path has no file name, such as a root directory
     */
    public static FileContent of(Path path) {
        String filename = filenameOf(path);
        String guessed = URLConnection.guessContentTypeFromName(filename);
        return new FileContent(path, null, filename, guessed == null ? OCTET_STREAM : guessed);
    }

    /**
     * Returns the file at a path, named by the path's file name, with the given content type. The file is read
     * each time the request is sent.
     *
     * @param path the file
     * @param contentType the media type to send, such as {@code text/csv}
     * @return the file content
     * @throws IllegalArgumentException when the path has no file name, or the content type is blank or spans lines
     */
    public static FileContent of(Path path, String contentType) {
        return new FileContent(path, null, filenameOf(path), contentType);
    }

    /**
     * Returns content held in memory, sent as {@code application/octet-stream}.
     *
     * @param bytes the content, copied
     * @param filename the file name to send
     * @return the file content
     */
    public static FileContent of(byte[] bytes, String filename) {
        return of(bytes, filename, OCTET_STREAM);
    }

    /**
     * Returns content held in memory.
     *
     * @param bytes the content, copied
     * @param filename the file name to send
     * @param contentType the media type to send, such as {@code image/png}
     * @return the file content
     * @throws IllegalArgumentException when the content type is blank or spans lines
     */
    public static FileContent of(byte[] bytes, String filename, String contentType) {
        return new FileContent(null, bytes.clone(), filename, contentType);
    }

    /**
     * Returns the file name sent with the content.
     *
     * @return the file name, such as {@code data.csv}
     */
    public String filename() {
        return filename;
    }

    /**
     * Returns the media type sent with the content.
     *
     * @return the content type, such as {@code text/csv}
     */
    public String contentType() {
        return contentType;
    }

    /**
     * Returns the content: a copy of the bytes held in memory, or the file's bytes read now.
     *
     * @return the content
     * @throws UncheckedIOException when the file cannot be read
     */
    public byte[] bytes() {
        if (content != null) {
            return content.clone();
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /**
     * Writes the content: the bytes held in memory, or the file streamed from disk.
     *
     * @param out where to write
     * @throws IOException when the file cannot be read or {@code out} cannot be written
     */
    void writeTo(OutputStream out) throws IOException {
        if (content != null) {
            out.write(content);
        } else {
            Files.copy(path, out);
        }
    }

    /** The content's length in bytes, reading a file's size from disk. */
    long length() throws IOException {
        return content != null ? content.length : Files.size(path);
    }

    /**
     * Returns a new publisher of the content. A file is streamed from disk rather than loaded into memory, and
     * each call opens it again, so a retried request sends it again in full.
     *
     * @return the publisher, whose content length is known
     * @throws UncheckedIOException when the file does not exist
     */
    public HttpRequest.BodyPublisher publisher() {
        if (content != null) {
            return HttpRequest.BodyPublishers.ofByteArray(content);
        }
        try {
            return HttpRequest.BodyPublishers.ofFile(path);
        } catch (FileNotFoundException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /**
     * Returns the content held in memory, not copied: callers must not modify it. A file on disk gives empty and
     * is not read.
     */
    Optional<byte[]> heldContent() {
        return Optional.ofNullable(content);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof FileContent)) {
            return false;
        }
        FileContent that = (FileContent) other;
        return Objects.equals(path, that.path)
                && Arrays.equals(content, that.content)
                && filename.equals(that.filename)
                && contentType.equals(that.contentType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, Arrays.hashCode(content), filename, contentType);
    }

    /**
     * Returns the content as UTF-8 text: how a file inside a JSON document is written.
     *
     * @return the text
     */
    @JsonValue
    public String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        String source = content != null ? content.length + " bytes" : "path=" + path;
        return "FileContent{filename=" + filename + ", contentType=" + contentType + ", " + source + "}";
    }

    private static String filenameOf(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            throw new IllegalArgumentException("the path " + path + " has no file name");
        }
        return name.toString();
    }
}
