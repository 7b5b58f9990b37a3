package dev.kiln.link;

import dev.kiln.ir.Docs;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Parameter;
import dev.kiln.ir.RequestBody;
import dev.kiln.ir.Service;
import dev.kiln.ir.Streaming;
import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeModel;
import dev.kiln.ir.TypeRef;
import dev.kiln.language.NameScope;
import dev.kiln.language.OperationTypeRole;
import dev.kiln.language.Symbols;
import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.Problems;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Links the paths of a spec into services (one per tag) and their operations. */
final class OperationLinker {
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final String DEFAULT_TAG = "Default";

    private final OpenAPI openApi;
    private final SchemaLinker schemas;
    private final Problems problems;
    private final Symbols symbols;
    private final NameScope topLevelNames;
    private final ComponentRefs refs;
    private final ContentLinker contents;
    private final OperationFacts facts;
    private final Map<String, Integer> errorBodies = new LinkedHashMap<>();
    private final Map<String, TypeRef> errorBodyTypes = new LinkedHashMap<>();
    private final Map<io.swagger.v3.oas.models.parameters.Parameter, JsonPointer> parameterPointers =
            new IdentityHashMap<>();
    private final Drops drops;
    private final OperationSelection selection;
    private final List<String> leftOut = new ArrayList<>();

    OperationLinker(
            OpenAPI openApi,
            SchemaLinker schemas,
            Problems problems,
            Symbols symbols,
            NameScope topLevelNames,
            OperationSelection selection) {
        this.symbols = symbols;
        this.openApi = openApi;
        this.selection = selection;
        this.schemas = schemas;
        this.problems = problems;
        this.topLevelNames = topLevelNames;
        this.refs = new ComponentRefs(openApi);
        this.drops = new Drops(problems);
        this.contents = new ContentLinker(refs, schemas, drops, symbols);
        this.facts = new OperationFacts(refs);
    }

    /**
     * Fails the generation when more than {@code maxPercent} of the operations linked so far lost a parameter, body or
     * answer (each loss is reported as a warning when it happens).
     */
    void failWhenDroppedAbove(int operationCount, int maxPercent) {
        drops.failAbove(operationCount, maxPercent);
    }

    /**
     * Links every operation, grouped into services by their first tag, in spec order. In a spec that tags no
     * operation at all, operations are grouped by the resource their path names ({@code /v1/customers/...} goes
     * to {@code customers()}); an operation whose path names none, or an untagged one in a tagged spec, goes to
     * the default service.
     */
    List<Service> linkServices() {
        Map<String, List<Operation>> byTag = new LinkedHashMap<>();
        Map<String, String> resourceNames = new LinkedHashMap<>();
        Map<String, String> specTags = new LinkedHashMap<>();
        NameScope resourceScope =
                symbols.typeScope(); // each resource names files: OAuthService.java, OauthService.java
        Map<String, NameScope> methodScopes = new LinkedHashMap<>();
        Map<String, PathItem> paths = openApi.getPaths() == null ? Map.of() : openApi.getPaths();
        SelectorUse selectors = new SelectorUse(selection);
        boolean tagged = paths.values().stream()
                .flatMap(item -> item.readOperations().stream())
                .anyMatch(operation ->
                        operation.getTags() != null && !operation.getTags().isEmpty());
        for (Map.Entry<String, PathItem> path : paths.entrySet()) {
            JsonPointer pathPointer = JsonPointer.ROOT.child("paths").child(path.getKey());
            for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> entry :
                    path.getValue().readOperationsMap().entrySet()) {
                io.swagger.v3.oas.models.Operation operation = entry.getValue();
                List<String> tags = operation.getTags() == null ? List.of() : operation.getTags();
                String id = operation.getOperationId() == null ? "" : operation.getOperationId();
                selectors.see(path.getKey(), tags, id);
                if (!selection.selects(path.getKey(), tags, id)) {
                    leftOut.add(id.isEmpty() ? entry.getKey() + " " + path.getKey() : id);
                    continue;
                }
                String specTag = operation.getTags() != null
                                && !operation.getTags().isEmpty()
                        ? operation.getTags().get(0)
                        : tagged ? DEFAULT_TAG : PathResource.of(path.getKey()).orElse(DEFAULT_TAG);
                String tag = symbols.resourceKey(specTag);
                specTags.putIfAbsent(tag, specTag);
                String resource = resourceNames.computeIfAbsent(tag, t -> symbols.resourceName(t, resourceScope));
                NameScope methods = methodScopes.computeIfAbsent(tag, t -> symbols.serviceMethodScope(Set.of()));
                String method = entry.getKey().name();
                JsonPointer pointer = pathPointer.child(method.toLowerCase(Locale.ROOT));
                byTag.computeIfAbsent(tag, t -> new ArrayList<>())
                        .add(linkOperation(
                                path.getKey(), path.getValue(), method, operation, resource, methods, pointer));
            }
        }
        selectors.reportUnused(problems);
        List<Service> services = new ArrayList<>();
        byTag.forEach((tag, operations) -> {
            String resource = resourceNames.get(tag);
            services.add(new Service(
                    symbols.serviceName(resource),
                    symbols.accessorName(resource),
                    tagDocs(specTags.get(tag)),
                    operations));
        });
        return services;
    }

    /** The operation ids (or method and path) of the operations the selection left out, in spec order. */
    List<String> leftOut() {
        return List.copyOf(leftOut);
    }

    /** The type most error responses share, when there is one. */
    Optional<TypeRef> errorBody() {
        return errorBodies.entrySet().stream()
                .max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue))
                .map(entry -> errorBodyTypes.get(entry.getKey()));
    }

    private Operation linkOperation(
            String path,
            PathItem item,
            String httpMethod,
            io.swagger.v3.oas.models.Operation operation,
            String resource,
            NameScope methods,
            JsonPointer pointer) {
        String operationId = operation.getOperationId() != null
                        && !operation.getOperationId().isBlank()
                ? operation.getOperationId()
                : httpMethod.toLowerCase(Locale.ROOT) + " " + path;
        String methodName = symbols.methodName(operationId, resource, methods);
        Docs docs = Docs.of(
                operation.getDescription() != null ? operation.getDescription() : operation.getSummary(),
                Boolean.TRUE.equals(operation.getDeprecated()));

        List<io.swagger.v3.oas.models.parameters.Parameter> declared =
                parameters(item, operation, pointer, operationId);
        NameScope parameterNames = symbols.parameterScope();
        List<Parameter> pathParameters = new ArrayList<>();
        Matcher placeholders = PATH_PARAMETER.matcher(path);
        while (placeholders.find()) {
            String name = placeholders.group(1);
            Optional<io.swagger.v3.oas.models.parameters.Parameter> spec = declared.stream()
                    .filter(p -> "path".equals(p.getIn()) && name.equals(p.getName()))
                    .findFirst();
            TypeRef type = spec.map(p -> linkParameterType(p, pointer, operationId, null))
                    .orElse(TypeRef.scalar(TypeRef.ScalarKind.STRING));
            pathParameters.add(new Parameter(
                    name,
                    symbols.parameterName(name, parameterNames),
                    Parameter.Location.PATH,
                    type,
                    true,
                    spec.map(p -> Docs.of(p.getDescription(), Boolean.TRUE.equals(p.getDeprecated())))
                            .orElse(Docs.NONE),
                    spec.flatMap(facts::defaultValue),
                    Parameter.ListStyle.REPEATED));
        }

        dropPathParametersNotInThePath(declared, path, operationId);
        List<io.swagger.v3.oas.models.parameters.Parameter> others =
                declared.stream().filter(p -> location(p).isPresent()).toList();
        Optional<TypeId> paramsType = Optional.empty();
        List<Parameter> parameters = new ArrayList<>();
        List<TypeModel> paramsNested = new ArrayList<>();
        if (!others.isEmpty()) {
            TypeId id =
                    TypeId.topLevel(symbols.operationTypeName(operationId, OperationTypeRole.PARAMS, topLevelNames));
            paramsType = Optional.of(id);
            Owner owner = Owner.of(symbols, id);
            NameScope fieldNames = symbols.memberScope();
            for (io.swagger.v3.oas.models.parameters.Parameter p : others) {
                TypeRef type = linkParameterType(p, pointer, operationId, owner);
                parameters.add(new Parameter(
                        p.getName(),
                        symbols.fieldName(p.getName(), fieldNames),
                        location(p).orElseThrow(),
                        type,
                        Boolean.TRUE.equals(p.getRequired()),
                        Docs.of(p.getDescription(), Boolean.TRUE.equals(p.getDeprecated())),
                        facts.defaultValue(p),
                        listStyle(p)));
            }
            paramsNested.addAll(owner.nested());
        }

        Optional<RequestBody> body = contents.requestBody(operation, operationId, pointer);
        ContentLinker.SuccessResponse success = linkResponses(operation, operationId, pointer);
        Optional<Streaming> streaming = success.events()
                .map(events -> new Streaming(
                        symbols.streamingMethodName(methodName, methods),
                        symbols.publisherMethodName(methodName, methods),
                        events.type(),
                        events.envelope()));
        return new Operation(
                operationId,
                methodName,
                httpMethod,
                path,
                docs,
                pathParameters,
                parameters,
                paramsType,
                paramsNested,
                body,
                facts.requestMediaTypes(operation),
                success.returns(),
                facts.responses(operation),
                streaming,
                Optional.empty(),
                OperationFacts.extensions(operation),
                pointer,
                ResponseExamples.of(operation));
    }

    private void dropPathParametersNotInThePath(
            List<io.swagger.v3.oas.models.parameters.Parameter> declared, String path, String operationId) {
        for (io.swagger.v3.oas.models.parameters.Parameter parameter : declared) {
            boolean pathParameter = "path".equals(parameter.getIn());
            if (pathParameter && !path.contains("{" + parameter.getName() + "}")) {
                drops.drop(
                        operationId,
                        parameterPointers.get(parameter),
                        "the path parameter '" + parameter.getName() + "'",
                        "the path " + path + " has no {" + parameter.getName() + "}",
                        "name it in the path, or make it a query or header parameter");
            } else if (!pathParameter && location(parameter).isEmpty()) {
                drops.drop(
                        operationId,
                        parameterPointers.get(parameter),
                        "the parameter '" + parameter.getName() + "'",
                        "'in: " + parameter.getIn() + "' is not a place a parameter can be sent",
                        "use path, query, header or cookie");
            }
        }
    }

    private static Optional<Parameter.Location> location(io.swagger.v3.oas.models.parameters.Parameter parameter) {
        switch (String.valueOf(parameter.getIn())) {
            case "query":
                return Optional.of(Parameter.Location.QUERY);
            case "header":
                return Optional.of(Parameter.Location.HEADER);
            case "cookie":
                return Optional.of(Parameter.Location.COOKIE);
            default:
                return Optional.empty();
        }
    }

    private TypeRef linkParameterType(
            io.swagger.v3.oas.models.parameters.Parameter parameter,
            JsonPointer pointer,
            String operationId,
            Owner owner) {
        JsonPointer parameterPointer = parameterPointers.getOrDefault(parameter, pointer.child("parameters"));
        Schema<?> schema = parameter.getSchema();
        if (schema == null) {
            return TypeRef.scalar(TypeRef.ScalarKind.STRING);
        }
        SchemaFacts facts = SchemaFacts.of(schema);
        if (owner == null && facts.ref().isEmpty() && !facts.enumValues().isEmpty()) {
            // a path parameter's inline enum becomes a top-level type named after the operation and parameter
            return schemas.linkBody(schema, parameterPointer.child("schema"), operationId + " " + parameter.getName())
                    .type();
        }
        Owner home = owner != null ? owner : Owner.hoisting(symbols, operationId, symbols.typeScope());
        Linked linked = schemas.link(schema, parameterPointer.child("schema"), home, parameter.getName());
        if (owner == null && !home.nested().isEmpty()) {
            problems.report(
                    ProblemKind.UNSUPPORTED,
                    parameterPointer,
                    "path parameter '" + parameter.getName() + "' has an inline object",
                    "it is sent as a string");
            return TypeRef.scalar(TypeRef.ScalarKind.STRING);
        }
        return linked.type();
    }

    /**
     * The parameters of an operation: the path item's, overridden by the operation's own, each remembered with
     * the pointer of where it is written (its element in a parameters list, or its component).
     */
    private List<io.swagger.v3.oas.models.parameters.Parameter> parameters(
            PathItem item,
            io.swagger.v3.oas.models.Operation operation,
            JsonPointer operationPointer,
            String operationId) {
        Map<String, io.swagger.v3.oas.models.parameters.Parameter> byKey = new LinkedHashMap<>();
        JsonPointer pathPointer = operationPointer.parent();
        addParameters(nullToEmpty(item.getParameters()), pathPointer.child("parameters"), byKey, operationId);
        addParameters(nullToEmpty(operation.getParameters()), operationPointer.child("parameters"), byKey, operationId);
        return new ArrayList<>(byKey.values());
    }

    private void addParameters(
            List<io.swagger.v3.oas.models.parameters.Parameter> list,
            JsonPointer listPointer,
            Map<String, io.swagger.v3.oas.models.parameters.Parameter> byKey,
            String operationId) {
        for (int i = 0; i < list.size(); i++) {
            io.swagger.v3.oas.models.parameters.Parameter parameter = list.get(i);
            io.swagger.v3.oas.models.parameters.Parameter resolved = refs.parameter(parameter);
            JsonPointer pointer = JsonPointer.ofLocalRef(parameter.get$ref()).orElse(listPointer.child(i));
            if (resolved == null
                    || resolved.getName() == null
                    || resolved.getName().isBlank()) {
                drops.drop(
                        operationId,
                        pointer,
                        "a parameter",
                        resolved == null ? "'" + parameter.get$ref() + "' names no parameter" : "it has no name",
                        "give every parameter a name and an 'in'");
                continue;
            }
            byKey.put(resolved.getIn() + ":" + resolved.getName(), resolved);
            parameterPointers.put(resolved, pointer);
        }
    }

    /**
     * How a query parameter's list is written: OpenAPI's {@code form} style, exploded unless {@code explode: false},
     * or {@code spaceDelimited} and {@code pipeDelimited}, joined unless {@code explode: true}.
     */
    private static Parameter.ListStyle listStyle(io.swagger.v3.oas.models.parameters.Parameter parameter) {
        io.swagger.v3.oas.models.parameters.Parameter.StyleEnum style = parameter.getStyle();
        Boolean explode = parameter.getExplode();
        if (style == null || style == io.swagger.v3.oas.models.parameters.Parameter.StyleEnum.FORM) {
            return Boolean.FALSE.equals(explode) ? Parameter.ListStyle.COMMA : Parameter.ListStyle.REPEATED;
        }
        if (Boolean.TRUE.equals(explode)) {
            return Parameter.ListStyle.REPEATED;
        }
        return switch (style) {
            case SPACEDELIMITED -> Parameter.ListStyle.SPACE;
            case PIPEDELIMITED -> Parameter.ListStyle.PIPE;
            default -> Parameter.ListStyle.REPEATED;
        };
    }

    private ContentLinker.SuccessResponse linkResponses(
            io.swagger.v3.oas.models.Operation operation, String operationId, JsonPointer pointer) {
        if (operation.getResponses() == null) {
            return ContentLinker.SuccessResponse.NOTHING;
        }
        ContentLinker.SuccessResponse success = ContentLinker.SuccessResponse.NOTHING;
        List<String> codes = new ArrayList<>(operation.getResponses().keySet());
        // an operation that lists no 2xx or 3xx answer gives back its default one when it succeeds
        boolean defaultIsSuccess = codes.stream().noneMatch(code -> code.startsWith("2") || code.startsWith("3"))
                && codes.contains("default")
                && hasContent(refs.response(operation.getResponses().get("default")));
        boolean successFound = defaultIsSuccess;
        if (defaultIsSuccess) {
            JsonPointer responsePointer = pointer.child("responses").child("default");
            success = contents.success(
                    refs.response(operation.getResponses().get("default")).getContent(),
                    operationId,
                    responsePointer.child("content"));
        }
        for (String code : codes) {
            ApiResponse response = refs.response(operation.getResponses().get(code));
            if (response == null) {
                continue;
            }
            JsonPointer responsePointer = pointer.child("responses").child(code);
            if (code.startsWith("2") && !successFound) {
                successFound = true;
                success = contents.success(response.getContent(), operationId, responsePointer.child("content"));
            } else if (code.startsWith("4") || code.startsWith("5") || (code.equals("default") && !defaultIsSuccess)) {
                Optional<Map.Entry<String, MediaType>> json = ContentLinker.jsonContent(response.getContent());
                Schema<?> schema =
                        json.map(entry -> entry.getValue().getSchema()).orElse(null);
                if (schema != null && schema.get$ref() != null) {
                    String ref = schema.get$ref();
                    errorBodies.merge(ref, 1, Integer::sum);
                    errorBodyTypes.computeIfAbsent(
                            ref,
                            r -> schemas.link(
                                            schema,
                                            responsePointer,
                                            Owner.hoisting(symbols, "Error", symbols.typeScope()),
                                            "error")
                                    .type());
                }
            }
        }
        return success;
    }

    private static boolean hasContent(ApiResponse response) {
        return response != null
                && response.getContent() != null
                && !response.getContent().isEmpty();
    }

    private Docs tagDocs(String tag) {
        if (openApi.getTags() != null) {
            for (Tag t : openApi.getTags()) {
                if (tag.equals(t.getName())) {
                    return Docs.of(t.getDescription(), false);
                }
            }
        }
        return Docs.NONE;
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
