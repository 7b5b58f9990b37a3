package dev.kiln.link;

import dev.kiln.ir.InterfaceModel;
import dev.kiln.ir.ObjectModel;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Parameter;
import dev.kiln.ir.Property;
import dev.kiln.ir.Service;
import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeModel;
import dev.kiln.ir.TypeRef;
import dev.kiln.ir.UnionModel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The top-level types a set of operations reaches, through their parameters, bodies, answers and event streams,
 * the shared error body, and from there through fields, variants, parents and nested types.
 */
final class ReachableTypes {
    private final Map<TypeId, TypeModel> topLevel = new LinkedHashMap<>();
    private final Set<TypeId> reached = new HashSet<>();
    private final Deque<TypeModel> pending = new ArrayDeque<>();

    private ReachableTypes(List<TypeModel> types) {
        types.forEach(type -> topLevel.put(type.id(), type));
    }

    /**
     * Finds the top-level types the services' operations reach.
     *
     * @param types every top-level type linked
     * @param services the services generated
     * @param errorBody the shared error body, when there is one
     * @return the ids of the reached types
     */
    static Set<TypeId> of(List<TypeModel> types, List<Service> services, Optional<TypeRef> errorBody) {
        ReachableTypes walk = new ReachableTypes(types);
        errorBody.ifPresent(walk::reach);
        for (Service service : services) {
            for (Operation operation : service.operations()) {
                walk.reachOperation(operation);
            }
        }
        walk.drain();
        return walk.reached;
    }

    private void reachOperation(Operation operation) {
        operation.pathParameters().stream().map(Parameter::type).forEach(this::reach);
        operation.parameters().stream().map(Parameter::type).forEach(this::reach);
        operation.paramsNested().forEach(pending::add);
        operation.body().ifPresent(body -> reach(body.type()));
        operation.response().ifPresent(this::reach);
        operation.streaming().ifPresent(streaming -> reach(streaming.event()));
    }

    private void drain() {
        while (!pending.isEmpty()) {
            walkModel(pending.pop());
        }
    }

    private void walkModel(TypeModel model) {
        if (model instanceof ObjectModel object) {
            object.properties().stream().map(Property::type).forEach(this::reach);
            object.interfaces().forEach(this::reach);
            object.additionalProperties().ifPresent(this::reach);
        } else if (model instanceof InterfaceModel shared) {
            shared.properties().stream().map(Property::type).forEach(this::reach);
            shared.parents().forEach(this::reach);
        } else if (model instanceof UnionModel union) {
            union.variants().forEach(variant -> reach(variant.type()));
        }
        model.nested().forEach(pending::add);
    }

    private void reach(TypeRef ref) {
        if (ref instanceof TypeRef.Named named) {
            reach(named.id());
        } else if (ref instanceof TypeRef.ListOf list) {
            reach(list.element());
        } else if (ref instanceof TypeRef.MapOf map) {
            reach(map.value());
        }
    }

    private void reach(TypeId id) {
        TypeId top = id.topLevel();
        TypeModel model = topLevel.get(top);
        if (model != null && reached.add(top)) {
            pending.add(model);
        }
    }
}
