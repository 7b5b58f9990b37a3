package dev.kiln.naming;

import dev.kiln.language.NameScope;
import dev.kiln.language.Route;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 * {@code GET /evaluation} lists); otherwise the cleaned id is the name ({@code estimatePrice}, {@code upload}). A
 * name another operation of the resource has already becomes all the cleaned id says ({@code retrieveBySlug}), or
 * else says the parent item its path goes through ({@code activateForProject}), or else is numbered.
 */
final class MethodNames {
    /** The words an operation id that only echoes its path is made of, besides the path's own. */
    private static final Set<String> ECHO_WORDS = Set.of(
            "get",
            "post",
            "put",
            "patch",
            "delete",
            "head",
            "options",
            "list",
            "create",
            "retrieve",
            "update",
            "fetch",
            "read",
            "remove",
            "by",
            "id",
            "ids",
            "and",
            "for",
            "of",
            "all");

    /** A word of an operation id that is an API version: {@code v1}, {@code v1beta1}, {@code v2alpha}. */
    private static final Pattern API_VERSION = Pattern.compile("v\\d+((alpha|beta)\\d*)?");

    /** The verbs of the names the path's shape gives. */
    private static final Set<String> HOUSE_VERBS = Set.of("list", "create", "retrieve", "update", "delete");

    /** Words that start what says where a list is taken from: {@code getTasksForProject}. */
    private static final Set<String> PREPOSITIONS = Set.of("for", "by", "in", "of", "from", "on");

    private MethodNames() {}

    /** Names an operation's method, unique in its service. */
    static String methodName(Route route, NameScope scope) {
        RouteShape shape = RouteShape.of(route).without(route.resources());
        List<String> words = route.operationId()
                .map(id -> cleaned(id, route, shape))
                .filter(id -> !id.isEmpty())
                .orElse(shape.words());
        String name = usable(Words.identifier(Words.camel(words), "call"));
        if (scope.isTaken(name)) {
            name = untaken(route, shape, words, scope).orElse(name);
        }
        return scope.allocate(name);
    }

    /**
     * Another name for an operation whose name another has: {@code create} for a POST to an item whose update is
     * taken; the parent item its path goes through, when the id says no more than that ({@code deleteForRepo});
     * all the cleaned id says ({@code retrieveBySlug}); the parent item anyway.
     */
    private static Optional<String> untaken(Route route, RouteShape shape, List<String> words, NameScope scope) {
        List<String> candidates = new ArrayList<>();
        if (route.httpMethod().equalsIgnoreCase("POST") && words.equals(List.of("update"))) {
            candidates.add("create");
        }
        Optional<List<String>> through = route.through()
                .filter(parent -> !words.contains("for"))
                .map(parent -> qualified(words, "for", Words.lower(Words.singular(Words.split(parent)))));
        Optional<List<String>> said = route.operationId()
                .filter(id -> !echoesPath(id, route))
                .map(MethodNames::idWords)
                .map(id -> strippedOf(id, route))
                .map(id -> houseVerb(id, shape))
                .filter(id -> !id.isEmpty());
        Set<String> parentWords = new HashSet<>();
        route.through()
                .ifPresent(parent -> Words.split(parent).forEach(word -> parentWords.add(Words.singularOf(word))));
        boolean saysOnlyTheParent = said.filter(id -> id.size() > 1
                        && id.subList(1, id.size()).stream()
                                .allMatch(word -> parentWords.contains(Words.singularOf(word))))
                .isPresent();
        if (saysOnlyTheParent) {
            through.ifPresent(named -> candidates.add(Words.camel(named)));
        }
        said.ifPresent(id -> candidates.add(Words.camel(id)));
        through.ifPresent(named -> candidates.add(Words.camel(named)));
        differing(route, words)
                .filter(where -> !words.contains("for"))
                .ifPresent(where -> candidates.add(Words.camel(qualified(words, "for", where))));
        keyedBy(route)
                .filter(key -> !words.contains("by"))
                .ifPresent(key -> candidates.add(Words.camel(qualified(words, "by", key))));
        return candidates.stream()
                .map(candidate -> usable(Words.identifier(candidate, "call")))
                .filter(candidate -> !scope.isTaken(candidate))
                .findFirst();
    }

    /**
     * The words of the static segment nearest before the one that names the call that names none of the resources
     * it sits in and says more than the name does: where the paths of two calls of one name differ ({@code income} in
     * {@code /sandbox/income/fire_webhook} beside {@code /sandbox/item/fire_webhook}, {@code groups} in
     * {@code /groups/terminate_sessions} beside {@code /users/terminate_sessions}), for a path that ends in the segment
     * naming the call; singular when an item of it follows.
     */
    private static Optional<List<String>> differing(Route route, List<String> name) {
        Set<String> said = new HashSet<>();
        name.forEach(word -> said.add(Words.singularOf(word)));
        List<String> segments = segments(route);
        int named = segments.size() - 1;
        if (named < 0 || Route.isParameter(segments.get(named))) {
            // an item's call: its path differs from its collection's by the item, which the name cannot say
            return Optional.empty();
        }
        for (int i = named - 1; i >= 0; i--) {
            String segment = segments.get(i);
            if (Route.isParameter(segment)
                    || API_VERSION.matcher(segment.toLowerCase(Locale.ROOT)).matches()) {
                continue;
            }
            List<String> words = strippedOf(Words.lower(Words.split(segment)), route);
            if (!words.isEmpty() && !said.containsAll(Words.lower(Words.singular(words)))) {
                boolean item = i + 1 < segments.size() && Route.isParameter(segments.get(i + 1));
                return Optional.of(item ? Words.lower(Words.singular(words)) : words);
            }
        }
        return Optional.empty();
    }

    /**
     * The words of the parameter an item's path ends in, less the resources' words when more are left: what tells
     * two calls on items of one collection apart ({@code retrieveByNumber} for {@code /Contacts/{ContactNumber}}
     * beside {@code /Contacts/{ContactID}}).
     */
    private static Optional<List<String>> keyedBy(Route route) {
        List<String> segments = segments(route);
        if (segments.isEmpty() || !Route.isParameter(segments.get(segments.size() - 1))) {
            return Optional.empty();
        }
        String parameter = segments.get(segments.size() - 1);
        List<String> words = Words.lower(Words.split(parameter.substring(1, parameter.length() - 1)));
        List<String> left = strippedOf(words, route);
        List<String> key = left.isEmpty() ? words : left;
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }

    /** A path's segments, parameters included, as its template writes them. */
    private static List<String> segments(Route route) {
        return Arrays.stream(route.path().split("/"))
                .filter(segment -> !segment.isEmpty())
                .toList();
    }

    /** The name's words, a preposition and what it qualifies them with: {@code activateForProject}. */
    private static List<String> qualified(List<String> words, String preposition, List<String> what) {
        List<String> named = new ArrayList<>(words);
        named.add(preposition);
        named.addAll(what);
        return named;
    }

    /** A method name that is no keyword and no member every service has. */
    static String usable(String candidate) {
        return SourceVersion.isKeyword(candidate) || ReservedNames.SERVICE_MEMBERS.contains(candidate)
                ? candidate + "_"
                : candidate;
    }

    /** The operation id's words as the method name, or none when the path's shape says it better. */
    private static List<String> cleaned(String operationId, Route route, RouteShape shape) {
        List<String> words = idWords(operationId);
        if (words.isEmpty() || unreadable(words)) {
            return List.of();
        }
        if (echoesPath(operationId, route)) {
            // the path's shape, but the id's own house verb where it says another: listHardware on GET /hardware; an
            // action the path names stays (preview for createSchedulePreview on POST /schedules/preview)
            String verb = houseVerb(List.of(words.get(0)), shape).get(0);
            if (HOUSE_VERBS.contains(verb) && HOUSE_VERBS.contains(shape.verb()) && !verb.equals(shape.verb())) {
                List<String> named = new ArrayList<>();
                named.add(verb);
                named.addAll(shape.noun());
                return named;
            }
            return List.of();
        }
        words = houseVerb(strippedOf(words, route), shape);
        if (words.size() > 1
                && HOUSE_VERBS.contains(words.get(0))
                && !HOUSE_VERBS.contains(shape.verb())
                && words.get(1).equals(shape.verb())) {
            // a house verb before the action the path names: snooze for createIncidentSnooze on POST .../snooze
            return List.of();
        }
        if (!words.isEmpty()
                && words.get(0).equals("list")
                && shape.verb().equals("retrieve")
                && route.tail().isEmpty()) {
            // the id lists what a singular path names: getAllEvaluationJobs on GET /evaluation
            return List.of("list");
        }
        // the whole id counts for what it names: sessions/list names the sessions its namespace says
        List<String> said = new ArrayList<>(words);
        said.addAll(Words.lower(Words.split(operationId)));
        if (words.isEmpty() || words.get(0).equals(shape.verb()) && namesNothingMore(said, shape)) {
            return List.of();
        }
        return words;
    }

    /** The words of an operation id without its namespace, lower-case. */
    private static List<String> idWords(String operationId) {
        return Words.lower(Words.split(withoutNamespace(operationId)));
    }

    /** The id's words without an API version and without the words of the resources the operation sits in. */
    private static List<String> strippedOf(List<String> words, Route route) {
        List<String> left = withoutApiVersion(words);
        for (String resource : route.resources()) {
            left = withoutRun(left, Words.lower(Words.split(resource)));
        }
        return left;
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

    /** Whether the id is one long run of letters with no word in it marked: {@code Getorganizationspendlimit}. */
    private static boolean unreadable(List<String> words) {
        return words.size() == 1 && words.get(0).length() > 16;
    }

    /**
     * Whether the id only spells the path and the HTTP method: taking the path's words (and their singulars), the
     * method's and a few fillers out of it, longest first, leaves nothing ({@code getFilesIdContent},
     * {@code Post3dSecure}).
     */
    private static boolean echoesPath(String operationId, Route route) {
        Set<String> known = new HashSet<>(ECHO_WORDS);
        for (String word : Words.lower(Words.split(route.path()))) {
            known.add(word);
            known.add(Words.singularOf(word));
        }
        String left = operationId.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        List<String> longestFirst = new ArrayList<>(known);
        longestFirst.sort(java.util.Comparator.comparingInt(String::length).reversed());
        for (String word : longestFirst) {
            if (!word.isEmpty()) {
                left = left.replace(word, "");
            }
        }
        return left.isEmpty();
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
    static List<String> withoutRun(List<String> words, List<String> resource) {
        List<String> left = new ArrayList<>(words);
        for (List<String> run : List.of(resource, Words.lower(Words.singular(resource)))) {
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
        boolean reads =
                Set.of("get", "fetch", "read", "show", "retrieve", "find").contains(verb);
        if ((reads || verb.equals("list")) && out.size() > 1 && out.get(1).equals("all")) {
            out.remove(1);
            out.set(0, "list");
        } else if (reads && shape.verb().equals("retrieve")
                || reads && shape.verb().equals("list") && namesMany(out.subList(1, out.size()))
                || reads && shape.verb().equals("list") && PREPOSITIONS.contains(out.get(1))) {
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
        return last.equals("list") || !Words.singularOf(last).equals(last);
    }

    /** Whether the words after the verb name nothing the shape does not, when the shape names a noun. */
    private static boolean namesNothingMore(List<String> words, RouteShape shape) {
        if (shape.noun().isEmpty()) {
            return true;
        }
        Set<String> said = new HashSet<>();
        words.subList(1, words.size()).forEach(word -> said.add(Words.singularOf(word)));
        return shape.noun().stream().allMatch(word -> said.contains(Words.singularOf(word)));
    }
}
