package dev.kiln.runtime.core;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** A secret in a header, asked of a supplier on each attempt. */
class HeaderCredentials implements Credentials {
    private final String header;
    private final String prefix;
    private final Supplier<String> secret;

    HeaderCredentials(String header, String prefix, Supplier<String> secret) {
        this.header = Objects.requireNonNull(header, "header");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.secret = Objects.requireNonNull(secret, "secret");
    }

    @Override
    public TransportRequest authorize(TransportRequest request) {
        return request.toBuilder().header(header, value()).build();
    }

    @Override
    public boolean renewAfterUnauthorized(TransportRequest rejected) {
        Optional<String> sent = rejected.header(header);
        return sent.isPresent() && !sent.get().equals(value());
    }

    @Override
    public Set<String> secretHeaders() {
        return Set.of(header);
    }

    private String value() {
        String value = Objects.requireNonNull(secret.get(), "the credentials' supplier gave null");
        return prefix + requireHeaderSafe(value, "the secret");
    }

    @Override
    public String toString() {
        return "header " + header + ": " + prefix + "****";
    }

    /**
     * Checks that a secret can be sent in a header: the JDK's HTTP client rejects such a value on every call, with
     * the value (here, the secret) in its message. This message never shows it.
     */
    static String requireHeaderSafe(String secret, String what) {
        for (int i = 0; i < secret.length(); i++) {
            char c = secret.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F || c > 0xFF) {
                throw new IllegalArgumentException(what + " cannot be sent in an HTTP header: character " + (i + 1)
                        + " of " + secret.length()
                        + " is a line break, a control character or not Latin-1; check how it is read");
            }
        }
        return secret;
    }
}
