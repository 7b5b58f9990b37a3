package dev.kiln.link;

import dev.kiln.ir.Docs;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Parameter;
import dev.kiln.ir.RequestBody;
import dev.kiln.ir.Returns;
import dev.kiln.ir.Streaming;
import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeModel;
import dev.kiln.ir.TypeRef;
import dev.kiln.language.NameScope;
import dev.kiln.language.OperationTypeRole;
import dev.kiln.language.Route;
import dev.kiln.language.Symbols;
import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.Problems;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Links one operation of a spec: its parameters, body and answers, and the method {@link ResourceLinker} names. */
final class OperationLinker {
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

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
    private final NameOverrideUse overrides;

    OperationLinker(
            OpenAPI openApi,
            SchemaLinker schemas,
            Problems problems,
            Symbols symbols,
            NameScope topLevelNames,
            NameOverrideUse overrides) {
        this.symbols = symbols;
        this.overrides = overrides;
        this.openApi = openApi;
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

    /** The type most error responses share, when there is one. */
    Optional<TypeRef> errorBody() {
        return errorBodies.entrySet().stream()
                .max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue))
                .map(entry -> errorBodyTypes.get(entry.getKey()));
    }

    Operation linkOperation(
            String path,
            PathItem item,
            String httpMethod,
            io.swagger.v3.oas.models.Operation operation,
            Optional<String> overridden,
            Function<Boolean, Route> route,
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
                    symbols.parameterName(
                            parameterName(
                                    operation,
                                    name,
                                    spec.map(p -> p.getExtensions()).orElse(null)),
                            parameterNames),
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
                        symbols.fieldName(parameterName(operation, p.getName(), p.getExtensions()), fieldNames),
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
        // named once its answer is known: a GET of a noun that answers with an array lists
        boolean answersList = success.returns() instanceof Returns.Json json && json.type() instanceof TypeRef.ListOf;
        String methodName = overridden.orElseGet(() -> symbols.methodName(route.apply(answersList), methods));
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

    /**
     * The name a parameter is given in Java: as the user names it ({@code param:listPets.q=query}, or
     * {@code x-kiln-name} on the parameter), else its wire name.
     */
    private String parameterName(
            io.swagger.v3.oas.models.Operation operation, String wireName, Map<String, Object> extensions) {
        return operationId(operation)
                .map(id -> overrides.name(NameOverrides.Kind.PARAM, id + "." + wireName, extensions))
                .orElseGet(() -> overrides.name(NameOverrides.Kind.PARAM, "", extensions))
                .orElse(wireName);
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

    static Optional<String> operationId(io.swagger.v3.oas.models.Operation operation) {
        return Optional.ofNullable(operation.getOperationId()).filter(id -> !id.isBlank());
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
