package dev.kiln.runtime.core;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** Credentials added one after the other. */
final class CredentialList implements Credentials {
    private final List<Credentials> all;

    CredentialList(List<Credentials> all) {
        this.all = all;
    }

    @Override
    public TransportRequest authorize(TransportRequest request) {
        TransportRequest authorized = request;
        for (Credentials credentials : all) {
            authorized = credentials.authorize(authorized);
        }
        return authorized;
    }

    @Override
    public CompletableFuture<TransportRequest> authorizeAsync(TransportRequest request) {
        CompletableFuture<TransportRequest> authorized = CompletableFuture.completedFuture(request);
        for (Credentials credentials : all) {
            authorized = authorized.thenCompose(credentials::authorizeAsync);
        }
        return authorized;
    }

    @Override
    public boolean renewAfterUnauthorized(TransportRequest rejected) {
        boolean renewed = false;
        for (Credentials credentials : all) {
            renewed |= credentials.renewAfterUnauthorized(rejected);
        }
        return renewed;
    }

    @Override
    public Set<String> secretHeaders() {
        Set<String> names = new HashSet<>();
        all.forEach(credentials -> names.addAll(credentials.secretHeaders()));
        return Set.copyOf(names);
    }

    @Override
    public Set<String> secretQueryParameters() {
        Set<String> names = new HashSet<>();
        all.forEach(credentials -> names.addAll(credentials.secretQueryParameters()));
        return Set.copyOf(names);
    }

    @Override
    public String toString() {
        return all.toString();
    }
}
