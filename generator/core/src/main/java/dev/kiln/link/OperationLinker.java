package dev.kiln.link;

import dev.kiln.ir.Docs;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Parameter;
import dev.kiln.ir.RequestBody;
import dev.kiln.ir.Returns;
import dev.kiln.ir.Service;
import dev.kiln.ir.Streaming;
import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeModel;
import dev.kiln.ir.TypeRef;
import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.Problems;
import dev.kiln.target.NameScope;
import dev.kiln.target.OperationTypeRole;
import dev.kiln.target.Route;
import dev.kiln.target.Symbols;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
    private final Map<String, Integer> errorBodies = new LinkedHashMap<>();
    private final Map<String, TypeRef> errorBodyTypes = new LinkedHashMap<>();
    private final Map<io.swagger.v3.oas.models.parameters.Parameter, JsonPointer> parameterPointers =
            new IdentityHashMap<>();
    private final Drops drops;
    private final OperationSelection selection;
    private final NameOverrides overrides;
    private final List<String> leftOut = new ArrayList<>();

    OperationLinker(
            OpenAPI openApi,
            SchemaLinker schemas,
            Problems problems,
            Symbols symbols,
            NameScope topLevelNames,
            OperationSelection selection,
            NameOverrides overrides) {
        this.symbols = symbols;
        this.overrides = overrides;
        this.openApi = openApi;
        this.selection = selection;
        this.schemas = schemas;
        this.problems = problems;
        this.topLevelNames = topLevelNames;
        this.refs = new ComponentRefs(openApi);
        this.drops = new Drops(problems);
        this.contents = new ContentLinker(refs, schemas, drops, symbols);
    }

    /**
     * Fails the generation when more than {@code maxPercent} of the operations linked so far lost a parameter, body or
     * answer (each loss is reported as a warning when it happens).
     */
    void failWhenDroppedAbove(int operationCount, int maxPercent) {
        drops.failAbove(operationCount, maxPercent);
    }

    /** An operation the selection keeps, before it is linked. */
    private record Candidate(
            String path,
            PathItem item,
            String httpMethod,
            io.swagger.v3.oas.models.Operation operation,
            String specTag,
            Optional<List<String>> movedTo,
            Optional<String> methodOverride) {}

    /**
     * Links every operation into the resource tree ({@link ResourceTree}), in spec order: top-level resources by
     * their first tag; in a spec that tags no operation at all, by the resource their path names
     * ({@code /v1/customers/...} goes to {@code customers()}), and so does an untagged operation in a tagged spec; an
     * operation whose path names none goes to the default service. Nested resources follow their parents in the list.
     */
    List<Service> linkServices() {
        List<Candidate> candidates = candidates();
        NameScope resourceScope =
                symbols.typeScope(); // each resource names files: OAuthService.java, OauthService.java
        ResourceTree tree = new ResourceTree(symbols);
        Map<String, ResourceTree.Node> tops = new LinkedHashMap<>();
        Map<String, String> topTags = new LinkedHashMap<>();
        Map<String, List<ResourceTree.Placed>> topPlaced = new LinkedHashMap<>();
        Map<ResourceTree.Node, List<ResourceTree.Placed>> movedPlaced = new LinkedHashMap<>();
        List<String> topKeys = new ArrayList<>();
        Set<String> homed = new HashSet<>();
        Map<String, Map<String, Integer>> firstSegments = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            String topKey = candidate
                    .movedTo()
                    .map(names -> symbols.resourceKey(names.get(0)))
                    .orElseGet(() -> symbols.resourceKey(resourceTag(candidate.specTag())));
            topKeys.add(topKey);
            if (tree.names(candidate.path(), topKey)) {
                homed.add(topKey);
            }
            ResourceTree.firstStatic(candidate.path())
                    .ifPresent(first -> firstSegments
                            .computeIfAbsent(topKey, k -> new LinkedHashMap<>())
                            .merge(first, 1, Integer::sum));
        }
        for (int index = 0; index < candidates.size(); index++) {
            Candidate candidate = candidates.get(index);
            String topKey = topKeys.get(index);
            Set<String> shared = new HashSet<>();
            firstSegments.getOrDefault(topKey, Map.of()).forEach((first, count) -> {
                if (count > 1) {
                    shared.add(first);
                }
            });
            ResourceTree.Node top = tops.computeIfAbsent(topKey, key -> new ResourceTree.Node(key, null));
            topTags.putIfAbsent(topKey, candidate.specTag());
            ResourceTree.Placed placed =
                    tree.place(index, candidate.httpMethod(), candidate.path(), topKey, shared, homed.contains(topKey));
            if (candidate.movedTo().isPresent()) {
                ResourceTree.Node node = top;
                for (String nested : candidate
                        .movedTo()
                        .get()
                        .subList(1, candidate.movedTo().get().size())) {
                    node = node.child("=" + nested, symbols.resourceKey(nested));
                }
                movedPlaced.computeIfAbsent(node, n -> new ArrayList<>()).add(placed);
            } else {
                topPlaced.computeIfAbsent(topKey, key -> new ArrayList<>()).add(placed);
            }
        }
        Map<String, String> topNames = new LinkedHashMap<>();
        tops.keySet().forEach(key -> topNames.put(key, symbols.resourceName(key, resourceScope)));
        tops.forEach((key, top) -> tree.nest(top, topPlaced.getOrDefault(key, List.of())));
        movedPlaced.forEach((node, placed) -> placed.forEach(p -> node.hold(p)));

        List<NamedResource> resources = new ArrayList<>();
        String[] methodNames = new String[candidates.size()];
        NameScope[] methodScopes = new NameScope[candidates.size()];
        RouteOf[] routes = new RouteOf[candidates.size()];
        tops.forEach((key, top) -> name(
                top,
                topNames.get(key),
                symbols.accessorName(topNames.get(key)),
                List.of(),
                tagDocs(topTags.get(key)),
                candidates,
                resourceScope,
                resources,
                methodNames,
                methodScopes,
                routes));
        overrides.reportUnused(NameOverrides.Kind.ID, problems);
        overrides.reportUnused(NameOverrides.Kind.TAG, problems);

        Map<Integer, Operation> linked = new LinkedHashMap<>();
        for (int index = 0; index < candidates.size(); index++) {
            Candidate candidate = candidates.get(index);
            JsonPointer pointer = JsonPointer.ROOT
                    .child("paths")
                    .child(candidate.path())
                    .child(candidate.httpMethod().toLowerCase(Locale.ROOT));
            linked.put(
                    index,
                    linkOperation(
                            candidate.path(),
                            candidate.item(),
                            candidate.httpMethod(),
                            candidate.operation(),
                            Optional.ofNullable(methodNames[index]),
                            routes[index],
                            methodScopes[index],
                            pointer));
        }
        return resources.stream()
                .map(resource -> new Service(
                        resource.interfaceName(),
                        resource.accessorName(),
                        resource.docs(),
                        resource.node().operations().stream()
                                .map(placed -> linked.get(placed.index()))
                                .toList(),
                        resource.parents()))
                .toList();
    }

    /** A resource of the tree with its names. */
    private record NamedResource(
            ResourceTree.Node node, String interfaceName, String accessorName, List<String> parents, Docs docs) {}

    /** Names a resource, its nested ones and its operations' methods, depth first. */
    private void name(
            ResourceTree.Node node,
            String resourceName,
            String accessorName,
            List<String> parents,
            Docs docs,
            List<Candidate> candidates,
            NameScope resourceScope,
            List<NamedResource> resources,
            String[] methodNames,
            NameScope[] methodScopes,
            RouteOf[] routes) {
        resources.add(new NamedResource(node, symbols.serviceName(resourceName), accessorName, parents, docs));
        NameScope members = symbols.serviceMethodScope(Set.of());
        List<String> childAccessors = new ArrayList<>();
        for (ResourceTree.Node child : node.children()) {
            childAccessors.add(symbols.nestedAccessorName(child.key(), members));
        }
        // the names a user gave come first, so a name Kiln makes gives way to them, and two that clash are an error
        for (ResourceTree.Placed placed : node.operations()) {
            Candidate candidate = candidates.get(placed.index());
            candidate.methodOverride().ifPresent(override -> {
                String name = symbols.overriddenMethodName(override, members);
                if (!name.equals(symbols.overriddenMethodName(override, symbols.serviceMethodScope(Set.of())))) {
                    problems.report(
                            ProblemKind.NAME_COLLISION,
                            JsonPointer.ROOT.child("paths").child(candidate.path()),
                            "the name '" + override + "' given to " + describe(candidate) + " is taken in "
                                    + String.join(".", appended(parents, accessorName)) + "()",
                            "give one of them another name");
                }
                methodNames[placed.index()] = name;
            });
        }
        for (ResourceTree.Placed placed : node.operations()) {
            Candidate candidate = candidates.get(placed.index());
            routes[placed.index()] = answersList -> new Route(
                    candidate.httpMethod(),
                    candidate.path(),
                    placed.tail(),
                    placed.through(),
                    operationId(candidate.operation()),
                    node.keys(),
                    answersList,
                    placed.resourceSegment());
            methodScopes[placed.index()] = members;
        }
        List<ResourceTree.Node> children = node.children();
        for (int i = 0; i < children.size(); i++) {
            ResourceTree.Node child = children.get(i);
            name(
                    child,
                    symbols.resourceName(resourceName + " " + child.key(), resourceScope),
                    childAccessors.get(i),
                    appended(parents, accessorName),
                    Docs.NONE,
                    candidates,
                    resourceScope,
                    resources,
                    methodNames,
                    methodScopes,
                    routes);
        }
    }

    /** The route of an operation, once it is known whether it answers with an array. */
    private interface RouteOf {
        Route route(boolean answersList);
    }

    /** The operations the selection keeps, in spec order, with the names the user gave them. */
    private List<Candidate> candidates() {
        List<Candidate> candidates = new ArrayList<>();
        Map<String, PathItem> paths = openApi.getPaths() == null ? Map.of() : openApi.getPaths();
        SelectorUse selectors = new SelectorUse(selection);
        for (Map.Entry<String, PathItem> path : paths.entrySet()) {
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
                String specTag = !tags.isEmpty()
                        ? tags.get(0)
                        : PathResource.of(path.getKey()).orElse(DEFAULT_TAG);
                Optional<String> override = id.isEmpty()
                        ? extension(operation.getExtensions())
                        : overrides.name(NameOverrides.Kind.ID, id, extension(operation.getExtensions()));
                Optional<List<String>> movedTo = override.filter(name -> name.contains("."))
                        .map(name ->
                                List.of(name.substring(0, name.lastIndexOf('.')).split("\\.")));
                Optional<String> method = override.map(name -> name.substring(name.lastIndexOf('.') + 1));
                candidates.add(new Candidate(
                        path.getKey(), path.getValue(), entry.getKey().name(), operation, specTag, movedTo, method));
            }
        }
        selectors.reportUnused(problems);
        return candidates;
    }

    /** The tag a resource is named after: the tag as the user renamed it, or as written. */
    private String resourceTag(String specTag) {
        Optional<String> extension = Optional.empty();
        if (openApi.getTags() != null) {
            for (Tag tag : openApi.getTags()) {
                if (specTag.equals(tag.getName())) {
                    extension = extension(tag.getExtensions());
                }
            }
        }
        return overrides.name(NameOverrides.Kind.TAG, specTag, extension).orElse(specTag);
    }

    private static Optional<String> extension(Map<String, Object> extensions) {
        Object value = extensions == null ? null : extensions.get(NameOverrides.EXTENSION);
        return value instanceof String text ? Optional.of(text) : Optional.empty();
    }

    private static Optional<String> operationId(io.swagger.v3.oas.models.Operation operation) {
        return Optional.ofNullable(operation.getOperationId()).filter(id -> !id.isBlank());
    }

    private static String describe(Candidate candidate) {
        return operationId(candidate.operation())
                .map(id -> "the operation " + id)
                .orElse(candidate.httpMethod() + " " + candidate.path());
    }

    private static List<String> appended(List<String> list, String last) {
        List<String> all = new ArrayList<>(list);
        all.add(last);
        return List.copyOf(all);
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
            Optional<String> overridden,
            RouteOf route,
            NameScope methods,
            JsonPointer pointer) {
        String operationId = operationId(operation).orElse(httpMethod.toLowerCase(Locale.ROOT) + " " + path);
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
                            .orElse(Docs.NONE)));
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
                        Docs.of(p.getDescription(), Boolean.TRUE.equals(p.getDeprecated()))));
            }
            paramsNested.addAll(owner.nested());
        }

        Optional<RequestBody> body = contents.requestBody(operation, operationId, pointer);
        ContentLinker.SuccessResponse success = linkResponses(operation, operationId, pointer);
        // named once its answer is known: a GET of a noun that answers with an array lists
        boolean answersList = success.returns() instanceof Returns.Json json && json.type() instanceof TypeRef.ListOf;
        String methodName = overridden.orElseGet(() -> symbols.methodName(route.route(answersList), methods));
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
                success.returns(),
                streaming,
                Optional.empty(),
                pointer);
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
