package dev.kiln.emit;

import dev.kiln.ir.Api;
import dev.kiln.ir.EnumModel;
import dev.kiln.ir.InterfaceModel;
import dev.kiln.ir.ObjectModel;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Parameter;
import dev.kiln.ir.Service;
import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeModel;
import dev.kiln.ir.TypeRef;
import dev.kiln.ir.UnionModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every generated type of an API by its id, nested ones included, so emitters can ask what a reference is. */
final class TypeIndex {
    private final Map<TypeId, TypeModel> types = new HashMap<>();

    TypeIndex(Api api) {
        addAll(api.types());
        for (Service service : api.services()) {
            for (Operation operation : service.operations()) {
                addAll(operation.paramsNested());
            }
        }
    }

    /** The object model a reference names, if it names one. */
    Optional<ObjectModel> objectModel(TypeRef type) {
        return type instanceof TypeRef.Named named && types.get(named.id()) instanceof ObjectModel model
                ? Optional.of(model)
                : Optional.empty();
    }

    /** Whether a reference is to an object or interface model, which has {@code validate()}. */
    boolean isObject(TypeRef type) {
        return type instanceof TypeRef.Named named
                && (types.get(named.id()) instanceof ObjectModel
                        || types.get(named.id()) instanceof InterfaceModel
                        || types.get(named.id()) instanceof UnionModel);
    }

    /** Whether a reference mentions a type the spec deprecates, so code using it must not warn. */
    boolean mentionsDeprecated(TypeRef type) {
        if (type instanceof TypeRef.Named named) {
            TypeModel model = types.get(named.id());
            if (model != null && model.docs().deprecated()) {
                return true;
            }
            for (int i = 1; i < named.id().names().size(); i++) {
                TypeModel outer = types.get(new TypeId(named.id().names().subList(0, i)));
                if (outer != null && outer.docs().deprecated()) {
                    return true;
                }
            }
            return false;
        }
        if (type instanceof TypeRef.ListOf list) {
            return mentionsDeprecated(list.element());
        }
        if (type instanceof TypeRef.MapOf map) {
            return mentionsDeprecated(map.value());
        }
        return false;
    }

    /**
     * Whether a service's code mentions what the spec deprecates: a deprecated parameter, or a type that is or holds a
     * deprecated one as a parameter, body, answer, paged item or event, so that it must not warn.
     */
    boolean mentionsDeprecated(Service service) {
        for (Operation operation : service.operations()) {
            List<Parameter> all = new ArrayList<>(operation.pathParameters());
            all.addAll(operation.parameters());
            for (Parameter parameter : all) {
                if (parameter.docs().deprecated() || mentionsDeprecated(parameter.type())) {
                    return true;
                }
            }
            if (operation.body().map(body -> mentionsDeprecated(body.type())).orElse(false)
                    || operation.response().map(this::mentionsDeprecated).orElse(false)
                    || operation
                            .pagination()
                            .map(paging -> mentionsDeprecated(paging.item()))
                            .orElse(false)
                    || operation
                            .streaming()
                            .map(streaming -> mentionsDeprecated(streaming.event()))
                            .orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** The union a reference is to, if it is to one. */
    Optional<UnionModel> unionModel(TypeRef type) {
        return type instanceof TypeRef.Named named && types.get(named.id()) instanceof UnionModel model
                ? Optional.of(model)
                : Optional.empty();
    }

    /** The enum a reference is to, if it is to one. */
    Optional<EnumModel> enumModel(TypeRef type) {
        if (type instanceof TypeRef.Named named && types.get(named.id()) instanceof EnumModel model) {
            return Optional.of(model);
        }
        return Optional.empty();
    }

    /** The Java names of every field the given interfaces declare, their own parents' included. */
    Set<String> interfaceFieldNames(List<TypeId> interfaces) {
        Set<String> names = new HashSet<>();
        for (TypeId id : interfaces) {
            if (types.get(id) instanceof InterfaceModel parent) {
                parent.properties().forEach(p -> names.add(p.name()));
                names.addAll(interfaceFieldNames(parent.parents()));
            }
        }
        return names;
    }

    private void addAll(List<TypeModel> models) {
        for (TypeModel model : models) {
            types.put(model.id(), model);
            addAll(model.nested());
        }
    }
}
