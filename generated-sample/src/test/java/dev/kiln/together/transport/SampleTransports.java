package dev.kiln.together.transport;

import dev.kiln.together.Together;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * The transport the sample's tests send over: {@code java.net.http}, the SDK's default, unless the system property
 * {@value #PROPERTY} is {@code okhttp}; the build runs the fixture suite once each way.
 */
public final class SampleTransports {
    /** The system property naming the transport. */
    public static final String PROPERTY = "kiln.sample.transport";

    /** One OkHttp client, so that the clients of every test share its connections, as an application's would. */
    private static final OkHttpClient OK_HTTP = new OkHttpClient();

    private SampleTransports() {}

    /** Tells whether the tests run over OkHttp. */
    public static boolean overOkHttp() {
        return "okhttp".equals(System.getProperty(PROPERTY, "jdk"));
    }

    /**
     * Sets the transport the tests run over on a client's builder.
     *
     * @param builder the builder
     * @return the OkHttp transport set, or empty when the client stays on the default
     */
    public static Optional<OkHttpTransport> apply(Together.Builder builder) {
        if (!overOkHttp()) {
            return Optional.empty();
        }
        OkHttpTransport transport = new OkHttpTransport(OK_HTTP);
        builder.transport(transport);
        return Optional.of(transport);
    }
}
