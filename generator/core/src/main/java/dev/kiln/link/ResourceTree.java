package dev.kiln.link;

import dev.kiln.language.Route;
import dev.kiln.language.Symbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The resources of the client, and which one each operation sits in: the structure of the SDK's services, which the
 * target only spells.
 *
 * <p>An operation's top-level resource is its tag's (untagged, its path's first segment, as before). The path is
 * read below that resource, versions and file extensions ({@code .json}) left out: the last segment that names the
 * resource ends the part the resource stands for ({@code /deployments/secrets/{id}} in {@code Secrets} leaves
 * {@code {id}}), or else the first segment does when more follow ({@code /tci/execute} in {@code Code Interpreter}
 * leaves {@code execute}; {@code /zones} in {@code Endpoints} leaves {@code zones}). A parent item the path goes through
 * before that is remembered ({@code /projects/{project_gid}/tasks} is {@code tasks} through {@code projects}).
 *
 * <p>Below it, a segment that is no action becomes a nested resource when at least two operations sit at or below it
 * and it names a collection or has paths below it ({@code /fine-tunes/models/supported} and
 * {@code /fine-tunes/models/limits} give {@code fineTuning().models()}; {@code GET} and {@code PUT} on
 * {@code /files/{id}/content} stay methods of {@code files()}), or when it is the resource's only segment and is
 * posted to ({@code /chat/completions} gives
 * {@code chat().completions()}); a nested resource is named without its parent's words, and a segment that names its
 * parent nests nothing. The same rule applies again below a nested resource. Everything else is a method of the
 * resource, named by where it sits below it ({@link Route#tail()}).
 */
final class ResourceTree {
    /** One resource: the operations it holds itself, and the resources nested in it, in spec order. */
    static final class Node {
        private final String key;
        private final Node parent;
        private final Map<String, Node> children = new LinkedHashMap<>();
        private final List<Placed> operations = new ArrayList<>();

        Node(String key, Node parent) {
            this.key = key;
            this.parent = parent;
        }

        /** {@return the resource's key, as the target made it: {@code Completions}} */
        String key() {
            return key;
        }

        /** {@return the keys of the resources from the client to this one, outermost first} */
        List<String> keys() {
            List<String> keys = parent == null ? new ArrayList<>() : new ArrayList<>(parent.keys());
            keys.add(key);
            return keys;
        }

        /** {@return the resources nested in this one, in the order their first operation comes in the spec} */
        List<Node> children() {
            return List.copyOf(children.values());
        }

        /** {@return the operations this resource holds itself, in spec order} */
        List<Placed> operations() {
            return operations.stream()
                    .sorted(java.util.Comparator.comparingInt(Placed::index))
                    .toList();
        }

        /** Makes an operation this resource's own, where a user's name put it. */
        void hold(Placed operation) {
            operations.add(operation);
        }

        /**
         * The nested resource found at a place below this one, made when asked for the first time.
         *
         * @param at where it is: the segments below this resource that lead to it, or a user's name for it
         * @param childKey its key
         * @return the nested resource
         */
        Node child(String at, String childKey) {
            return children.computeIfAbsent(at, k -> new Node(childKey, this));
        }
    }

    /**
     * An operation placed in the tree.
     *
     * @param index the operation's place among the linked ones, in spec order
     * @param httpMethod its HTTP method
     * @param tail its path's segments below its resource
     * @param through the parent item the path goes through before the resource, if any
     * @param resourceSegment the segment that stands for the resource, if one does
     */
    record Placed(
            int index,
            String httpMethod,
            List<String> tail,
            Optional<String> through,
            Optional<String> resourceSegment) {
        Placed below(int segment) {
            return new Placed(
                    index,
                    httpMethod,
                    tail.subList(segment + 1, tail.size()),
                    throughItem(tail.subList(0, segment)).or(() -> through),
                    Optional.of(tail.get(segment)));
        }

        /** The item the path goes through before a nested resource: the last static before a parameter, or else
         * the resource it is nested in when a parameter follows it directly. */
        private Optional<String> throughItem(List<String> before) {
            for (int i = before.size() - 1; i >= 0; i--) {
                if (Route.isParameter(before.get(i))) {
                    for (int j = i - 1; j >= 0; j--) {
                        if (!Route.isParameter(before.get(j))) {
                            return Optional.of(before.get(j));
                        }
                    }
                    return resourceSegment;
                }
            }
            return Optional.empty();
        }
    }

    /** The format a path segment names as a file extension, which says nothing of the resource: {@code .json}. */
    private static final Pattern FORMAT = Pattern.compile("\\.(json|xml|yaml|yml|csv|txt|html)$");

    private final Symbols symbols;

    ResourceTree(Symbols symbols) {
        this.symbols = symbols;
    }

    /**
     * Places an operation below its top-level resource, as a path read from there.
     *
     * @param index the operation's place in spec order
     * @param httpMethod its HTTP method
     * @param path its path template
     * @param topKey its top-level resource's key
     * @param sharedFirstSegments the first segments two or more paths of the resource start with
     * @param homed whether some path of the resource names it, so a path that does not is a resource of its own
     * @return the placed operation, its tail below the top-level resource
     */
    Placed place(
            int index, String httpMethod, String path, String topKey, Set<String> sharedFirstSegments, boolean homed) {
        List<String> segments = segments(path);
        int base = -1;
        for (int i = 0; i < segments.size(); i++) {
            if (!Route.isParameter(segments.get(i)) && symbols.namesResource(segments.get(i), topKey)) {
                base = i;
            }
        }
        // a path that does not name its resource stands for it with its first segment when more follows, or when
        // other paths of the resource start with it too; unless other paths do name it (then its segments nest)
        long statics =
                segments.stream().filter(segment -> !Route.isParameter(segment)).count();
        boolean stands = !homed
                && (statics > 1
                        || firstStatic(path)
                                .filter(sharedFirstSegments::contains)
                                .isPresent());
        for (int i = 0; base < 0 && stands && i < segments.size(); i++) {
            if (!Route.isParameter(segments.get(i))) {
                base = i;
            }
        }
        return new Placed(
                index,
                httpMethod,
                segments.subList(base + 1, segments.size()),
                through(segments.subList(0, Math.max(base, 0))),
                base < 0 ? Optional.empty() : Optional.of(segments.get(base)));
    }

    /**
     * Tells whether a segment of a path names a resource.
     *
     * @param path a path template
     * @param topKey the resource's key
     * @return true when one of its static segments names the resource
     */
    boolean names(String path, String topKey) {
        return segments(path).stream()
                .anyMatch(segment -> !Route.isParameter(segment) && symbols.namesResource(segment, topKey));
    }

    /**
     * The segments of a path as the tree reads them: without versions and file extensions, dotted names apart
     * ({@link PathResource#readAs}).
     */
    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        int query = path.indexOf('?');
        for (String segment : (query < 0 ? path : path.substring(0, query)).split("/")) {
            if (!segment.isEmpty() && !PathResource.isVersion(segment)) {
                segments.add(
                        Route.isParameter(segment)
                                ? segment
                                : FORMAT.matcher(segment).replaceFirst(""));
            }
        }
        return PathResource.readAs(segments);
    }

    /**
     * The first static segment of a path, as the tree reads it.
     *
     * @param path a path template
     * @return its first segment that is no version and no parameter
     */
    static Optional<String> firstStatic(String path) {
        return segments(path).stream()
                .filter(segment -> !Route.isParameter(segment))
                .findFirst();
    }

    /** The static segment before the last parameter of the part of a path above its resource. */
    private static Optional<String> through(List<String> prefix) {
        for (int i = prefix.size() - 1; i > 0; i--) {
            if (Route.isParameter(prefix.get(i)) && !Route.isParameter(prefix.get(i - 1))) {
                return Optional.of(prefix.get(i - 1));
            }
        }
        return Optional.empty();
    }

    /**
     * Nests the operations of a resource: each goes into the resource itself or into a nested one, by the rule of
     * this class, again and again below.
     *
     * @param node the resource
     * @param placed its operations, their tails below it, in spec order
     */
    void nest(Node node, List<Placed> placed) {
        Map<String, Integer> below = new LinkedHashMap<>();
        Map<String, Boolean> deeper = new LinkedHashMap<>();
        for (Placed operation : placed) {
            nestingSegment(node, operation).ifPresent(at -> {
                below.merge(prefix(operation.tail(), at), 1, Integer::sum);
                deeper.merge(prefix(operation.tail(), at), operation.tail().size() > at + 1, Boolean::logicalOr);
            });
        }
        Map<Node, List<Placed>> nested = new LinkedHashMap<>();
        for (Placed operation : placed) {
            Optional<Integer> at = nestingSegment(node, operation);
            boolean nests = at.isPresent()
                    && (below.get(prefix(operation.tail(), at.get())) >= 2
                                    && (deeper.get(prefix(operation.tail(), at.get()))
                                            || symbols.namesCollection(
                                                    operation.tail().get(at.get())))
                            || at.get() == 0
                                    && operation.tail().size() == 1
                                    && operation.httpMethod().equals("POST")
                                    && symbols.namesCollection(operation.tail().get(at.get()))
                                    && mentions(placed, operation.tail().get(at.get())) == 1);
            if (nests) {
                String segment = operation.tail().get(at.get());
                // two places below the resource that name the same resource are one nested resource:
                // /issues/comments/{id} and /issues/{number}/comments are both issues().comments()
                String childKey = symbols.nestedResourceKey(segment, node.key());
                Node child = node.child(childKey, childKey);
                nested.computeIfAbsent(child, c -> new ArrayList<>()).add(operation.below(at.get()));
            } else {
                node.operations.add(operation);
            }
        }
        nested.forEach(this::nest);
    }

    /** How many of the operations have a segment in their tail. */
    private static long mentions(List<Placed> placed, String segment) {
        return placed.stream()
                .filter(operation -> operation.tail().contains(segment))
                .count();
    }

    /** The first static segment of an operation's tail, when it could be a nested resource of the node. */
    private Optional<Integer> nestingSegment(Node node, Placed operation) {
        for (int i = 0; i < operation.tail().size(); i++) {
            String segment = operation.tail().get(i);
            if (!Route.isParameter(segment)) {
                boolean resource = !symbols.namesAction(segment)
                        && !symbols.nestedResourceKey(segment, node.key()).isEmpty();
                return resource ? Optional.of(i) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The tail up to and including a segment, parameters written alike, as the key of a nested resource. */
    private static String prefix(List<String> tail, int segment) {
        List<String> parts = new ArrayList<>();
        for (String part : tail.subList(0, segment + 1)) {
            parts.add(Route.isParameter(part) ? "{}" : part);
        }
        return String.join("/", parts);
    }
}
