package dev.kiln.link;

import dev.kiln.ir.Docs;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Service;
import dev.kiln.language.NameScope;
import dev.kiln.language.Route;
import dev.kiln.language.Symbols;
import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.Problems;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Links the paths of a spec into the client's resources ({@link ResourceTree}) and names them, their nested
 * resources and their operations' methods, the names a user gave first; {@link OperationLinker} links each
 * operation.
 */
final class ResourceLinker {
    private static final String DEFAULT_TAG = "Default";

    private final OpenAPI openApi;
    private final OperationLinker operations;
    private final Symbols symbols;
    private final Problems problems;
    private final OperationSelection selection;
    private final NameOverrideUse overrides;
    /** The spec's tags by name, the first of each name. */
    private final Map<String, Tag> tags = new HashMap<>();

    private final List<String> leftOut = new ArrayList<>();

    ResourceLinker(
            OpenAPI openApi,
            OperationLinker operations,
            Symbols symbols,
            Problems problems,
            OperationSelection selection,
            NameOverrideUse overrides) {
        this.openApi = openApi;
        this.operations = operations;
        this.symbols = symbols;
        this.problems = problems;
        this.selection = selection;
        this.overrides = overrides;
        if (openApi.getTags() != null) {
            openApi.getTags().forEach(tag -> tags.putIfAbsent(tag.getName(), tag));
        }
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
     * their first tag; in a spec that tags no operation at all, or whose one tag groups nothing ({@link LoneTag}), by
     * the resource their path names
     * ({@code /v1/customers/...} goes to {@code customers()}), and so does an untagged operation in a tagged spec; an
     * operation whose path names none goes to the default service. Nested resources follow their parents in the list.
     */
    List<Service> link() {
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

        Naming naming = new Naming(candidates, resourceScope);
        tops.forEach((key, top) -> naming.name(
                top, topNames.get(key), symbols.accessorName(topNames.get(key)), List.of(), tagDocs(topTags.get(key))));
        overrides.reportUnused(NameOverrides.Kind.ID, problems);
        overrides.reportUnused(NameOverrides.Kind.TAG, problems);

        Map<Integer, Operation> linked = new LinkedHashMap<>();
        for (int index = 0; index < candidates.size(); index++) {
            Candidate candidate = candidates.get(index);
            OperationNaming named = naming.operations[index];
            JsonPointer pointer = JsonPointer.ROOT
                    .child("paths")
                    .child(candidate.path())
                    .child(candidate.httpMethod().toLowerCase(Locale.ROOT));
            linked.put(
                    index,
                    operations.linkOperation(
                            candidate.path(),
                            candidate.item(),
                            candidate.httpMethod(),
                            candidate.operation(),
                            Optional.ofNullable(named.methodName),
                            named.route,
                            named.scope,
                            pointer));
        }
        return naming.resources.stream()
                .map(resource -> new Service(
                        resource.typeName(),
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
            ResourceTree.Node node, String typeName, String accessorName, List<String> parents, Docs docs) {}

    /** What an operation is called, where its name was allocated, and its route (answering a list or not). */
    private static final class OperationNaming {
        private String methodName;
        private NameScope scope;
        private Function<Boolean, Route> route;
    }

    /** One naming of the resource tree: the resources in the order they are named, and each operation's naming. */
    private final class Naming {
        private final List<Candidate> candidates;
        private final NameScope resourceScope;
        private final List<NamedResource> resources = new ArrayList<>();
        private final OperationNaming[] operations;

        Naming(List<Candidate> candidates, NameScope resourceScope) {
            this.candidates = candidates;
            this.resourceScope = resourceScope;
            this.operations = new OperationNaming[candidates.size()];
            for (int index = 0; index < operations.length; index++) {
                operations[index] = new OperationNaming();
            }
        }

        /** Names a resource, its nested ones and its operations' methods, depth first. */
        void name(ResourceTree.Node node, String resourceName, String accessorName, List<String> parents, Docs docs) {
            resources.add(new NamedResource(node, symbols.serviceName(resourceName), accessorName, parents, docs));
            NameScope members = symbols.serviceMethodScope(Set.of());
            List<String> childAccessors = new ArrayList<>();
            for (ResourceTree.Node child : node.children()) {
                childAccessors.add(symbols.nestedAccessorName(child.key(), members));
            }
            String where = String.join(".", appended(parents, accessorName)) + "()";
            // the names a user gave come first, so a name Kiln makes gives way to them, and two that clash are an error
            for (ResourceTree.Placed placed : node.operations()) {
                Candidate candidate = candidates.get(placed.index());
                candidate.methodOverride().ifPresent(override -> {
                    // the name the override makes in a service of its own, taken here unless another has it
                    String preferred = symbols.overriddenMethodName(override, symbols.serviceMethodScope(Set.of()));
                    if (members.isTaken(preferred)) {
                        problems.report(
                                ProblemKind.NAME_COLLISION,
                                JsonPointer.ROOT.child("paths").child(candidate.path()),
                                "the name '" + override + "' given to " + describe(candidate) + " is taken in " + where,
                                "give one of them another name");
                    }
                    operations[placed.index()].methodName = members.allocate(preferred);
                });
            }
            for (ResourceTree.Placed placed : node.operations()) {
                Candidate candidate = candidates.get(placed.index());
                OperationNaming named = operations[placed.index()];
                named.route = answersList -> new Route(
                        candidate.httpMethod(),
                        candidate.path(),
                        placed.tail(),
                        placed.through(),
                        OperationLinker.operationId(candidate.operation()),
                        node.keys(),
                        answersList,
                        placed.resourceSegment());
                named.scope = members;
                if (named.methodName == null) {
                    // an operation Kiln names would have had a name a user gave another: two names would be one
                    String preferred =
                            symbols.methodName(named.route.apply(false), symbols.serviceMethodScope(Set.of()));
                    node.operations().stream()
                            .filter(other -> preferred.equals(operations[other.index()].methodName))
                            .findFirst()
                            .ifPresent(other -> problems.report(
                                    ProblemKind.NAME_COLLISION,
                                    JsonPointer.ROOT.child("paths").child(candidate.path()),
                                    "the name '" + preferred + "' given to " + describe(candidates.get(other.index()))
                                            + " is what " + describe(candidate) + " is called in " + where,
                                    "give one of them another name, or name both"));
                }
            }
            List<ResourceTree.Node> children = node.children();
            for (int i = 0; i < children.size(); i++) {
                ResourceTree.Node child = children.get(i);
                name(
                        child,
                        symbols.resourceName(resourceName + " " + child.key(), resourceScope),
                        childAccessors.get(i),
                        appended(parents, accessorName),
                        Docs.NONE);
            }
        }
    }

    /** The operations the selection keeps, in spec order, with the names the user gave them. */
    private List<Candidate> candidates() {
        List<Candidate> candidates = new ArrayList<>();
        Map<String, PathItem> paths = openApi.getPaths() == null ? Map.of() : openApi.getPaths();
        SelectorUse selectors = new SelectorUse(selection);
        boolean tagsGroupNothing = LoneTag.groupsNothing(paths);
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
                String specTag = !tags.isEmpty() && !tagsGroupNothing
                        ? tags.get(0)
                        : PathResource.of(path.getKey()).orElse(DEFAULT_TAG);
                // an operation without an id can be renamed only in the spec: the empty id matches no override
                Optional<String> override = overrides.name(NameOverrides.Kind.ID, id, operation.getExtensions());
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
        Map<String, Object> extensions =
                Optional.ofNullable(tags.get(specTag)).map(Tag::getExtensions).orElse(null);
        return overrides.name(NameOverrides.Kind.TAG, specTag, extensions).orElse(specTag);
    }

    private static String describe(Candidate candidate) {
        return OperationLinker.operationId(candidate.operation())
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

    private Docs tagDocs(String tag) {
        return Optional.ofNullable(tags.get(tag))
                .map(found -> Docs.of(found.getDescription(), false))
                .orElse(Docs.NONE);
    }
}
