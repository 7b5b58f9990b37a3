package dev.kiln.link;

import dev.kiln.ir.EnumModel;
import dev.kiln.ir.InterfaceModel;
import dev.kiln.ir.ObjectModel;
import dev.kiln.ir.Property;
import dev.kiln.ir.Service;
import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeModel;
import dev.kiln.ir.TypeRef;
import dev.kiln.ir.UnionModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes inline schemas that are the same once their names are set aside (see {@link InlineStructures}) one type: the
 * first one declared, in the order the types are linked (component schemas, then the operations' bodies and
 * parameters in spec order), keeps its name and place; every other copy is left out and each reference to it
 * names the first. A copy nested in another type is used from there ({@code PostAccountRequest.Company.Address}
 * from {@code PostAccountsRequest}), since every nested type is public.
 *
 * <p>A copy is left out with the types nested in it, which are copies too: a type's structure includes its nested
 * types' structures, so the first of two same-structured types holds first copies of all of them.
 */
final class SharedInlineTypes {
    private final Map<TypeId, TypeId> firstOfStructure = new HashMap<>();

    /**
     * The linked API with inline types shared.
     *
     * @param types the top-level types, in the order linked
     * @param services the services
     * @param errorBody the shared error body
     */
    record Shared(List<TypeModel> types, List<Service> services, Optional<TypeRef> errorBody) {}

    private SharedInlineTypes() {}

    /**
     * Shares the inline types of a linked API.
     *
     * @param types the top-level types, in the order linked
     * @param services the services, whose parameters' inline types are shared too
     * @param errorBody the shared error body
     * @return the types without the copies, and everything referring to a copy referring to its first
     */
    static Shared share(List<TypeModel> types, List<Service> services, Optional<TypeRef> errorBody) {
        Map<TypeId, TypeModel> inline = new LinkedHashMap<>();
        types.forEach(type -> collectInline(type, inline));
        services.forEach(service -> service.operations()
                .forEach(operation -> operation.paramsNested().forEach(type -> collectInline(type, inline))));
        SharedInlineTypes sharing = new SharedInlineTypes();
        InlineStructures structures = new InlineStructures(inline);
        Map<Integer, TypeId> first = new HashMap<>();
        for (TypeId id : inline.keySet()) {
            TypeId kept = first.computeIfAbsent(structures.structureOf(id), structure -> id);
            if (!kept.equals(id)) {
                sharing.firstOfStructure.put(id, kept);
            }
        }
        if (sharing.firstOfStructure.isEmpty()) {
            return new Shared(types, services, errorBody);
        }
        return new Shared(
                sharing.types(types), services.stream().map(sharing::service).toList(), errorBody.map(sharing::ref));
    }

    private static void collectInline(TypeModel type, Map<TypeId, TypeModel> inline) {
        if (InlineStructures.isInline(type)) {
            inline.putIfAbsent(type.id(), type);
        }
        type.nested().forEach(nested -> collectInline(nested, inline));
    }

    private List<TypeModel> types(List<TypeModel> types) {
        List<TypeModel> kept = new ArrayList<>();
        for (TypeModel type : types) {
            if (!firstOfStructure.containsKey(type.id())) {
                kept.add(type(type));
            }
        }
        return kept;
    }

    private TypeModel type(TypeModel type) {
        if (type instanceof ObjectModel object) {
            return new ObjectModel(
                    object.id(),
                    object.docs(),
                    properties(object.properties()),
                    object.interfaces(),
                    object.additionalProperties().map(this::ref),
                    types(object.nested()),
                    object.pointer());
        }
        if (type instanceof InterfaceModel shared) {
            return new InterfaceModel(
                    shared.id(),
                    shared.docs(),
                    properties(shared.properties()),
                    shared.parents(),
                    types(shared.nested()),
                    shared.pointer(),
                    shared.implementation());
        }
        if (type instanceof UnionModel union) {
            return new UnionModel(
                    union.id(),
                    union.docs(),
                    union.variants().stream()
                            .map(variant -> new UnionModel.Variant(variant.name(), ref(variant.type()), variant.tags()))
                            .toList(),
                    union.discriminator(),
                    types(union.nested()),
                    union.pointer(),
                    union.unknownName());
        }
        return (EnumModel) type;
    }

    private List<Property> properties(List<Property> properties) {
        return properties.stream()
                .map(property -> property.withType(ref(property.type())))
                .toList();
    }

    private Service service(Service service) {
        return service.withOperations(service.operations().stream()
                .map(operation -> operation.withTypes(this::ref, this::types))
                .toList());
    }

    private TypeRef ref(TypeRef ref) {
        if (ref instanceof TypeRef.Named named) {
            return new TypeRef.Named(firstOfStructure.getOrDefault(named.id(), named.id()));
        }
        if (ref instanceof TypeRef.ListOf list) {
            return new TypeRef.ListOf(ref(list.element()));
        }
        if (ref instanceof TypeRef.MapOf map) {
            return new TypeRef.MapOf(ref(map.value()));
        }
        return ref;
    }
}
