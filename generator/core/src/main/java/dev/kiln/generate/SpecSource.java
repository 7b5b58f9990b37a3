package dev.kiln.generate;

import dev.kiln.digest.Sha256;
import dev.kiln.remote.RemoteFetcher;
import dev.kiln.remote.RemoteSpecException;
import java.io.IOException;
import java.nio.file.Files;

/**
 * Makes a request's spec ready to read before anything hashes or reads it: a remote spec fetched into its cache (or
 * found there offline), and a pinned spec's digest checked.
 */
final class SpecSource {
    private SpecSource() {}

    /**
     * Fetches and checks the request's spec.
     *
     * @param request the request
     * @param log where fetching is reported
     * @throws GenerationFailure when the remote spec cannot be had, or the spec's digest is not the pinned one
     * @throws IOException when the cache or the spec cannot be read or written
     */
    static void prepare(GenerationRequest request, GenerationLog log) throws GenerationFailure, IOException {
        if (request.specSettings().remote().isPresent()) {
            try {
                new RemoteFetcher(log::info)
                        .fetch(request.specSettings().remote().get());
            } catch (RemoteSpecException e) {
                throw new GenerationFailure(GenerationFailure.Reason.SPEC_UNAVAILABLE, e.getMessage());
            }
        }
        if (request.specSettings().sha256().isPresent() && Files.isRegularFile(request.spec())) {
            String pinned = request.specSettings().sha256().get();
            String actual = Sha256.hex(Files.readAllBytes(request.spec()));
            if (!actual.equals(pinned)) {
                String message = "[KILN-SPEC-CHECKSUM] " + request.specDisplayName() + " has SHA-256 " + actual
                        + ", not the " + pinned + " the settings pin; if the change is expected, read it and pin the"
                        + " new digest (specChecksum, --spec-checksum)";
                throw new GenerationFailure(GenerationFailure.Reason.SPEC_CHECKSUM, message);
            }
        }
    }
}
