package dev.kiln.ir;

import java.util.List;

/**
 * A resource of the API: one service interface reached from the client, such as {@code client.endpoints()}.
 *
 * @param typeName the service's type name, such as {@code EndpointsService}
 * @param accessorName the client's accessor, such as {@code endpoints}
 * @param docs description of the resource (its tag)
 * @param operations its calls, in spec order
 */
public record Service(String typeName, String accessorName, Docs docs, List<Operation> operations) {
    public Service {
        operations = List.copyOf(operations);
    }

    /**
     * Returns this service with other operations, such as the same ones paged.
     *
     * @param replaced the operations
     * @return the service
     */
    public Service withOperations(List<Operation> replaced) {
        return new Service(typeName, accessorName, docs, replaced);
    }
}
