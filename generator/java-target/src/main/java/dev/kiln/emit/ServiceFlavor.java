package dev.kiln.emit;

import com.palantir.javapoet.ClassName;
import dev.kiln.ir.Service;
import dev.kiln.naming.JavaNames;

/**
 * How a service's calls return their results: blocking ({@code EndpointsService}), raw responses
 * ({@code EndpointsService.WithRawResponse}), asynchronous ({@code EndpointsServiceAsync}) and asynchronous raw
 * responses ({@code EndpointsServiceAsync.WithRawResponse}). Each has an interface and an implementation of the same
 * shape; the raw flavours are views nested in the others.
 */
enum ServiceFlavor {
    BLOCKING,
    RAW,
    ASYNC,
    ASYNC_RAW;

    /** Whether the flavour returns raw responses, which leave out binary bodies and event streams. */
    boolean raw() {
        return this == RAW || this == ASYNC_RAW;
    }

    /** Whether the flavour returns futures. */
    boolean async() {
        return this == ASYNC || this == ASYNC_RAW;
    }

    /** The raw view of this flavour's interface: {@link #RAW} for {@link #BLOCKING}, {@link #ASYNC_RAW} for async. */
    ServiceFlavor rawView() {
        return async() ? ASYNC_RAW : RAW;
    }

    /** The interface of this flavour of a service. */
    ClassName interfaceName(JavaNames names, Service service) {
        ClassName outer = async() ? names.asyncServiceInterface(service) : names.serviceInterface(service);
        return raw() ? names.rawResponseView(outer) : outer;
    }

    /** The implementation of this flavour of a service. */
    ClassName implementationName(JavaNames names, Service service) {
        ClassName outer = async() ? names.asyncServiceImplementation(service) : names.serviceImplementation(service);
        return raw() ? names.rawResponseViewImplementation(outer) : outer;
    }
}
