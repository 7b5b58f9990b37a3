package dev.kiln.ir;

import java.util.List;

/** One security scheme the spec declares, as the generated client's builder offers it. */
public sealed interface AuthScheme {
    /**
     * Returns the scheme's name in the spec's {@code components.securitySchemes}.
     *
     * @return such as {@code bearerAuth}
     */
    String name();

    /**
     * A token in {@code Authorization: Bearer <token>}: HTTP bearer, and OAuth2 flows other than client credentials
     * (the user brings the token).
     *
     * @param name the scheme's name
     */
    record Bearer(String name) implements AuthScheme {}

    /**
     * An API key in a header, a query parameter or a cookie.
     *
     * @param name the scheme's name
     * @param location where the key goes
     * @param parameter the header's, parameter's or cookie's name
     */
    record ApiKey(String name, Location location, String parameter) implements AuthScheme {}

    /**
     * HTTP Basic: a user name and a password.
     *
     * @param name the scheme's name
     */
    record Basic(String name) implements AuthScheme {}

    /**
     * OAuth2's client-credentials grant: the client fetches its own tokens.
     *
     * @param name the scheme's name
     * @param tokenUrl the token endpoint, as the spec gives it
     * @param scopes the scopes the flow declares, in spec order
     */
    record OAuth2ClientCredentials(String name, String tokenUrl, List<String> scopes) implements AuthScheme {
        public OAuth2ClientCredentials {
            scopes = List.copyOf(scopes);
        }
    }

    /** Where an API key goes. */
    enum Location {
        HEADER,
        QUERY,
        COOKIE
    }
}
