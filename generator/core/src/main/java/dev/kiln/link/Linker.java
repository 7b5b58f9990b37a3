package dev.kiln.link;

import dev.kiln.ir.Api;
import dev.kiln.ir.Auth;
import dev.kiln.ir.Docs;
import dev.kiln.ir.LeftOut;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Parameter;
import dev.kiln.ir.Service;
import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeModel;
import dev.kiln.language.NameScope;
import dev.kiln.language.Symbols;
import dev.kiln.spec.LoadedSpec;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Turns a parsed spec into the IR, failing with every problem found when the spec has errors. */
public final class Linker {
    private final Symbols symbols;

    /**
     * Creates a linker.
     *
     * @param symbols the target's symbol table, which names every type, field, constant and method
     */
    public Linker(Symbols symbols) {
        this.symbols = symbols;
    }

    /**
     * Links a spec.
     *
     * @param spec the parsed spec
     * @param clientName the client class's name, such as {@code Together}
     * @return the API
     * @throws dev.kiln.problems.SpecException when the spec has errors
     */
    public Api link(LoadedSpec spec, String clientName) {
        return link(spec, clientName, 100);
    }

    /**
     * Links a spec, failing when more than a share of its operations would lose a parameter, body or answer.
     *
     * @param spec the parsed spec
     * @param clientName the client class's name, such as {@code Together}
     * @param maxDroppedPercent the share of operations, 0 to 100, that may be generated without something the spec
     *     gives them (each such loss is a warning)
     * @return the API
     * @throws dev.kiln.problems.SpecException when the spec has errors, or too many operations lose something
     */
    public Api link(LoadedSpec spec, String clientName, int maxDroppedPercent) {
        return link(spec, clientName, maxDroppedPercent, OperationSelection.ALL);
    }

    /**
     * Links the operations a selection names, and the types they reach; what it leaves out is listed in
     * {@link Api#leftOut()}.
     *
     * @param spec the parsed spec
     * @param clientName the client class's name, such as {@code Together}
     * @param maxDroppedPercent the share of the selected operations, 0 to 100, that may be generated without
     *     something the spec gives them
     * @param selection the operations to generate
     * @return the API
     * @throws dev.kiln.problems.SpecException when the spec has errors, a selector names no operation, or too many
     *     operations lose something
     */
    public Api link(LoadedSpec spec, String clientName, int maxDroppedPercent, OperationSelection selection) {
        return link(spec, clientName, maxDroppedPercent, selection, Map.of(), Mappings.NONE, NameOverrides.NONE);
    }

    /**
     * Links the operations a selection names, and the types they reach, with the classes of the user's that types,
     * formats and schemas map to, and the names the user gives.
     *
     * @param spec the parsed spec
     * @param clientName the client class's name, such as {@code Together}
     * @param maxDroppedPercent the share of the selected operations, 0 to 100, that may be generated without
     *     something the spec gives them
     * @param selection the operations to generate
     * @param pagination the paging style the settings name per operation id
     * @param mappings the settings' type and schema mappings, winning over the spec's {@code x-kiln-*-mappings}
     * @param overrides the names the settings give, winning over the spec's {@code x-kiln-name}
     * @return the API
     * @throws dev.kiln.problems.SpecException when the spec has errors, a selector, mapping or name names nothing,
     *     or too many operations lose something
     */
    public Api link(
            LoadedSpec spec,
            String clientName,
            int maxDroppedPercent,
            OperationSelection selection,
            Map<String, String> pagination,
            Mappings mappings,
            NameOverrides overrides) {
        NameOverrideUse names = new NameOverrideUse(overrides);
        OpenAPI openApi = spec.openApi();
        NameScope topLevelNames = symbols.typeScope();
        MappingUse mappingUse = new MappingUse(mappings, openApi.getExtensions(), spec.problems());
        SchemaLinker schemas =
                new SchemaLinker(componentSchemas(openApi), spec.problems(), symbols, topLevelNames, mappingUse, names);
        schemas.declareComponents();
        List<TypeModel> types = new ArrayList<>(schemas.linkComponents());
        OperationLinker operations =
                new OperationLinker(openApi, schemas, spec.problems(), symbols, topLevelNames, names);
        ResourceLinker resources = new ResourceLinker(openApi, operations, symbols, spec.problems(), selection, names);
        List<Service> unpaged = resources.link();
        mappingUse.reportUnused(componentSchemas(openApi).keySet(), spec.problems());
        for (NameOverrides.Kind kind : List.of(
                NameOverrides.Kind.SCHEMA,
                NameOverrides.Kind.PROPERTY,
                NameOverrides.Kind.PARAM,
                NameOverrides.Kind.ENUM)) {
            names.reportUnused(kind, spec.problems());
        }
        types.addAll(schemas.inlineTopLevelTypes());
        List<Service> services = new PagingLinker(types, pagination, spec.problems()).link(unpaged);
        operations.failWhenDroppedAbove(
                services.stream()
                        .mapToInt(service -> service.operations().size())
                        .sum(),
                maxDroppedPercent);
        spec.problems().throwIfErrors();
        SharedInlineTypes.Shared shared = SharedInlineTypes.share(types, services, operations.errorBody());
        types = new ArrayList<>(shared.types());
        services = shared.services();
        LeftOut leftOut = LeftOut.NOTHING;
        if (!selection.isEverything()) {
            Set<TypeId> reached = ReachableTypes.of(types, services, shared.errorBody());
            List<String> unreached = types.stream()
                    .filter(type -> !reached.contains(type.id()))
                    .map(type -> type.id().toString())
                    .toList();
            types.removeIf(type -> !reached.contains(type.id()));
            leftOut = new LeftOut(resources.leftOut(), unreached);
        }

        String title = openApi.getInfo() == null || openApi.getInfo().getTitle() == null
                ? clientName
                : openApi.getInfo().getTitle();
        Docs docs = Docs.of(openApi.getInfo() == null ? null : openApi.getInfo().getDescription(), false);
        return new Api(
                title,
                docs,
                clientName,
                symbols.environmentPrefix(clientName),
                baseUrl(openApi),
                servers(openApi),
                auth(openApi),
                types,
                services,
                shared.errorBody(),
                leftOut,
                idempotencyHeader(services));
    }

    /**
     * The header an operation declares for an idempotency key ({@code Idempotency-Key}, {@code X-Idempotency-Key}
     * ...), the first in spec order, so that every {@code POST} carries one.
     */
    private static Optional<String> idempotencyHeader(List<Service> services) {
        for (Service service : services) {
            for (Operation operation : service.operations()) {
                for (Parameter parameter : operation.parameters()) {
                    String letters =
                            parameter.wireName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
                    if (parameter.location() == Parameter.Location.HEADER && letters.endsWith("idempotencykey")) {
                        return Optional.of(parameter.wireName());
                    }
                }
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, Schema<?>> componentSchemas(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return Map.of();
        }
        return new LinkedHashMap<>((Map) openApi.getComponents().getSchemas());
    }

    private static String baseUrl(OpenAPI openApi) {
        if (openApi.getServers() == null
                || openApi.getServers().isEmpty()
                || openApi.getServers().get(0).getUrl() == null) {
            return "http://localhost";
        }
        return openApi.getServers().get(0).getUrl();
    }

    /** The servers' URLs, in spec order. */
    private static List<String> servers(OpenAPI openApi) {
        return openApi.getServers() == null
                ? List.of()
                : openApi.getServers().stream()
                        .map(Server::getUrl)
                        .filter(Objects::nonNull)
                        .toList();
    }

    private static Auth auth(OpenAPI openApi) {
        return header(openApi).withSchemes(SecuritySchemes.declared(openApi));
    }

    private static Auth header(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSecuritySchemes() == null) {
            return Auth.BEARER;
        }
        for (SecurityScheme scheme :
                openApi.getComponents().getSecuritySchemes().values()) {
            if (scheme.getType() == SecurityScheme.Type.APIKEY && scheme.getIn() == SecurityScheme.In.HEADER) {
                return new Auth(scheme.getName(), "");
            }
            if (scheme.getType() == SecurityScheme.Type.HTTP && "bearer".equalsIgnoreCase(scheme.getScheme())) {
                return Auth.BEARER;
            }
        }
        return Auth.BEARER;
    }
}
