package dev.kiln.runtime.core;

/**
 * The connection pool a set of {@link ClientOptions} sends through, and whether the options own it: they own a pool
 * they made (for a transport the user supplied, or the SDK's own HTTP client), so closing them closes it; they share
 * the pool of the options they were derived from, and one around an HTTP client the user supplied.
 *
 * @param pool the pool
 * @param owned whether closing the options closes the pool
 */
record ConnectionChoice(ConnectionPool pool, boolean owned) {

    /** Checks that no HTTP client setting is set beside a transport or an HTTP client that it cannot apply to. */
    static void check(ClientOptionsDraft draft) {
        ClientSettings settings = draft.settings;
        if (settings.httpClient != null && draft.clientSettingsSet) {
            throw new IllegalStateException("connectTimeout, proxy, sslContext and executor configure the HTTP client "
                    + "the SDK builds; with httpClient(...) set them on that client instead");
        }
        if (settings.transport != null && (settings.httpClient != null || draft.httpClientSettingsSet)) {
            throw new IllegalStateException("httpClient, connectTimeout, proxy and sslContext configure the default "
                    + "transport; with transport(...) configure that transport instead");
        }
    }

    /** Chooses the pool for the settings a builder collected, once {@linkplain #check checked}. */
    static ConnectionChoice of(ClientOptionsDraft draft) {
        ClientSettings settings = draft.settings;
        if (settings.transport != null) {
            return draft.inheritedPool != null
                    ? new ConnectionChoice(draft.inheritedPool, false)
                    : new ConnectionChoice(ConnectionPool.custom(settings.transport, settings.executor), true);
        }
        if (settings.httpClient != null) {
            return new ConnectionChoice(ConnectionPool.supplied(settings.httpClient), false);
        }
        if (draft.inheritedPool != null) {
            return new ConnectionChoice(draft.inheritedPool, false);
        }
        return new ConnectionChoice(
                ConnectionPool.build(settings.connectTimeout, settings.proxy, settings.sslContext, settings.executor),
                true);
    }
}
