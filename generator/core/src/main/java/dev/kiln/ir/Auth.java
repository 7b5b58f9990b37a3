package dev.kiln.ir;

import java.util.List;

/**
 * How the API takes credentials.
 *
 * @param header the header that carries the API key, such as {@code Authorization}
 * @param prefix the text before the key, such as {@code "Bearer "}
 * @param schemes every security scheme the spec declares, in spec order; empty when it declares none
 */
public record Auth(String header, String prefix, List<AuthScheme> schemes) {
    /** Bearer tokens in the {@code Authorization} header, the default. */
    public static final Auth BEARER = new Auth("Authorization", "Bearer ");

    public Auth {
        schemes = List.copyOf(schemes);
    }

    /**
     * Credentials in one header, with no scheme declared.
     *
     * @param header the header that carries the API key
     * @param prefix the text before the key
     */
    public Auth(String header, String prefix) {
        this(header, prefix, List.of());
    }

    /**
     * Returns this auth with the schemes the spec declares.
     *
     * @param declared the schemes, in spec order
     * @return the auth
     */
    public Auth withSchemes(List<AuthScheme> declared) {
        return new Auth(header, prefix, declared);
    }
}
