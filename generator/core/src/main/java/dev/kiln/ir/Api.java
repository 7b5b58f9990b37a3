package dev.kiln.ir;

import java.util.List;
import java.util.Optional;

/**
 * The whole API: what the emitters turn into Java.
 *
 * @param title the spec's title
 * @param docs the spec's description
 * @param clientName the client class's name, such as {@code Together}
 * @param environmentPrefix the prefix of the environment variables the client reads, such as {@code TOGETHER}
 * @param defaultBaseUrl the first server's URL, or {@code http://localhost} when the spec names none
 * @param servers every server's URL, in spec order
 * @param auth how credentials are sent
 * @param types every generated model type, in spec order
 * @param services every service, top-level and nested, in spec order, each nested one after the one it is nested in
 * @param errorBody the type of error response bodies, when the spec gives one
 * @param leftOut the operations the settings did not select, and the types only they used
 * @param idempotencyHeader the header that carries an idempotency key on every {@code POST}, when the settings or
 *     the spec name one
 */
public record Api(
        String title,
        Docs docs,
        String clientName,
        String environmentPrefix,
        String defaultBaseUrl,
        List<String> servers,
        Auth auth,
        List<TypeModel> types,
        List<Service> services,
        Optional<TypeRef> errorBody,
        LeftOut leftOut,
        Optional<String> idempotencyHeader) {
    public Api {
        servers = List.copyOf(servers);
        types = List.copyOf(types);
        services = List.copyOf(services);
    }

    /**
     * Returns this API with another idempotency header, such as one a setting names.
     *
     * @param header the header's name
     * @return the API
     */
    public Api withIdempotencyHeader(String header) {
        return new Api(
                title,
                docs,
                clientName,
                environmentPrefix,
                defaultBaseUrl,
                servers,
                auth,
                types,
                services,
                errorBody,
                leftOut,
                Optional.of(header));
    }

    /** {@return the resources the client reaches directly, in spec order} */
    public List<Service> topLevelServices() {
        return services.stream().filter(Service::topLevel).toList();
    }

    /**
     * The resources nested directly in one.
     *
     * @param parent the resource
     * @return its children, in spec order
     */
    public List<Service> children(Service parent) {
        return services.stream().filter(service -> service.childOf(parent)).toList();
    }
}
