package dev.kiln.runtime.core;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body as a server receives it, parsed strictly (RFC 7578 / RFC 2046): the boundary
 * from the content type, CRLF line ends, a delimiter before each part and the close delimiter last. The parts keep
 * their bytes exactly, so a test can compare an uploaded file byte for byte.
 */
final class ReceivedMultipart {
    private static final Pattern BOUNDARY =
            Pattern.compile("multipart/form-data; boundary=([0-9A-Za-z'()+_,./:=?-]{1,70})");
    private static final Pattern NAME = Pattern.compile("; name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("; filename=\"([^\"]*)\"");

    /** One part: its header lines by name, and its content. */
    record Part(Map<String, String> headers, byte[] content) {
        String name() {
            return match(NAME, headers.get("Content-Disposition"));
        }

        /** The file name, or null for a part that is not a file. */
        String filename() {
            return match(FILENAME, headers.get("Content-Disposition"));
        }

        /** The part's content type, or null when it names none. */
        String contentType() {
            return headers.get("Content-Type");
        }

        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private ReceivedMultipart() {}

    /**
     * Parses a body.
     *
     * @throws AssertionError when the content type or the body does not follow the format
     */
    static List<Part> parse(String contentType, byte[] body) {
        Matcher type = BOUNDARY.matcher(contentType == null ? "" : contentType);
        check(type.matches(), "not a multipart/form-data content type with a boundary: " + contentType);
        String boundary = type.group(1);
        // ISO-8859-1 maps each byte to one char and back, so the content survives the round trip exactly.
        String raw = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        String close = delimiter + "--\r\n";
        check(raw.endsWith(close), "the body does not end with the close delimiter");
        String inner = raw.substring(0, raw.length() - close.length());
        List<Part> parts = new ArrayList<>();
        if (inner.isEmpty()) {
            return parts;
        }
        check(inner.startsWith(delimiter + "\r\n") && inner.endsWith("\r\n"), "the parts are not delimited");
        inner = inner.substring(delimiter.length() + 2, inner.length() - 2);
        for (String part : inner.split(Pattern.quote("\r\n" + delimiter + "\r\n"), -1)) {
            int headersEnd = part.indexOf("\r\n\r\n");
            check(headersEnd > 0, "a part has no header lines");
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : part.substring(0, headersEnd).split("\r\n", -1)) {
                int colon = line.indexOf(": ");
                check(colon > 0, "not a header line: " + line);
                headers.put(line.substring(0, colon), utf8(line.substring(colon + 2)));
            }
            parts.add(new Part(headers, part.substring(headersEnd + 4).getBytes(StandardCharsets.ISO_8859_1)));
        }
        return parts;
    }

    private static String utf8(String latin1) {
        return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private static String match(Pattern pattern, String disposition) {
        check(disposition != null, "a part has no Content-Disposition");
        Matcher matcher = pattern.matcher(disposition);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static void check(boolean condition, String problem) {
        if (!condition) {
            throw new AssertionError(problem);
        }
    }
}
