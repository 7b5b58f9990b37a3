package dev.kiln.remote;

/**
 * A remote spec that could not be had: a network failure, an answer that is not the spec, or no cached copy offline.
 * Its message names the URL (never a credential) and what to do.
 */
public final class RemoteSpecException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The kinds of failure, each with its stable id. */
    public enum Kind {
        /** The spec or a file it references could not be fetched. */
        FETCH_FAILED("KILN-REMOTE-SPEC"),
        /** Offline, with no cached copy to read. */
        OFFLINE_WITHOUT_CACHE("KILN-REMOTE-SPEC-OFFLINE");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The stable id, such as {@code KILN-REMOTE-SPEC}. */
        public String id() {
            return id;
        }
    }

    private final Kind kind;

    RemoteSpecException(Kind kind, String message) {
        super("[" + kind.id() + "] " + message);
        this.kind = kind;
    }

    /** What failed. */
    public Kind kind() {
        return kind;
    }
}
