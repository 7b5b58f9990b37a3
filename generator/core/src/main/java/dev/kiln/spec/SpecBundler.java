package dev.kiln.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.Problems;
import dev.kiln.remote.RemoteSpec;
import dev.kiln.remote.WrittenReferences;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Joins a spec written over many files into one document whose only references are to its own
 * {@code components}, following JSON Reference semantics.
 *
 * <ul>
 *   <li>A schema {@code $ref} to anywhere but the root's {@code components/schemas} (another file, or a place inside
 *       a schema, parameter or response) becomes a schema of {@code components/schemas}, once per target, named
 *       after where it was written; the place it was written, when it is in the bundle too, refers to it.
 *   <li>A root component that is only a {@code $ref} to such a place takes its content and name.
 *   <li>Any other {@code $ref} (a path item, an operation, a parameter, a response, a request body...) is replaced
 *       by the object it points at, unless it names a component of the root's own section for that kind.
 * </ul>
 *
 * A reference to a URL, to a missing file or to no element, and a chain of references that returns to itself, are
 * reported where they are written.
 */
final class SpecBundler {
    /** How a reference to a schema of the root's {@code components/schemas} begins. */
    private static final String SCHEMAS = JsonPointer.componentSchema("").toString();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> OVERRIDING_SIBLINGS = Set.of("summary", "description");

    private final SpecFile root;
    private final Problems problems;
    private final Origins origins;
    private final SchemaNames names;
    private final Map<RefTarget.Key, String> schemaComponents = new HashMap<>();
    private final Map<String, RefTarget> adopted = new HashMap<>();
    private final Map<String, RefTarget> hoisted = new LinkedHashMap<>();
    private final Deque<String> pending = new ArrayDeque<>();
    private final Set<RefTarget.Key> inlining = new LinkedHashSet<>();
    private final Map<RefTarget.Key, Optional<RefTarget>> resolved = new HashMap<>();
    private final RefResolver resolver;

    SpecBundler(SpecFiles files, SpecFile root, Problems problems, Origins origins, Optional<RemoteSpec> remote) {
        this.root = root;
        this.problems = problems;
        this.origins = origins;
        this.names = new SchemaNames(rootSchemas().keySet());
        this.resolver = new RefResolver(files, problems, remote);
    }

    /** Bundles the spec; problems found are reported, and the places they are in left empty. */
    ObjectNode bundle() {
        adoptReferencedContent();
        JsonNode document = walk(root, root.tree(), JsonPointer.ROOT, ElementKind.DOCUMENT, JsonPointer.ROOT);
        if (!(document instanceof ObjectNode bundle)) {
            return NODES.objectNode();
        }
        ObjectNode schemas = null;
        while (!pending.isEmpty()) {
            String name = pending.poll();
            RefTarget target = hoisted.get(name);
            JsonPointer bundledPointer = JsonPointer.componentSchema(name);
            JsonNode schema = walk(target.file(), target.node(), target.pointer(), ElementKind.SCHEMA, bundledPointer);
            origins.put(bundledPointer, target.file(), target.pointer());
            if (schemas == null) {
                schemas = componentSchemas(bundle);
            }
            schemas.set(name, schema);
        }
        shareNestedTargets(bundle);
        return bundle;
    }

    private Map<String, JsonNode> rootSchemas() {
        Map<String, JsonNode> schemas = new LinkedHashMap<>();
        JsonNode node = root.tree().path("components").path("schemas");
        node.properties().forEach(entry -> schemas.put(entry.getKey(), entry.getValue()));
        return schemas;
    }

    /** A root schema that is only a reference to elsewhere becomes what it refers to, under its own name. */
    private void adoptReferencedContent() {
        rootSchemas().forEach((name, node) -> {
            if (!isOnlyReference(node)) {
                return;
            }
            JsonPointer pointer = JsonPointer.componentSchema(name);
            resolve(root, node.get("$ref").asText(), pointer.child("$ref"))
                    .flatMap(this::finalTarget)
                    .filter(target -> rootSchemaName(target).isEmpty())
                    .filter(target -> !schemaComponents.containsKey(target.key()))
                    .ifPresent(target -> {
                        schemaComponents.put(target.key(), name);
                        adopted.put(name, target);
                    });
        });
    }

    private JsonNode walk(
            SpecFile file, JsonNode node, JsonPointer pointer, ElementKind kind, JsonPointer bundledPointer) {
        if (kind == ElementKind.OPAQUE) {
            return node;
        }
        if (kind == ElementKind.MAPPING_TARGET) {
            return node.isTextual() ? mappingTarget(file, node.asText(), pointer) : node;
        }
        if (!node.isObject()) {
            return node;
        }
        if (node.path("$ref").isTextual()) {
            return kind == ElementKind.SCHEMA
                    ? schemaReference(file, (ObjectNode) node, pointer, bundledPointer)
                    : objectReference(file, (ObjectNode) node, pointer, kind, bundledPointer);
        }
        return walkMembers(file, node, pointer, kind, bundledPointer, NODES.objectNode());
    }

    private ObjectNode walkMembers(
            SpecFile file,
            JsonNode node,
            JsonPointer pointer,
            ElementKind kind,
            JsonPointer bundledPointer,
            ObjectNode into) {
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            String name = member.getKey();
            if (name.equals("$ref")) {
                continue;
            }
            into.set(
                    name,
                    walkMember(
                            file,
                            member.getValue(),
                            pointer.child(name),
                            kind.member(name),
                            bundledPointer.child(name)));
        }
        return into;
    }

    private JsonNode walkMember(
            SpecFile file, JsonNode value, JsonPointer pointer, ElementKind.Member member, JsonPointer bundledPointer) {
        ElementKind kind = member.kind();
        boolean list = value.isArray()
                && (member.layout() == ElementKind.Layout.LIST || member.layout() == ElementKind.Layout.ONE_OR_LIST);
        if (list) {
            ArrayNode out = NODES.arrayNode(value.size());
            for (int i = 0; i < value.size(); i++) {
                out.add(walk(file, value.get(i), pointer.child(i), kind, bundledPointer.child(i)));
            }
            return out;
        }
        if (member.layout() == ElementKind.Layout.MAP
                && value.isObject()
                && !value.path("$ref").isTextual()) {
            ObjectNode out = NODES.objectNode();
            value.properties()
                    .forEach(entry -> out.set(
                            entry.getKey(),
                            walk(
                                    file,
                                    entry.getValue(),
                                    pointer.child(entry.getKey()),
                                    kind,
                                    bundledPointer.child(entry.getKey()))));
            return out;
        }
        if (member.layout() == ElementKind.Layout.MAP && value.isObject()) {
            return referencedMap(file, value, pointer, kind, bundledPointer);
        }
        return walk(file, value, pointer, kind, bundledPointer);
    }

    /** A map written as a reference to one elsewhere (all of a file's schemas, say): that map's entries in place. */
    private JsonNode referencedMap(
            SpecFile file, JsonNode value, JsonPointer pointer, ElementKind kind, JsonPointer bundledPointer) {
        Optional<RefTarget> target = resolve(file, value.get("$ref").asText(), pointer.child("$ref"));
        if (target.isEmpty()
                || !target.get().node().isObject()
                || !inlining.add(target.get().key())) {
            return NODES.objectNode();
        }
        try {
            origins.put(bundledPointer, target.get().file(), target.get().pointer());
            return walkMember(
                    target.get().file(),
                    target.get().node(),
                    target.get().pointer(),
                    new ElementKind.Member(kind, ElementKind.Layout.MAP),
                    bundledPointer);
        } finally {
            inlining.remove(target.get().key());
        }
    }

    /** A schema reference: to a root schema, kept; to anywhere else, to the schema gathered from there. */
    private JsonNode schemaReference(SpecFile file, ObjectNode node, JsonPointer pointer, JsonPointer bundledPointer) {
        String ref = node.get("$ref").asText();
        if (file == root && pointer.componentSchemaName().isPresent()) {
            RefTarget adoptedTarget = adopted.get(pointer.componentSchemaName().get());
            if (adoptedTarget != null) {
                origins.put(bundledPointer, adoptedTarget.file(), adoptedTarget.pointer());
                return walk(
                        adoptedTarget.file(),
                        adoptedTarget.node(),
                        adoptedTarget.pointer(),
                        ElementKind.SCHEMA,
                        bundledPointer);
            }
        }
        if (file == root
                && JsonPointer.ofLocalRef(ref)
                        .flatMap(JsonPointer::componentSchemaName)
                        .isPresent()) {
            // a missing root schema is reported by the linker, with the names it knows
            return walkMembers(file, node, pointer, ElementKind.SCHEMA, bundledPointer, refTo(ref));
        }
        Optional<String> component = resolve(file, ref, pointer.child("$ref"))
                .flatMap(this::finalTarget)
                .map(this::schemaComponent);
        if (component.isEmpty()) {
            return NODES.objectNode();
        }
        return walkMembers(
                file,
                node,
                pointer,
                ElementKind.SCHEMA,
                bundledPointer,
                refTo(JsonPointer.componentSchema(component.get())));
    }

    /** A discriminator mapping written as a reference names the schema gathered from where it points. */
    private JsonNode mappingTarget(SpecFile file, String value, JsonPointer pointer) {
        if (!WrittenReferences.isReference(value) || (file == root && value.startsWith(SCHEMAS))) {
            return TextNode.valueOf(value);
        }
        return resolve(file, value, pointer)
                .flatMap(this::finalTarget)
                .map(this::schemaComponent)
                .<JsonNode>map(name ->
                        TextNode.valueOf(JsonPointer.componentSchema(name).toString()))
                .orElse(TextNode.valueOf(value));
    }

    /** Any other reference: to a component of the root's section for its kind, kept; otherwise its target in place. */
    private JsonNode objectReference(
            SpecFile file, ObjectNode node, JsonPointer pointer, ElementKind kind, JsonPointer bundledPointer) {
        String ref = node.get("$ref").asText();
        JsonPointer refPointer = pointer.child("$ref");
        Optional<RefTarget> resolved = resolve(file, ref, refPointer);
        if (resolved.isEmpty()) {
            return NODES.objectNode();
        }
        RefTarget target = resolved.get();
        if (keepsReference(target, kind)) {
            return refTo(target.pointer());
        }
        if (!inlining.add(target.key())) {
            problems.report(
                    ProblemKind.REF_CYCLE,
                    refPointer,
                    file.locate(refPointer),
                    "'" + ref + "' leads back to itself through references only",
                    "a $ref must end at an object written out; break the cycle");
            return NODES.objectNode();
        }
        try {
            origins.put(bundledPointer, target.file(), target.pointer());
            JsonNode content = walk(target.file(), target.node(), target.pointer(), kind, bundledPointer);
            if (content instanceof ObjectNode object) {
                ObjectNode merged = object.deepCopy();
                for (String sibling : OVERRIDING_SIBLINGS) {
                    if (node.has(sibling)) {
                        merged.set(sibling, node.get(sibling));
                    }
                }
                return merged;
            }
            return content;
        } finally {
            inlining.remove(target.key());
        }
    }

    /** Parameters, request bodies, responses and the like may stay references to the root's own components. */
    private boolean keepsReference(RefTarget target, ElementKind kind) {
        if (target.file() != root || kind == ElementKind.PATH_ITEM || kind.componentSection() == null) {
            return false;
        }
        return target.pointer().componentName(kind.componentSection()).isPresent();
    }

    /**
     * Where a chain of references ends: a target that is itself only a reference stands for what that refers to.
     * A root schema ends the chain, as it keeps its name.
     */
    private Optional<RefTarget> finalTarget(RefTarget first) {
        RefTarget target = first;
        Set<RefTarget.Key> seen = new HashSet<>();
        while (isOnlyReference(target.node()) && rootSchemaName(target).isEmpty()) {
            if (!seen.add(target.key())) {
                problems.report(
                        ProblemKind.REF_CYCLE,
                        target.pointer(),
                        target.file().locate(target.pointer()),
                        "'" + target.pointer() + "' leads back to itself through references only",
                        "a $ref must end at a schema written out; break the cycle");
                return Optional.empty();
            }
            JsonPointer refPointer = target.pointer().child("$ref");
            Optional<RefTarget> next =
                    resolve(target.file(), target.node().get("$ref").asText(), refPointer);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            target = next.get();
        }
        return Optional.of(target);
    }

    private static boolean isOnlyReference(JsonNode node) {
        return node.isObject() && node.size() == 1 && node.path("$ref").isTextual();
    }

    /** The name of the schema component a target is, or is gathered into. */
    private String schemaComponent(RefTarget target) {
        Optional<String> rootName = rootSchemaName(target);
        if (rootName.isPresent()) {
            return rootName.get();
        }
        String known = schemaComponents.get(target.key());
        if (known != null) {
            return known;
        }
        String name = names.allocate(target, target.file() == root);
        schemaComponents.put(target.key(), name);
        hoisted.put(name, target);
        pending.add(name);
        return name;
    }

    private Optional<String> rootSchemaName(RefTarget target) {
        return target.file() == root ? target.pointer().componentSchemaName() : Optional.empty();
    }

    /**
     * Where a gathered schema was also written inside another one in the bundle (a property of a root schema, a part
     * of a gathered file), that place now refers to the gathered schema, so that one type stands for both.
     */
    private void shareNestedTargets(ObjectNode bundle) {
        Map<String, List<Map.Entry<RefTarget.Key, String>>> byFile = new HashMap<>();
        for (Map.Entry<RefTarget.Key, String> entry : schemaComponents.entrySet()) {
            byFile.computeIfAbsent(entry.getKey().file(), f -> new ArrayList<>())
                    .add(entry);
        }
        List<Map.Entry<RefTarget.Key, String>> ordered = new ArrayList<>(schemaComponents.entrySet());
        ordered.sort(Map.Entry.comparingByValue());
        for (Map.Entry<RefTarget.Key, String> entry : ordered) {
            JsonPointer pointer = entry.getKey().pointer();
            if (pointer.isRoot()) {
                continue;
            }
            JsonPointer container = null;
            JsonPointer containerBundled = null;
            if (entry.getKey().file().equals(root.path().toString())) {
                container = JsonPointer.ROOT;
                containerBundled = JsonPointer.ROOT;
            }
            for (Map.Entry<RefTarget.Key, String> other :
                    byFile.get(entry.getKey().file())) {
                JsonPointer otherPointer = other.getKey().pointer();
                if (pointer.isBelow(otherPointer)
                        && (container == null
                                || otherPointer.tokens().size()
                                        > container.tokens().size())) {
                    container = otherPointer;
                    containerBundled = JsonPointer.componentSchema(other.getValue());
                }
            }
            if (container != null) {
                replace(
                        bundle,
                        pointer.movedFrom(container, containerBundled),
                        refTo(JsonPointer.componentSchema(entry.getValue())));
            }
        }
    }

    private static void replace(ObjectNode bundle, JsonPointer pointer, JsonNode replacement) {
        List<String> tokens = pointer.tokens();
        if (tokens.isEmpty()) {
            return;
        }
        JsonNode parent = bundle;
        for (String token : tokens.subList(0, tokens.size() - 1)) {
            parent = child(parent, token);
            if (parent == null) {
                return;
            }
        }
        String last = tokens.get(tokens.size() - 1);
        if (parent instanceof ObjectNode object && object.has(last)) {
            object.set(last, replacement);
        } else if (parent instanceof ArrayNode array && last.matches("\\d+") && Integer.parseInt(last) < array.size()) {
            array.set(Integer.parseInt(last), replacement);
        }
    }

    private static JsonNode child(JsonNode node, String token) {
        if (node.isObject()) {
            return node.get(token);
        }
        if (node.isArray() && token.matches("\\d+")) {
            return node.get(Integer.parseInt(token));
        }
        return null;
    }

    private static ObjectNode refTo(JsonPointer target) {
        return refTo(target.toString());
    }

    private static ObjectNode refTo(String ref) {
        ObjectNode node = NODES.objectNode();
        node.put("$ref", ref);
        return node;
    }

    private static ObjectNode componentSchemas(ObjectNode bundle) {
        JsonNode components = bundle.get("components");
        ObjectNode componentsNode = components instanceof ObjectNode object ? object : bundle.putObject("components");
        JsonNode schemas = componentsNode.get("schemas");
        return schemas instanceof ObjectNode object ? object : componentsNode.putObject("schemas");
    }

    /** Resolves a reference once, however often the walk meets it, so that a failure is reported once. */
    private Optional<RefTarget> resolve(SpecFile from, String ref, JsonPointer refPointer) {
        return resolved.computeIfAbsent(
                new RefTarget.Key(from.path().toString(), refPointer), key -> resolver.resolve(from, ref, refPointer));
    }
}
