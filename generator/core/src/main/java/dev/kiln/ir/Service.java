package dev.kiln.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * A resource of the API: one service interface reached from the client, such as {@code client.endpoints()}, or from
 * the resource it is nested in, such as {@code client.chat().completions()}.
 *
 * @param typeName the service's type name, such as {@code EndpointsService}
 * @param accessorName the accessor that reaches it from the client or its parent, such as {@code endpoints}
 * @param docs description of the resource (its tag)
 * @param operations its calls, in spec order
 * @param parents the accessors of the resources it is nested in, outermost first; empty for a top-level resource
 */
public record Service(
        String typeName, String accessorName, Docs docs, List<Operation> operations, List<String> parents) {
    public Service {
        operations = List.copyOf(operations);
        parents = List.copyOf(parents);
    }

    /**
     * A top-level resource, reached from the client.
     *
     * @param typeName the service interface's name
     * @param accessorName the client's accessor
     * @param docs description of the resource
     * @param operations its calls, in spec order
     */
    public Service(String typeName, String accessorName, Docs docs, List<Operation> operations) {
        this(typeName, accessorName, docs, operations, List.of());
    }

    /** {@return the accessors from the client to this resource: {@code [chat, completions]}} */
    public List<String> resourcePath() {
        List<String> path = new ArrayList<>(parents);
        path.add(accessorName);
        return List.copyOf(path);
    }

    /** {@return whether the client reaches this resource directly} */
    public boolean topLevel() {
        return parents.isEmpty();
    }

    /**
     * Tells whether this resource is nested directly in another.
     *
     * @param parent the other resource
     * @return true when {@code parent} has the accessor that reaches this one
     */
    public boolean childOf(Service parent) {
        return parents.equals(parent.resourcePath());
    }

    /**
     * Returns this service with other operations, such as the same ones paged.
     *
     * @param replaced the operations
     * @return the service
     */
    public Service withOperations(List<Operation> replaced) {
        return new Service(typeName, accessorName, docs, replaced, parents);
    }
}
