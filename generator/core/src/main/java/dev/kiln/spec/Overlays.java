package dev.kiln.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.Problems;
import dev.kiln.problems.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies OpenAPI Overlay 1.0 documents to a spec's root file, in order, before it is bundled: each action's
 * {@code target} (a JSONPath) selects elements, which {@code remove: true} removes and {@code update} changes (an
 * object is merged into a selected object, member by member and recursively; a value is appended to a selected
 * array). A target that selects nothing is a warning naming it. An element an overlay wrote is placed, in problems,
 * at the overlay's line that wrote it.
 */
final class Overlays {
    private static final Configuration PATHS = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider())
            .mappingProvider(new JacksonMappingProvider())
            .options(Option.AS_PATH_LIST, Option.SUPPRESS_EXCEPTIONS)
            .build();

    /** One step of a path json-path returns: {@code ['name']} or {@code [0]}. */
    private static final Pattern STEP = Pattern.compile("\\['((?:[^'\\\\]|\\\\.)*)'\\]|\\[(\\d+)\\]");

    private final SpecFiles files;
    private final Problems problems;

    Overlays(SpecFiles files, Problems problems) {
        this.files = files;
        this.problems = problems;
    }

    /**
     * Applies overlays to a root file.
     *
     * @param root the spec's root file
     * @param overlays the overlay files, applied in order
     * @return the root file with every overlay applied; as it was when an overlay cannot be read (and was reported)
     */
    SpecFile apply(SpecFile root, List<Path> overlays) {
        SpecFile current = root;
        for (Path path : overlays) {
            Optional<SpecFile> overlay = read(path);
            if (overlay.isPresent()) {
                current = apply(current, overlay.get());
            }
        }
        return current;
    }

    private Optional<SpecFile> read(Path path) {
        if (!Files.isRegularFile(path)) {
            problems.report(
                    ProblemKind.OVERLAY_INVALID,
                    JsonPointer.ROOT,
                    new SourceLocation(path.toString(), 0),
                    "the overlay file does not exist",
                    "check the overlays setting; a relative path is resolved against the project's directory");
            return Optional.empty();
        }
        Optional<SpecFile> overlay = files.read(path, problems, null);
        if (overlay.isEmpty()) {
            return overlay;
        }
        JsonNode tree = overlay.get().tree();
        if (!tree.path("overlay").isTextual() || !tree.path("actions").isArray()) {
            JsonPointer at = tree.has("overlay") ? JsonPointer.ROOT.child("actions") : JsonPointer.ROOT;
            problems.report(
                    ProblemKind.OVERLAY_INVALID,
                    at,
                    overlay.get().locate(at),
                    "not an OpenAPI Overlay document: it needs 'overlay: 1.0.0' and a list of 'actions'",
                    "write it as https://spec.openapis.org/overlay/v1.0.0 says: overlay, info, actions");
            return Optional.empty();
        }
        return overlay;
    }

    private SpecFile apply(SpecFile spec, SpecFile overlay) {
        JsonNode document = spec.tree().deepCopy();
        Map<JsonPointer, JsonPointer> written = new HashMap<>();
        JsonNode actions = overlay.tree().get("actions");
        for (int i = 0; i < actions.size(); i++) {
            JsonNode action = actions.get(i);
            JsonPointer at = JsonPointer.ROOT.child("actions").child(i);
            Optional<List<JsonPointer>> targets = targets(action, at, overlay, document);
            if (targets.isEmpty()) {
                continue;
            }
            if (targets.get().isEmpty()) {
                problems.report(
                        ProblemKind.OVERLAY_TARGET_MATCHES_NOTHING,
                        at.child("target"),
                        overlay.locate(at.child("target")),
                        "the overlay's target '" + action.get("target").asText() + "' selects nothing in the spec",
                        "fix the JSONPath, or drop the action if the spec no longer needs it");
                continue;
            }
            if (action.path("remove").asBoolean(false)) {
                remove(document, targets.get());
            } else if (action.has("update")) {
                for (JsonPointer target : targets.get()) {
                    update(document, target, action.get("update"), at.child("update"), written);
                }
            }
        }
        return spec.changed(document, pointer -> writtenIn(overlay, written, pointer));
    }

    /** The elements an action's target selects, or empty when it has no target JSONPath (reported). */
    private Optional<List<JsonPointer>> targets(JsonNode action, JsonPointer at, SpecFile overlay, JsonNode document) {
        JsonNode target = action.get("target");
        if (target == null || !target.isTextual()) {
            problems.report(
                    ProblemKind.OVERLAY_INVALID,
                    at,
                    overlay.locate(at),
                    "the overlay's action has no target",
                    "give each action a target: a JSONPath such as $.paths['/pets'].get");
            return Optional.empty();
        }
        try {
            // the Jackson provider gives the paths as a JSON array of strings
            JsonNode paths = JsonPath.using(PATHS).parse(document).read(target.asText());
            List<JsonPointer> pointers = new ArrayList<>();
            if (paths != null) {
                paths.forEach(path -> pointers.add(pointer(path.asText())));
            }
            return Optional.of(pointers);
        } catch (InvalidPathException e) {
            problems.report(
                    ProblemKind.OVERLAY_INVALID,
                    at.child("target"),
                    overlay.locate(at.child("target")),
                    "the overlay's target '" + target.asText() + "' is not a JSONPath: " + e.getMessage(),
                    "write a JSONPath such as $.paths['/pets'].get or $.components.schemas.Pet");
            return Optional.empty();
        }
    }

    /** Removes the selected elements, the last of an array first so that the others keep their index. */
    private static void remove(JsonNode document, List<JsonPointer> targets) {
        List<JsonPointer> ordered = new ArrayList<>(targets);
        ordered.sort(Comparator.comparing(Overlays::indexOrMinus).reversed());
        for (JsonPointer target : ordered) {
            if (target.isRoot()) {
                continue;
            }
            JsonNode parent = at(document, target.parent());
            String last = target.tokens().get(target.tokens().size() - 1);
            if (parent instanceof ObjectNode object) {
                object.remove(last);
            } else if (parent instanceof ArrayNode array && last.matches("\\d+")) {
                array.remove(Integer.parseInt(last));
            }
        }
    }

    private static int indexOrMinus(JsonPointer pointer) {
        List<String> tokens = pointer.tokens();
        String last = tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
        return last.matches("\\d{1,9}") ? Integer.parseInt(last) : -1;
    }

    /** Merges an update into a selected element; records where each member it writes was written. */
    private static void update(
            JsonNode document,
            JsonPointer target,
            JsonNode update,
            JsonPointer updatePointer,
            Map<JsonPointer, JsonPointer> written) {
        JsonNode selected = at(document, target);
        if (selected instanceof ObjectNode object && update.isObject()) {
            merge(object, target, update, updatePointer, written);
        } else if (selected instanceof ArrayNode array) {
            array.add(update.deepCopy());
            written.put(target.child(array.size() - 1), updatePointer);
        } else if (!target.isRoot()) {
            JsonNode parent = at(document, target.parent());
            String last = target.tokens().get(target.tokens().size() - 1);
            if (parent instanceof ObjectNode object) {
                object.set(last, update.deepCopy());
            } else if (parent instanceof ArrayNode array && last.matches("\\d+")) {
                array.set(Integer.parseInt(last), update.deepCopy());
            }
            written.put(target, updatePointer);
        }
    }

    private static void merge(
            ObjectNode into,
            JsonPointer intoPointer,
            JsonNode update,
            JsonPointer updatePointer,
            Map<JsonPointer, JsonPointer> written) {
        update.properties().forEach(member -> {
            JsonNode existing = into.get(member.getKey());
            JsonPointer memberPointer = intoPointer.child(member.getKey());
            JsonPointer from = updatePointer.child(member.getKey());
            if (existing instanceof ObjectNode object && member.getValue().isObject()) {
                merge(object, memberPointer, member.getValue(), from, written);
            } else {
                into.set(member.getKey(), member.getValue().deepCopy());
                written.put(memberPointer, from);
            }
        });
    }

    /** Where an element of the overlaid document was written, when an overlay wrote it or one of its ancestors. */
    private static Optional<SourceLocation> writtenIn(
            SpecFile overlay, Map<JsonPointer, JsonPointer> written, JsonPointer pointer) {
        for (JsonPointer current = pointer; ; current = current.parent()) {
            JsonPointer from = written.get(current);
            if (from != null) {
                return Optional.of(overlay.locate(pointer.movedFrom(current, from)));
            }
            if (current.isRoot()) {
                return Optional.empty();
            }
        }
    }

    private static JsonNode at(JsonNode document, JsonPointer pointer) {
        JsonNode node = document;
        for (String token : pointer.tokens()) {
            node = node.isArray() && token.matches("\\d{1,9}") ? node.path(Integer.parseInt(token)) : node.path(token);
        }
        return node;
    }

    /** {@code $['paths']['/pets'][0]} as a JSON pointer. */
    private static JsonPointer pointer(String path) {
        JsonPointer pointer = JsonPointer.ROOT;
        Matcher steps = STEP.matcher(path);
        while (steps.find()) {
            pointer = steps.group(1) != null
                    ? pointer.child(steps.group(1).replaceAll("\\\\(.)", "$1"))
                    : pointer.child(Integer.parseInt(steps.group(2)));
        }
        return pointer;
    }
}
