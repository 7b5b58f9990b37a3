package dev.kiln.naming;

import dev.kiln.language.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The name the shape of an operation's path and its HTTP method give, below its resource:
 *
 * <ul>
 *   <li>the resource itself, a collection: {@code list} (GET), {@code create} (POST), {@code update} (PUT, PATCH),
 *       {@code delete}; reached through a parent item, {@code listForProject} ({@code /projects/{id}/tasks});
 *   <li>an item ({@code /files/{id}}): {@code retrieve} (GET), {@code update} (PUT, PATCH, POST), {@code delete};
 *   <li>an action segment ({@code /batches/{id}/cancel}, {@code /files/upload}, {@code /fine-tunes/estimate-price}):
 *       its words, with the noun before it when the resource does not say it ({@code downloadCheckpoint} for
 *       {@code /checkpoints/{id}/download});
 *   <li>a noun segment ({@code /files/{id}/content}): a verb and the noun, {@code list} for a plural or a
 *       participle or when it answers with an array ({@code listEvents}, {@code listSupported},
 *       {@code listRecent}), {@code retrieve} otherwise ({@code retrieveContent}),
 *       {@code create} and the singular for a POST ({@code createNote} for {@code /pets/{id}/notes}),
 *       {@code update}, {@code delete} for the other methods; {@code model-list} lists models; an
 *       item of a noun segment is its singular ({@code retrieveSample} for {@code /sample/{id}}).
 * </ul>
 *
 * @param verb the verb the name starts with
 * @param noun the words after it, if any
 */
record RouteShape(String verb, List<String> noun) {
    /** The first words of the segments that are actions rather than resources. */
    static final Set<String> ACTIONS = Set.of(
            "accept",
            "acknowledge",
            "activate",
            "add",
            "advance",
            "apply",
            "approve",
            "archive",
            "assign",
            "attach",
            "authorize",
            "block",
            "calculate",
            "cancel",
            "capture",
            "check",
            "clone",
            "close",
            "complete",
            "confirm",
            "convert",
            "copy",
            "deactivate",
            "decline",
            "deny",
            "deploy",
            "detach",
            "disable",
            "dismiss",
            "download",
            "duplicate",
            "enable",
            "end",
            "escalate",
            "estimate",
            "evaluate",
            "exchange",
            "execute",
            "export",
            "finalize",
            "find",
            "fire",
            "follow",
            "generate",
            "import",
            "insert",
            "instantiate",
            "invalidate",
            "invite",
            "join",
            "kick",
            "leave",
            "lock",
            "login",
            "logout",
            "mark",
            "merge",
            "migrate",
            "move",
            "mute",
            "open",
            "pause",
            "pin",
            "post",
            "preview",
            "promote",
            "publish",
            "redeliver",
            "redeploy",
            "refresh",
            "refund",
            "regenerate",
            "register",
            "reindex",
            "reject",
            "release",
            "remove",
            "rename",
            "render",
            "renew",
            "reopen",
            "reorder",
            "rerun",
            "resend",
            "reset",
            "resolve",
            "restart",
            "restore",
            "resume",
            "retry",
            "reverse",
            "revoke",
            "rollback",
            "rotate",
            "run",
            "search",
            "select",
            "send",
            "set",
            "share",
            "simulate",
            "snooze",
            "star",
            "start",
            "stop",
            "submit",
            "subscribe",
            "suspend",
            "sync",
            "terminate",
            "test",
            "transfer",
            "trigger",
            "unarchive",
            "unassign",
            "unblock",
            "unfollow",
            "unlink",
            "unlock",
            "unmute",
            "unpin",
            "unpublish",
            "unset",
            "unshare",
            "unsnooze",
            "unstar",
            "unsubscribe",
            "upload",
            "validate",
            "verify",
            "void");

    /**
     * The first words of a path's last segment that say the call is one of the house verbs, as the paths of remote
     * procedure calls end ({@code /payment/create}, {@code /accounts/balance/get}), and the verb each stands for.
     */
    private static final Map<String, String> HOUSE_VERB_SEGMENTS = Map.of(
            "create", "create",
            "get", "retrieve",
            "retrieve", "retrieve",
            "list", "list",
            "update", "update",
            "delete", "delete");

    /** The verbs of {@link #ACTIONS} that are nouns too: followed by a plural they name things. */
    private static final Set<String> NOUNS_TOO = Set.of(
            "check",
            "copy",
            "exchange",
            "export",
            "import",
            "post",
            "preview",
            "run",
            "search",
            "test",
            "transfer",
            "upload");

    /**
     * Tells whether a path segment is an action: its first word is a verb of {@link #ACTIONS}, and not one that is a
     * noun too followed by a plural ({@code check-runs}).
     */
    static boolean isAction(String segment) {
        List<String> words = Words.lower(Words.split(segment));
        if (words.isEmpty() || !ACTIONS.contains(words.get(0))) {
            return false;
        }
        // check-runs, test_clocks, upload_sessions: things, not actions
        return words.size() == 1 || !NOUNS_TOO.contains(words.get(0)) || !isCollection(segment);
    }

    /**
     * Tells whether an update or delete of a whole collection acts on many of its items at once: its operation id
     * names them in the plural ({@code updateIncidents} on {@code PUT /incidents}), so its method is
     * {@code updateAll}, and {@code update} is left to the item's.
     */
    private static boolean actsOnMany(Route route, String method) {
        if (!Set.of("PUT", "PATCH", "DELETE").contains(method)) {
            return false;
        }
        Optional<String> segment = route.resourceSegment().filter(RouteShape::isCollection);
        if (segment.isEmpty() || route.operationId().isEmpty()) {
            return false;
        }
        List<String> plural = Words.lower(Words.split(segment.get()));
        return Words.lower(Words.split(route.operationId().get())).contains(plural.get(plural.size() - 1));
    }

    /** Tells whether a path segment names many things: its last word is a plural. */
    static boolean isCollection(String segment) {
        List<String> words = Words.lower(Words.split(segment));
        return !words.isEmpty()
                && !Words.singularOf(words.get(words.size() - 1)).equals(words.get(words.size() - 1));
    }

    /** The shape of a route. */
    static RouteShape of(Route route) {
        String method = route.httpMethod().toUpperCase(Locale.ROOT);
        List<String> tail = route.tail();
        int last = -1;
        for (int i = tail.size() - 1; i >= 0; i--) {
            if (!Route.isParameter(tail.get(i))) {
                last = i;
                break;
            }
        }
        if (last < 0 && tail.isEmpty() && actsOnMany(route, method)) {
            return new RouteShape(collectionVerb(method), List.of("all"));
        }
        if (last < 0 && tail.isEmpty()) {
            // a top-level resource reached through a parent item says so (a nested one is reached through its parent)
            List<String> through = route.through()
                    .filter(parent -> route.resources().size() == 1)
                    .map(parent -> prefixed("for", Words.lower(Words.singular(Words.split(parent)))))
                    .orElse(List.of());
            // a GET of a resource its path names in the singular reads one thing: /account, /balance
            boolean one = "GET".equals(method)
                    && route.resourceSegment()
                            .filter(segment -> !isCollection(segment))
                            .isPresent();
            return one ? new RouteShape("retrieve", List.of()) : new RouteShape(collectionVerb(method), through);
        }

        if (last < 0) {
            return new RouteShape(itemVerb(method), List.of());
        }
        String segment = tail.get(last);
        List<String> words = Words.lower(Words.split(segment));
        Optional<String> houseVerb = words.isEmpty() || last < tail.size() - 1
                ? Optional.empty()
                : Optional.ofNullable(HOUSE_VERB_SEGMENTS.get(words.get(0)));
        if (houseVerb.isPresent()) {
            // a remote procedure's path: /payment/create, /payment/token/create, /link/create_token
            List<String> noun = new ArrayList<>(words.subList(1, words.size()));
            if (noun.isEmpty()) {
                noun.addAll(Words.lower(Words.singular(nounBefore(tail, last))));
            }
            if (houseVerb.get().equals("list") && !noun.isEmpty()) {
                noun.set(noun.size() - 1, plural(noun.get(noun.size() - 1)));
            }
            return new RouteShape(houseVerb.get(), noun);
        }
        if (isAction(segment)) {
            List<String> noun = new ArrayList<>(words.subList(1, words.size()));
            if (noun.isEmpty()) {
                noun.addAll(nounBefore(tail, last));
            }
            return new RouteShape(words.get(0), noun);
        }
        if (last < tail.size() - 1) {
            return new RouteShape(itemVerb(method), Words.lower(Words.singular(words)));
        }
        if (words.size() > 1 && words.get(words.size() - 1).equals("list")) {
            List<String> items = new ArrayList<>(words.subList(0, words.size() - 1));
            items.set(items.size() - 1, plural(items.get(items.size() - 1)));
            return new RouteShape("GET".equals(method) ? "list" : collectionVerb(method), items);
        }
        String verb = "GET".equals(method)
                ? (many(words) || route.answersList() ? "list" : "retrieve")
                : collectionVerb(method);
        // a POST to a plural noun makes one of them: createNote for POST /pets/{id}/notes
        return new RouteShape(verb, verb.equals("create") ? Words.lower(Words.singular(words)) : words);
    }

    /**
     * The shape without the words of the resources it sits in: {@code listAuditLogEvents} in {@code auditLog()} is
     * {@code listEvents}.
     */
    RouteShape without(List<String> resources) {
        List<String> left = noun;
        for (String resource : resources) {
            left = MethodNames.withoutRun(left, Words.lower(Words.split(resource)));
        }
        return left.isEmpty() && !noun.isEmpty() ? this : new RouteShape(verb, left);
    }

    /** The shape's name, as words. */
    List<String> words() {
        List<String> all = new ArrayList<>();
        all.add(verb);
        all.addAll(noun);
        return all;
    }

    private static String collectionVerb(String method) {
        return switch (method) {
            case "GET" -> "list";
            case "POST" -> "create";
            case "PUT", "PATCH" -> "update";
            case "DELETE" -> "delete";
            default -> method.toLowerCase(Locale.ROOT);
        };
    }

    private static String itemVerb(String method) {
        return switch (method) {
            case "GET" -> "retrieve";
            case "PUT", "PATCH", "POST" -> "update";
            case "DELETE" -> "delete";
            default -> method.toLowerCase(Locale.ROOT);
        };
    }

    /** The noun before an action, singular when an item of it comes between: {@code checkpoints/{id}/download}. */
    private static List<String> nounBefore(List<String> tail, int action) {
        for (int i = action - 1; i >= 0; i--) {
            if (!Route.isParameter(tail.get(i))) {
                List<String> words = Words.lower(Words.split(tail.get(i)));
                return i < action - 1 ? Words.lower(Words.singular(words)) : words;
            }
        }
        return List.of();
    }

    /** Whether a noun names many: a plural ({@code events}) or a participle that picks some ({@code supported}). */
    private static boolean many(List<String> words) {
        String last = words.get(words.size() - 1);
        return !Words.singularOf(last).equals(last) || last.length() > 4 && last.endsWith("ed");
    }

    private static String plural(String word) {
        if (word.endsWith("s")) {
            return word;
        }
        return word.endsWith("y") && word.length() > 2 ? word.substring(0, word.length() - 1) + "ies" : word + "s";
    }

    private static List<String> prefixed(String word, List<String> words) {
        List<String> all = new ArrayList<>();
        all.add(word);
        all.addAll(words);
        return all;
    }
}
