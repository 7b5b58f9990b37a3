package dev.kiln.naming;

import dev.kiln.target.NameScope;
import dev.kiln.target.Route;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * The rule for an operation's method name: what the path's shape and the HTTP method say ({@link RouteShape}), unless
 * the operation id says something the path does not.
 *
 * <p>The operation id is cleaned first: a namespace before a {@code /} or a service prefix before a {@code _} is
 * dropped ({@code tci/execute}, {@code GPUClusterService_List}), then an API version with its group
 * ({@code listCoreV1NamespacedPod}), then every run of words that names one of the
 * resources the operation sits in ({@code listEndpoints} in {@code endpoints()}), then a verb that means what the
 * house verb means becomes it ({@code get}, {@code fetch}, {@code read} and {@code show} retrieve an item, and list a
 * collection when what follows them is plural ({@code fetchVoices}) or nothing; {@code getAll} lists; {@code remove} deletes; {@code edit} and {@code modify} update). The path's
 * shape wins when the id is missing, when it only echoes the path ({@code getFilesIdContent}), when nothing is left,
 * or when it starts with the shape's own verb and names nothing the path does not ({@code getAllEvaluationJobs} on
 * {@code GET /evaluation} lists); otherwise the cleaned id is the name ({@code estimatePrice}, {@code upload}).
 */
final class MethodNames {
    /** The words an operation id that only echoes its path is made of, besides the path's own. */
    private static final Set<String> ECHO_WORDS = Set.of(
            "get", "post", "put", "patch", "delete", "head", "options", "by", "id", "ids", "and", "for", "of", "all");

    /** A word of an operation id that is an API version: {@code v1}, {@code v1beta1}, {@code v2alpha}. */
    private static final Pattern API_VERSION = Pattern.compile("v\\d+((alpha|beta)\\d*)?");

    private MethodNames() {}

    /** Names an operation's method, unique in its service. */
    static String methodName(Route route, NameScope scope) {
        RouteShape shape = RouteShape.of(route);
        List<String> words = route.operationId()
                .map(id -> cleaned(id, route, shape))
                .filter(id -> !id.isEmpty())
                .orElse(shape.words());
        return scope.allocate(usable(Words.identifier(Words.camel(words), "call")));
    }

    /** A method name that is no keyword and no member every service has. */
    static String usable(String candidate) {
        return SourceVersion.isKeyword(candidate) || ReservedNames.SERVICE_MEMBERS.contains(candidate)
                ? candidate + "_"
                : candidate;
    }

    /** The operation id's words as the method name, or none when the path's shape says it better. */
    private static List<String> cleaned(String operationId, Route route, RouteShape shape) {
        List<String> words = lower(Words.split(withoutNamespace(operationId)));
        if (words.isEmpty() || echoesPath(words, route)) {
            return List.of();
        }
        words = withoutApiVersion(words);
        for (String resource : route.resources()) {
            words = withoutRun(words, lower(Words.split(resource)));
        }
        words = houseVerb(words, shape);
        if (words.isEmpty() || words.get(0).equals(shape.verb()) && namesNothingMore(words, shape)) {
            return List.of();
        }
        return words;
    }

    /**
     * The operation id without a namespace: the part after its last {@code /} ({@code sessions/list}), or after a
     * service prefix and {@code _} ({@code GPUClusterService_List}, {@code Users_Get}).
     */
    private static String withoutNamespace(String operationId) {
        String id = operationId.substring(operationId.lastIndexOf('/') + 1);
        int underscore = id.indexOf('_');
        if (underscore > 0
                && underscore == id.lastIndexOf('_')
                && underscore < id.length() - 1
                && Character.isUpperCase(id.charAt(0))
                && Character.isUpperCase(id.charAt(underscore + 1))) {
            return id.substring(underscore + 1);
        }
        return id.isEmpty() ? operationId : id;
    }

    /** Whether every word of the id is a word of the path, its parameters or the HTTP method. */
    private static boolean echoesPath(List<String> words, Route route) {
        Set<String> path = new HashSet<>(ECHO_WORDS);
        for (String word : lower(Words.split(route.path()))) {
            path.add(word);
            path.add(singularOf(word));
        }
        return words.stream().allMatch(word -> path.contains(word) || path.contains(singularOf(word)));
    }

    /**
     * The words without an API version and the group before it, which say nothing of what the operation does:
     * {@code listCoreV1NamespacedPod} gives {@code listNamespacedPod}.
     */
    private static List<String> withoutApiVersion(List<String> words) {
        List<String> left = new ArrayList<>(words);
        for (int i = 1; i < left.size(); i++) {
            if (API_VERSION.matcher(left.get(i)).matches()) {
                left.remove(i);
                if (i > 1) {
                    left.remove(i - 1);
                }
                break;
            }
        }
        return left;
    }

    /** The words without every run that names the resource, as it is or made singular. */
    private static List<String> withoutRun(List<String> words, List<String> resource) {
        List<String> left = new ArrayList<>(words);
        for (List<String> run : List.of(resource, lower(Words.singular(resource)))) {
            for (int i = 0; !run.isEmpty() && i + run.size() <= left.size(); ) {
                if (left.subList(i, i + run.size()).equals(run)) {
                    left.subList(i, i + run.size()).clear();
                } else {
                    i++;
                }
            }
        }
        return left;
    }

    /** The words with a verb that means what the house verb for the shape means replaced by it. */
    private static List<String> houseVerb(List<String> words, RouteShape shape) {
        if (words.isEmpty()) {
            return words;
        }
        List<String> out = new ArrayList<>(words);
        String verb = out.get(0);
        boolean reads = Set.of("get", "fetch", "read", "show", "retrieve", "list", "find")
                .contains(verb);
        if (reads && out.size() > 1 && out.get(1).equals("all")) {
            out.remove(1);
            out.set(0, "list");
        } else if (reads && shape.verb().equals("retrieve")
                || reads && shape.verb().equals("list") && namesMany(out.subList(1, out.size()))) {
            out.set(0, shape.verb());
        } else if (Set.of("remove", "destroy", "delete").contains(verb)
                && shape.verb().equals("delete")) {
            out.set(0, "delete");
        } else if (Set.of("edit", "modify", "patch", "update", "set").contains(verb)
                && shape.verb().equals("update")) {
            out.set(0, "update");
        } else if (Set.of("new", "add", "create", "post").contains(verb)
                && shape.verb().equals("create")) {
            out.set(0, "create");
        }
        return out;
    }

    /** Whether the words after a verb name many things, or nothing: {@code voices}, {@code model list}. */
    private static boolean namesMany(List<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        String last = words.get(words.size() - 1);
        return last.equals("list") || !singularOf(last).equals(last);
    }

    /** Whether the words after the verb name nothing the shape does not, when the shape names a noun. */
    private static boolean namesNothingMore(List<String> words, RouteShape shape) {
        if (shape.noun().isEmpty()) {
            return true;
        }
        Set<String> said = new HashSet<>();
        words.subList(1, words.size()).forEach(word -> said.add(singularOf(word)));
        return shape.noun().stream().allMatch(word -> said.contains(singularOf(word)));
    }

    static String singularOf(String word) {
        return Words.singular(List.of(word)).get(0).toLowerCase(Locale.ROOT);
    }

    static List<String> lower(List<String> words) {
        return words.stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
    }
}
