package dev.kiln.lifecycle;

import dev.kiln.ir.Api;
import dev.kiln.ir.EnumModel;
import dev.kiln.ir.InterfaceModel;
import dev.kiln.ir.ObjectModel;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Parameter;
import dev.kiln.ir.Property;
import dev.kiln.ir.RequestBody;
import dev.kiln.ir.Returns;
import dev.kiln.ir.Service;
import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeModel;
import dev.kiln.ir.TypeRef;
import dev.kiln.ir.UnionModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The shape of an API as a caller of its SDK sees it, small enough to keep beside the build's fingerprint and
 * compare with the next generation's: servers, operations with their parameters, bodies and responses, models with
 * their fields and union variants, and enums with their values (inline ones included). Every name in it is declared
 * here, never derived from a Java class, so the file a user keeps does not change when Kiln's classes do.
 *
 * @param servers the servers' URLs in spec order; the first is the SDK's default base URL
 * @param operations every operation, in spec order
 * @param models every object, interface and union, in spec order
 * @param enums every enum, in spec order
 */
public record ApiSnapshot(
        List<String> servers,
        List<OperationSnapshot> operations,
        List<ModelSnapshot> models,
        List<EnumSnapshot> enums) {
    /** Written where there is nothing: no body, no default, no discriminator. Never valid JSON text, so never a value. */
    public static final String NONE = "none";

    public ApiSnapshot {
        servers = List.copyOf(servers);
        operations = List.copyOf(operations);
        models = List.copyOf(models);
        enums = List.copyOf(enums);
    }

    /**
     * One operation.
     *
     * @param method {@code GET}, {@code POST} ...
     * @param path the path template
     * @param service the client's accessor of the service holding the Java method, such as {@code pets}
     * @param methodName the Java method's name
     * @param parameters path, query, header and cookie parameters
     * @param body the request body's type, or {@code none}
     * @param bodyRequired whether the request body must be sent
     * @param requestMediaTypes the media types the spec accepts the body as
     * @param response what a successful call returns: {@code none}, {@code text}, {@code binary} or a JSON type
     * @param events the type of one event of the operation's event stream, or {@code none}
     * @param responses every declared response status with its media types
     */
    public record OperationSnapshot(
            String method,
            String path,
            String service,
            String methodName,
            List<ParameterSnapshot> parameters,
            String body,
            boolean bodyRequired,
            List<String> requestMediaTypes,
            String response,
            String events,
            List<ResponseSnapshot> responses) {
        public OperationSnapshot {
            parameters = List.copyOf(parameters);
            requestMediaTypes = List.copyOf(requestMediaTypes);
            responses = List.copyOf(responses);
        }

        /** {@code GET /pets}. */
        public String key() {
            return method + " " + path;
        }
    }

    /**
     * A parameter of an operation.
     *
     * @param name the name on the wire
     * @param location {@code path}, {@code query}, {@code header} or {@code cookie}
     * @param type the type, as {@link FieldSnapshot#type()}
     * @param required whether it must be given
     * @param defaultValue the spec's default as JSON text, or {@code none}
     */
    public record ParameterSnapshot(String name, String location, String type, boolean required, String defaultValue) {}

    /**
     * One response status an operation declares.
     *
     * @param status {@code 200}, {@code 4XX}, {@code default} ...
     * @param mediaTypes the media types of its body, empty when it has none
     */
    public record ResponseSnapshot(String status, List<String> mediaTypes) {
        public ResponseSnapshot {
            mediaTypes = List.copyOf(mediaTypes);
        }

        /** Tells whether this is a success: a {@code 2XX} status. */
        public boolean success() {
            return status.startsWith("2");
        }
    }

    /**
     * One generated type other than an enum.
     *
     * @param name its Java name, nested names joined with dots
     * @param kind {@code object}, {@code interface} or {@code union}
     * @param request whether a request body contains it, so callers build it
     * @param response whether it is not only in requests, so callers read it
     * @param fields its fields, in spec order
     * @param variants a union's variants, in spec order
     * @param discriminator the property naming a union's variant, or {@code none}
     */
    public record ModelSnapshot(
            String name,
            String kind,
            boolean request,
            boolean response,
            List<FieldSnapshot> fields,
            List<VariantSnapshot> variants,
            String discriminator) {
        public ModelSnapshot {
            fields = List.copyOf(fields);
            variants = List.copyOf(variants);
        }
    }

    /**
     * A field of a model.
     *
     * @param name the name on the wire
     * @param type the type, such as {@code string}, {@code list<Pet>}, {@code map<string, int64>}
     * @param required whether it must be present
     * @param nullable whether it may be JSON {@code null}
     * @param defaultValue the spec's default as JSON text, or {@code none}
     */
    public record FieldSnapshot(String name, String type, boolean required, boolean nullable, String defaultValue) {}

    /**
     * One alternative of a union.
     *
     * @param name the variant's Java name, such as {@code OfCat}
     * @param type the value's type
     * @param tags the discriminator values that select it
     */
    public record VariantSnapshot(String name, String type, List<String> tags) {
        public VariantSnapshot {
            tags = List.copyOf(tags);
        }
    }

    /**
     * One enum.
     *
     * @param name its Java name
     * @param values the known values as JSON text, such as {@code "available"}
     */
    public record EnumSnapshot(String name, List<String> values) {
        public EnumSnapshot {
            values = List.copyOf(values);
        }
    }

    /**
     * The snapshot of a linked API.
     *
     * @param api the API
     * @return its snapshot
     */
    public static ApiSnapshot of(Api api) {
        List<TypeModel> types = new ArrayList<>();
        api.types().forEach(type -> flatten(type, types));
        api.services().stream()
                .flatMap(service -> service.operations().stream())
                .flatMap(operation -> operation.paramsNested().stream())
                .forEach(type -> flatten(type, types));
        Map<TypeId, TypeModel> byId = new LinkedHashMap<>();
        types.forEach(type -> byId.putIfAbsent(type.id(), type));

        List<OperationSnapshot> operations = new ArrayList<>();
        List<TypeRef> requestRoots = new ArrayList<>();
        List<TypeRef> responseRoots = new ArrayList<>();
        for (Service service : api.services()) {
            for (Operation operation : service.operations()) {
                operation.body().ifPresent(body -> requestRoots.add(body.type()));
                operation.response().ifPresent(responseRoots::add);
                operation.streaming().ifPresent(streaming -> responseRoots.add(streaming.event()));
                operations.add(operation(service, operation));
            }
        }
        Set<TypeId> requestTypes = reachable(requestRoots, byId);
        Set<TypeId> responseTypes = reachable(responseRoots, byId);
        api.errorBody().ifPresent(type -> responseTypes.addAll(reachable(List.of(type), byId)));

        List<ModelSnapshot> models = new ArrayList<>();
        List<EnumSnapshot> enums = new ArrayList<>();
        for (TypeModel type : byId.values()) {
            if (type instanceof EnumModel enumModel) {
                enums.add(new EnumSnapshot(
                        type.id().toString(),
                        enumModel.constants().stream()
                                .map(constant -> constant.wireValue().json())
                                .toList()));
            } else {
                boolean request = requestTypes.contains(type.id());
                // a type no operation mentions is still public API that callers may read
                boolean response = responseTypes.contains(type.id()) || !request;
                models.add(model(type, request, response));
            }
        }
        return new ApiSnapshot(api.servers(), operations, models, enums);
    }

    private static OperationSnapshot operation(Service service, Operation operation) {
        List<ParameterSnapshot> parameters = new ArrayList<>();
        List<Parameter> all = new ArrayList<>(operation.pathParameters());
        all.addAll(operation.parameters());
        for (Parameter parameter : all) {
            parameters.add(new ParameterSnapshot(
                    parameter.wireName(),
                    location(parameter.location()),
                    describe(parameter.type()),
                    parameter.required(),
                    parameter.defaultValue().orElse(NONE)));
        }
        return new OperationSnapshot(
                operation.httpMethod(),
                operation.path(),
                String.join(".", service.resourcePath()),
                operation.methodName(),
                parameters,
                operation.body().map(body -> describe(body.type())).orElse(NONE),
                operation.body().map(RequestBody::required).orElse(false),
                operation.requestMediaTypes(),
                describe(operation.returns()),
                operation
                        .streaming()
                        .map(streaming -> describe(streaming.event()))
                        .orElse(NONE),
                operation.responses().stream()
                        .map(response -> new ResponseSnapshot(response.status(), response.mediaTypes()))
                        .toList());
    }

    /** Where a parameter goes, as the snapshot writes it: the spec's own words. */
    private static String location(Parameter.Location location) {
        switch (location) {
            case PATH:
                return "path";
            case QUERY:
                return "query";
            case HEADER:
                return "header";
            case COOKIE:
                return "cookie";
            default:
                throw new IllegalArgumentException("unknown parameter location " + location);
        }
    }

    private static ModelSnapshot model(TypeModel type, boolean request, boolean response) {
        String name = type.id().toString();
        if (type instanceof ObjectModel object) {
            return new ModelSnapshot(name, "object", request, response, fields(object.properties()), List.of(), NONE);
        }
        if (type instanceof InterfaceModel shared) {
            return new ModelSnapshot(
                    name, "interface", request, response, fields(shared.properties()), List.of(), NONE);
        }
        UnionModel union = (UnionModel) type;
        List<VariantSnapshot> variants = union.variants().stream()
                .map(variant -> new VariantSnapshot(variant.name(), describe(variant.type()), variant.tags()))
                .toList();
        return new ModelSnapshot(
                name,
                "union",
                request,
                response,
                List.of(),
                variants,
                union.discriminator().orElse(NONE));
    }

    /** What a call returns, as the snapshot writes it: {@code none}, {@code text}, {@code binary} or a JSON type. */
    static String describe(Returns returns) {
        if (returns instanceof Returns.Json json) {
            return describe(json.type());
        }
        return returns instanceof Returns.Text ? "text" : returns instanceof Returns.Binary ? "binary" : NONE;
    }

    /** How a type reads in a report: {@code string}, {@code Pet}, {@code list<Pet>}, {@code map<string, int64>}. */
    static String describe(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return scalar.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        if (type instanceof TypeRef.Named named) {
            return named.id().toString();
        }
        if (type instanceof TypeRef.ListOf list) {
            return "list<" + describe(list.element()) + ">";
        }
        if (type instanceof TypeRef.MapOf map) {
            return "map<string, " + describe(map.value()) + ">";
        }
        if (type instanceof TypeRef.Mapped mapped) {
            return mapped.className();
        }
        return "any";
    }

    private static void flatten(TypeModel type, List<TypeModel> into) {
        into.add(type);
        type.nested().forEach(nested -> flatten(nested, into));
    }

    private static List<FieldSnapshot> fields(List<Property> properties) {
        return properties.stream()
                .map(property -> new FieldSnapshot(
                        property.jsonName(),
                        describe(property.type()),
                        property.required(),
                        property.nullable(),
                        property.defaultValue().orElse(NONE)))
                .toList();
    }

    /** The types reachable from some type references through fields, element and value types, parents and variants. */
    private static Set<TypeId> reachable(List<TypeRef> roots, Map<TypeId, TypeModel> byId) {
        Set<TypeId> seen = new HashSet<>();
        Deque<TypeRef> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            TypeRef ref = pending.removeFirst();
            if (ref instanceof TypeRef.ListOf list) {
                pending.add(list.element());
            } else if (ref instanceof TypeRef.MapOf map) {
                pending.add(map.value());
            } else if (ref instanceof TypeRef.Named named && seen.add(named.id())) {
                TypeModel type = byId.get(named.id());
                if (type instanceof ObjectModel object) {
                    object.properties().forEach(property -> pending.add(property.type()));
                    object.interfaces().forEach(parent -> pending.add(TypeRef.named(parent)));
                    object.additionalProperties().ifPresent(pending::add);
                } else if (type instanceof InterfaceModel shared) {
                    shared.properties().forEach(property -> pending.add(property.type()));
                    shared.parents().forEach(parent -> pending.add(TypeRef.named(parent)));
                    pending.add(TypeRef.named(shared.implementation()));
                } else if (type instanceof UnionModel union) {
                    union.variants().forEach(variant -> pending.add(variant.type()));
                    union.nested().forEach(nested -> pending.add(TypeRef.named(nested.id())));
                }
            }
        }
        return seen;
    }
}
