package dev.kiln.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.kiln.ir.Api;
import dev.kiln.ir.EnumModel;
import dev.kiln.ir.InterfaceModel;
import dev.kiln.ir.ObjectModel;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Parameter;
import dev.kiln.ir.Returns;
import dev.kiln.ir.Property;
import dev.kiln.ir.Service;
import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeModel;
import dev.kiln.ir.TypeRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shape of an API as a caller of its SDK sees it, small enough to keep beside the build's fingerprint and
 * compare with the next generation's: operations, models with their fields, and enums with their values.
 *
 * @param format the snapshot format's version
 * @param operations every operation, in spec order
 * @param models every object and other non-enum type, in spec order
 * @param enums every enum, in spec order
 */
public record ApiSnapshot(int format, List<OperationShape> operations, List<ModelShape> models, List<EnumShape> enums) {
    static final int FORMAT = 1;
    static final String NONE = "none";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ApiSnapshot {
        operations = List.copyOf(operations);
        models = List.copyOf(models);
        enums = List.copyOf(enums);
    }

    /**
     * One operation.
     *
     * @param method {@code GET}, {@code POST} ...
     * @param path the path template
     * @param parameters path, query and header parameters
     * @param body the request body's type, or {@code none}
     * @param response the response body's type, or {@code none}
     */
    public record OperationShape(String method, String path, List<FieldShape> parameters, String body, String response) {
        public OperationShape {
            parameters = List.copyOf(parameters);
        }

        /** {@code GET /pets}. */
        public String key() {
            return method + " " + path;
        }
    }

    /**
     * One generated type other than an enum.
     *
     * @param name its Java name, nested names joined with dots
     * @param kind {@code object}, {@code interface}, {@code union} ...
     * @param request whether a request body contains it, so callers build it
     * @param response whether it is not only in requests, so callers read it
     * @param fields its fields, in spec order
     */
    public record ModelShape(String name, String kind, boolean request, boolean response, List<FieldShape> fields) {
        public ModelShape {
            fields = List.copyOf(fields);
        }
    }

    /**
     * A field of a model, or a parameter of an operation.
     *
     * @param name the name on the wire
     * @param type the type, such as {@code string}, {@code list<Pet>}, {@code map<string, int64>}
     * @param required whether it must be present
     */
    public record FieldShape(String name, String type, boolean required) {}

    /**
     * One enum.
     *
     * @param name its Java name
     * @param values the known values as JSON text, such as {@code "available"}
     */
    public record EnumShape(String name, List<String> values) {
        public EnumShape {
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
        Map<TypeId, TypeModel> byId = new LinkedHashMap<>();
        types.forEach(type -> byId.put(type.id(), type));

        List<OperationShape> operations = new ArrayList<>();
        List<TypeRef> requestRoots = new ArrayList<>();
        for (Service service : api.services()) {
            for (Operation operation : service.operations()) {
                List<FieldShape> parameters = new ArrayList<>();
                for (Parameter parameter : operation.pathParameters()) {
                    parameters.add(new FieldShape(parameter.wireName(), describe(parameter.type()), parameter.required()));
                }
                for (Parameter parameter : operation.parameters()) {
                    parameters.add(new FieldShape(parameter.wireName(), describe(parameter.type()), parameter.required()));
                }
                operation.body().ifPresent(body -> requestRoots.add(body.type()));
                operations.add(new OperationShape(
                        operation.httpMethod(),
                        operation.path(),
                        parameters,
                        operation.body().map(body -> describe(body.type())).orElse(NONE),
                        describe(operation.returns())));
            }
        }
        Set<TypeId> requestTypes = reachable(requestRoots, byId);
        Set<TypeId> responseTypes = reachable(
                api.services().stream()
                        .flatMap(service -> service.operations().stream())
                        .flatMap(operation -> operation.response().stream())
                        .toList(),
                byId);
        api.errorBody().ifPresent(type -> responseTypes.addAll(reachable(List.of(type), byId)));

        List<ModelShape> models = new ArrayList<>();
        List<EnumShape> enums = new ArrayList<>();
        for (TypeModel type : types) {
            if (type instanceof EnumModel enumModel) {
                enums.add(new EnumShape(
                        type.id().toString(),
                        enumModel.constants().stream().map(EnumModel.EnumConstant::wireValue).toList()));
            } else {
                boolean request = requestTypes.contains(type.id());
                // a type no operation mentions is still public API that callers may read
                boolean response = responseTypes.contains(type.id()) || !request;
                models.add(new ModelShape(type.id().toString(), kind(type), request, response, fields(type)));
            }
        }
        return new ApiSnapshot(FORMAT, operations, models, enums);
    }

    /**
     * Reads a snapshot written by {@link #write}.
     *
     * @param file the snapshot file
     * @return the snapshot, or empty when there is none or it is in a format this Kiln does not read
     * @throws IOException when the file exists but cannot be read
     */
    public static Optional<ApiSnapshot> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return fromJson(Files.readString(file, StandardCharsets.UTF_8));
    }

    static Optional<ApiSnapshot> fromJson(String json) {
        try {
            ApiSnapshot snapshot = JSON.readValue(json, ApiSnapshot.class);
            return snapshot.format() == FORMAT ? Optional.of(snapshot) : Optional.empty();
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The snapshot as JSON. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a snapshot is plain data and always serialises", e);
        }
    }

    /**
     * Writes the snapshot, replacing the file in one move.
     *
     * @param file where to write it; its directory is created
     * @throws IOException when writing fails
     */
    public void write(Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
        Files.writeString(temporary, toJson(), StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** How a type reads in a report: {@code string}, {@code Pet}, {@code list<Pet>}, {@code map<string, int64>}. */
    /** What a call returns, as the snapshot writes it: {@code none}, {@code text}, {@code binary} or a JSON type. */
    static String describe(Returns returns) {
        if (returns instanceof Returns.Json json) {
            return describe(json.type());
        }
        return returns instanceof Returns.Text ? "text" : returns instanceof Returns.Binary ? "binary" : NONE;
    }

    static String describe(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return scalar.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
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
        return "any";
    }

    private static void flatten(TypeModel type, List<TypeModel> into) {
        into.add(type);
        type.nested().forEach(nested -> flatten(nested, into));
    }

    private static String kind(TypeModel type) {
        if (type instanceof ObjectModel) {
            return "object";
        }
        if (type instanceof InterfaceModel) {
            return "interface";
        }
        String simpleName = type.getClass().getSimpleName();
        return simpleName.replaceFirst("Model$", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static List<FieldShape> fields(TypeModel type) {
        List<Property> properties;
        if (type instanceof ObjectModel object) {
            properties = object.properties();
        } else if (type instanceof InterfaceModel shared) {
            properties = shared.properties();
        } else {
            properties = List.of();
        }
        return properties.stream()
                .map(property -> new FieldShape(property.jsonName(), describe(property.type()), property.required()))
                .toList();
    }

    /** The types reachable from some type references through fields, element and value types, and parents. */
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
                } else if (type != null) {
                    // unions and types added later: their nested types are what they are made of
                    type.nested().forEach(nested -> pending.add(TypeRef.named(nested.id())));
                }
            }
        }
        return seen;
    }
}
