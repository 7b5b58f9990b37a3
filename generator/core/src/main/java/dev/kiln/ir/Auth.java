package dev.kiln.ir;

/**
 * How the API takes credentials.
 *
 * @param header the header that carries the API key, such as {@code Authorization}
 * @param prefix the text before the key, such as {@code "Bearer "}
 */
public record Auth(String header, String prefix) {
    /** Bearer tokens in the {@code Authorization} header, the default. */
    public static final Auth BEARER = new Auth("Authorization", "Bearer ");
}
