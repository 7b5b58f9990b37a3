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
        return prefix + ClientOptions.requireHeaderSafe(value, "the secret");
    }

    @Override
    public String toString() {
        return "header " + header + ": " + prefix + "****";
    }
}
