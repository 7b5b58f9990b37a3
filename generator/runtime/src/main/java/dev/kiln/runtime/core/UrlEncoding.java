package dev.kiln.runtime.core;

import java.nio.charset.StandardCharsets;

/** Percent-encodes values for the path and query of a URL (RFC 3986), so that a value can never change the URL's shape. */
public final class UrlEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlEncoding() {}

    /**
     * Encodes a value as one path segment: everything but unreserved characters is percent-encoded, and the
     * segments {@code .} and {@code ..} are encoded too, so that no value can climb out of its path.
     *
     * @param value the raw value
     * @return the encoded segment
     */
    public static String pathSegment(String value) {
        if (value.equals(".") || value.equals("..")) {
            return value.replace(".", "%2E");
        }
        return encode(value);
    }

    /**
     * Encodes a query parameter name or value.
     *
     * @param value the raw value
     * @return the encoded value
     */
    public static String queryComponent(String value) {
        return encode(value);
    }

    private static String encode(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~';
    }
}
