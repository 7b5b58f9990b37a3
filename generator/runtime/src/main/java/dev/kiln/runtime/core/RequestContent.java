package dev.kiln.runtime.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A request body ready to send: its content type and its encoded content, as JSON, as an HTML form or as
 * {@code multipart/form-data}. The content can be published any number of times, so a retried request sends it
 * again in full. Immutable.
 */
public final class RequestContent {
    private static final String BOUNDARY_PREFIX = "kiln-boundary-";
    private static final int BOUNDARY_RANDOM_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] CRLF = {'\r', '\n'};

    private final String contentType;
    /** The content in order: byte arrays and files, files being read only when published. */
    private final List<Segment> segments;

    private RequestContent(String contentType, List<Segment> segments) {
        this.contentType = contentType;
        this.segments = List.copyOf(segments);
    }

    /**
     * Returns a body that is a file's bytes, as they are, of the file's content type. A file on disk is streamed.
     *
     * @param file the file
     * @return content of the file's type
     */
    public static RequestContent file(FileContent file) {
        Objects.requireNonNull(file, "file");
        return new RequestContent(file.contentType(), List.of(new FileSegment(file)));
    }

    /**
     * Returns a body of any type held in memory, such as one an {@link Interceptor} sends in place of another.
     *
     * @param contentType the value of the {@code Content-Type} header
     * @param bytes the body's bytes
     * @return the content
     */
    public static RequestContent of(String contentType, byte[] bytes) {
        Objects.requireNonNull(contentType, "contentType");
        return new RequestContent(contentType, List.of(new ByteSegment(bytes.clone())));
    }

    /**
     * Returns a JSON body.
     *
     * @param body the JSON value
     * @return content of type {@code application/json}, the value as compact UTF-8 JSON text
     */
    public static RequestContent json(JsonNode body) {
        byte[] text = Json.write(Objects.requireNonNull(body, "body")).getBytes(StandardCharsets.UTF_8);
        return new RequestContent("application/json", List.of(new ByteSegment(text)));
    }

    /**
     * Returns an HTML form body ({@code application/x-www-form-urlencoded}) with the members of a JSON object as
     * its fields, in the object's order. Each value becomes {@code name=value} pairs as follows:
     *
     * <ul>
     *   <li>null is left out;
     *   <li>a string is sent as it is, a boolean as {@code true} or {@code false}, a number as its plain decimal
     *       text ({@code 10}, {@code 1.5}, never an exponent);
     *   <li>an object sends each of its members with the member's name in brackets after the object's name, at
     *       any depth ({@code metadata[key]=v}, {@code meta[a][b]=v}); an empty object sends nothing;
     *   <li>an array repeats its name once for each scalar element ({@code tag=a&tag=b}, and inside an object
     *       {@code meta[list]=x&meta[list]=y}); an element that is itself an object or an array is named by its
     *       index in brackets instead ({@code items[0][price]=p}), so that the members of different elements stay
     *       apart; null elements are left out and an empty array sends nothing.
     * </ul>
     *
     * <p>Names and values are percent-encoded as query components (see {@link UrlEncoding#queryComponent}): a
     * space is {@code %20}, and the brackets of nested names are sent as {@code %5B} and {@code %5D}.
     *
     * @param fields a JSON object holding the fields
     * @return content of type {@code application/x-www-form-urlencoded}
     * @throws IllegalArgumentException when {@code fields} is not a JSON object
     */
    public static RequestContent form(JsonNode fields) {
        requireObject(fields, "form");
        StringBuilder form = new StringBuilder();
        Json.members(fields).forEach(field -> appendFormField(form, field.getKey(), field.getValue()));
        byte[] text = form.toString().getBytes(StandardCharsets.UTF_8);
        return new RequestContent("application/x-www-form-urlencoded", List.of(new ByteSegment(text)));
    }

    /**
     * Returns a {@code multipart/form-data} body (RFC 7578) with the members of a JSON object and then the files.
     * The members come first, in the object's order:
     *
     * <ul>
     *   <li>null is left out, and so is a member whose name is a key of {@code files}: the files replace it;
     *   <li>a string, number or boolean is one text part with no content type, holding the value's text in UTF-8;
     *   <li>an object is one part of type {@code application/json} holding its JSON text;
     *   <li>an array is one part for each element, all with the array's name, each sent as above (a scalar as
     *       text, an object or array as JSON); null elements are left out.
     * </ul>
     *
     * <p>Then each file of {@code files}, in the map's order and each list's order, is a part named by its key,
     * with the file's name and content type. A file on disk is streamed when the content is published, not read
     * into memory. In names and file names, {@code "}, CR and LF are sent as {@code %22}, {@code %0D} and
     * {@code %0A}, as browsers do.
     *
     * <p>The boundary is random, and is chosen again while it occurs in any part held in memory. Files on disk are
     * not read to check: a random boundary of 128 bits does not occur in them by chance.
     *
     * @param fields a JSON object holding the non-file fields
     * @param files the files to upload, by field name
     * @return content of type {@code multipart/form-data; boundary=...}
     * @throws IllegalArgumentException when {@code fields} is not a JSON object
     */
    public static RequestContent multipart(JsonNode fields, Map<String, List<FileContent>> files) {
        return multipart(fields, files, RequestContent::randomBoundary);
    }

    /**
     * Returns a {@code multipart/form-data} body of a JSON object in which files are members: every
     * {@link FileContent} in it (as {@link Codecs#FILE_CONTENT} writes one, at the top, in an array or as the value
     * of a union) is sent as a file part under its member's name, in place; everything else as
     * {@link #multipart(JsonNode, Map)} describes.
     *
     * @param fields a JSON object holding the fields and files
     * @return content of type {@code multipart/form-data; boundary=...}
     * @throws IllegalArgumentException when {@code fields} is not a JSON object
     */
    public static RequestContent multipart(JsonNode fields) {
        return multipart(fields, Map.of());
    }

    /** Builds a multipart body taking boundaries from {@code boundaries} until one fits. */
    static RequestContent multipart(
            JsonNode fields, Map<String, List<FileContent>> files, Supplier<String> boundaries) {
        requireObject(fields, "multipart");
        Objects.requireNonNull(files, "files");
        List<Part> parts = new ArrayList<>();
        Json.members(fields).forEach(field -> {
            if (!files.containsKey(field.getKey())) {
                addFieldParts(parts, field.getKey(), field.getValue());
            }
        });
        files.forEach((name, list) -> list.forEach(file -> parts.add(filePart(name, file))));
        String boundary = boundaries.get();
        while (occursIn(parts, boundary.getBytes(StandardCharsets.US_ASCII))) {
            boundary = boundaries.get();
        }
        return new RequestContent("multipart/form-data; boundary=" + boundary, layOut(parts, boundary));
    }

    /** Lays out the parts between boundaries, joining what is in memory and leaving each file on its own. */
    private static List<Segment> layOut(List<Part> parts, String boundary) {
        byte[] delimiter = ("--" + boundary + "\r\n").getBytes(StandardCharsets.US_ASCII);
        List<Segment> segments = new ArrayList<>();
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        for (Part part : parts) {
            pending.writeBytes(delimiter);
            pending.writeBytes(part.headers().getBytes(StandardCharsets.UTF_8));
            pending.writeBytes(CRLF);
            if (part.text() != null) {
                pending.writeBytes(part.text());
            } else {
                segments.add(new ByteSegment(pending.toByteArray()));
                pending.reset();
                segments.add(new FileSegment(part.file()));
            }
            pending.writeBytes(CRLF);
        }
        pending.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        segments.add(new ByteSegment(pending.toByteArray()));
        return segments;
    }

    /**
     * Returns the value of the {@code Content-Type} header to send with the content.
     *
     * @return the content type, such as {@code application/json}
     */
    public String contentType() {
        return contentType;
    }

    /**
     * Returns a new publisher of the content, for one sending of the request. Files are streamed from disk, and
     * each publisher reads them again.
     *
     * @return the publisher, whose content length is known
     * @throws java.io.UncheckedIOException when a file to upload does not exist
     */
    public HttpRequest.BodyPublisher publisher() {
        if (segments.size() == 1) {
            return segments.get(0).publisher();
        }
        HttpRequest.BodyPublisher[] publishers = new HttpRequest.BodyPublisher[segments.size()];
        for (int i = 0; i < publishers.length; i++) {
            publishers[i] = segments.get(i).publisher();
        }
        return HttpRequest.BodyPublishers.concat(publishers);
    }

    /**
     * Writes the content as a publisher sends it, streaming files from disk: how a {@link Transport} other than
     * {@code java.net.http} sends a body, as often as the request is sent.
     *
     * @param out where to write
     * @throws IOException when a file cannot be read or {@code out} cannot be written
     */
    public void writeTo(OutputStream out) throws IOException {
        for (Segment segment : segments) {
            segment.writeTo(out);
        }
    }

    /**
     * Returns the content's length in bytes, reading the sizes of files from disk.
     *
     * @return the length
     * @throws IOException when a file's size cannot be read
     */
    public long contentLength() throws IOException {
        long length = 0;
        for (Segment segment : segments) {
            length += segment.length();
        }
        return length;
    }

    /** Fails when a file to upload cannot be read, before any attempt is made. */
    void checkFilesReadable() {
        for (Segment segment : segments) {
            if (segment instanceof FileSegment) {
                segment.publisher();
            }
        }
    }

    /**
     * Returns the whole encoded content, reading any files into memory: for tests and logging.
     *
     * @return the bytes a publisher sends
     * @throws java.io.UncheckedIOException when a file to upload cannot be read
     */
    public byte[] toByteArray() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Segment segment : segments) {
            out.writeBytes(segment.bytes());
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return "RequestContent{contentType=" + contentType + "}";
    }

    private static void requireObject(JsonNode fields, String kind) {
        Objects.requireNonNull(fields, "fields");
        if (!fields.isObject()) {
            throw new IllegalArgumentException(
                    "the fields of a " + kind + " body must be a JSON object but were " + Codecs.describe(fields));
        }
    }

    private static void appendFormField(StringBuilder form, String name, JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            return;
        }
        if (value.isObject()) {
            Json.members(value)
                    .forEach(member -> appendFormField(form, name + "[" + member.getKey() + "]", member.getValue()));
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                JsonNode element = value.get(i);
                boolean nested = element.isObject() || element.isArray();
                appendFormField(form, nested ? name + "[" + i + "]" : name, element);
            }
        } else {
            if (form.length() > 0) {
                form.append('&');
            }
            form.append(UrlEncoding.queryComponent(name))
                    .append('=')
                    .append(UrlEncoding.queryComponent(scalarText(value)));
        }
    }

    private static void addFieldParts(List<Part> parts, String name, JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            return;
        }
        Optional<FileContent> file = file(value);
        if (file.isPresent()) {
            parts.add(filePart(name, file.get()));
        } else if (value.isArray()) {
            for (JsonNode element : value) {
                if (!element.isArray()) {
                    addFieldParts(parts, name, element);
                } else {
                    parts.add(jsonPart(name, element));
                }
            }
        } else if (value.isObject()) {
            parts.add(jsonPart(name, value));
        } else {
            String headers = "Content-Disposition: form-data; name=\"" + quoted(name) + "\"\r\n";
            parts.add(new Part(headers, scalarText(value).getBytes(StandardCharsets.UTF_8), null));
        }
    }

    private static Part filePart(String name, FileContent file) {
        String headers = "Content-Disposition: form-data; name=\"" + quoted(name) + "\"; filename=\""
                + quoted(file.filename()) + "\"\r\nContent-Type: " + file.contentType() + "\r\n";
        return new Part(headers, null, file);
    }

    /** The file a JSON node holds, when it is one {@link Codecs#FILE_CONTENT} wrote. */
    private static Optional<FileContent> file(JsonNode value) {
        return value instanceof POJONode pojo && pojo.getPojo() instanceof FileContent file
                ? Optional.of(file)
                : Optional.empty();
    }

    private static Part jsonPart(String name, JsonNode value) {
        String headers =
                "Content-Disposition: form-data; name=\"" + quoted(name) + "\"\r\nContent-Type: application/json\r\n";
        return new Part(headers, Json.write(value).getBytes(StandardCharsets.UTF_8), null);
    }

    /** The text of a string, number or boolean; numbers in plain decimal notation, without an exponent. */
    private static String scalarText(JsonNode value) {
        Optional<FileContent> file = file(value);
        if (file.isPresent()) {
            return file.get().text();
        }
        if (value.isBigDecimal()) {
            return value.decimalValue().toPlainString();
        }
        return value.asText();
    }

    /** Escapes a name or file name for a quoted string in a {@code Content-Disposition} header. */
    private static String quoted(String name) {
        return name.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String randomBoundary() {
        byte[] random = new byte[BOUNDARY_RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return BOUNDARY_PREFIX + HexFormat.of().formatHex(random);
    }

    private static boolean occursIn(List<Part> parts, byte[] boundary) {
        for (Part part : parts) {
            if (indexOf(part.headers().getBytes(StandardCharsets.UTF_8), boundary) >= 0) {
                return true;
            }
            byte[] body = part.text() != null
                    ? part.text()
                    : part.file().heldContent().orElse(null);
            if (body != null && indexOf(body, boundary) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Returns where {@code sequence} first occurs in {@code data}, or -1. */
    private static int indexOf(byte[] data, byte[] sequence) {
        outer:
        for (int start = 0; start <= data.length - sequence.length; start++) {
            for (int i = 0; i < sequence.length; i++) {
                if (data[start + i] != sequence[i]) {
                    continue outer;
                }
            }
            return start;
        }
        return -1;
    }

    /** One part of a multipart body: its header lines, each ending in CRLF, and either its text or its file. */
    private record Part(String headers, byte[] text, FileContent file) {}

    /** A stretch of the content. */
    private interface Segment {
        HttpRequest.BodyPublisher publisher();

        byte[] bytes();

        void writeTo(OutputStream out) throws IOException;

        long length() throws IOException;
    }

    /** Bytes held in memory. */
    private static final class ByteSegment implements Segment {
        private final byte[] content;

        ByteSegment(byte[] content) {
            this.content = content;
        }

        @Override
        public HttpRequest.BodyPublisher publisher() {
            return HttpRequest.BodyPublishers.ofByteArray(content);
        }

        @Override
        public byte[] bytes() {
            return content;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            out.write(content);
        }

        @Override
        public long length() {
            return content.length;
        }
    }

    /** A file's content, read when published. */
    private static final class FileSegment implements Segment {
        private final FileContent file;

        FileSegment(FileContent file) {
            this.file = file;
        }

        @Override
        public HttpRequest.BodyPublisher publisher() {
            return file.publisher();
        }

        @Override
        public byte[] bytes() {
            return file.bytes();
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            file.writeTo(out);
        }

        @Override
        public long length() throws IOException {
            return file.length();
        }
    }
}
