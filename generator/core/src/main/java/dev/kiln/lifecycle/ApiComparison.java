package dev.kiln.lifecycle;

import dev.kiln.lifecycle.ApiSnapshot.EnumSnapshot;
import dev.kiln.lifecycle.ApiSnapshot.FieldSnapshot;
import dev.kiln.lifecycle.ApiSnapshot.ModelSnapshot;
import dev.kiln.lifecycle.ApiSnapshot.OperationSnapshot;
import dev.kiln.lifecycle.ApiSnapshot.ParameterSnapshot;
import dev.kiln.lifecycle.ApiSnapshot.ResponseSnapshot;
import dev.kiln.lifecycle.ApiSnapshot.VariantSnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Compares two snapshots of an API and says, for each difference, what it does to the SDK's users: whether it
 * breaks them (a major version), adds something (a minor version) or neither (a patch). The change-rules table in
 * docs/lifecycle.md lists each case; in short:
 *
 * <ul>
 *   <li>Removing or renaming an operation, parameter, field, model, enum value or union variant breaks callers
 *       that use it; adding one is an addition, because enums and unions are open and unknown fields are kept.
 *   <li>A changed type breaks, widened or narrowed, because the Java signatures that use it change.
 *   <li>What callers send (request models, parameters, bodies) breaks when it becomes required, loses
 *       {@code null}, changes its default or moves between path, query and header; what they read breaks when it
 *       becomes optional or nullable (its accessor now returns {@code Optional}).
 *   <li>A removed media type or success status, a changed discriminator and a changed default server break;
 *       removed error statuses and other servers are patches.
 * </ul>
 */
public final class ApiComparison {

    /**
     * Lists what changed from one snapshot to the next: servers, operations, models, then enums, each in spec order.
     *
     * @param before the previous generation's snapshot
     * @param after the new one's
     * @return the changes, empty when the API is the same
     */
    public List<ApiChange> compare(ApiSnapshot before, ApiSnapshot after) {
        Set<String> enums = new HashSet<>();
        before.enums().forEach(shape -> enums.add(shape.name()));
        after.enums().forEach(shape -> enums.add(shape.name()));
        Run run = new Run(new TypeDirection(enums));
        run.servers(before.servers(), after.servers());
        run.operations(before.operations(), after.operations());
        run.models(before.models(), after.models());
        run.enums(before.enums(), after.enums());
        return List.copyOf(run.changes);
    }

    /** One comparison: the changes found so far. */
    private static final class Run {
        private final List<ApiChange> changes = new ArrayList<>();
        private final TypeDirection direction;

        Run(TypeDirection direction) {
            this.direction = direction;
        }

        void servers(List<String> before, List<String> after) {
            String oldDefault = before.isEmpty() ? ApiSnapshot.NONE : before.get(0);
            String newDefault = after.isEmpty() ? ApiSnapshot.NONE : after.get(0);
            if (!oldDefault.equals(newDefault)) {
                // callers who never set a base URL now reach another server, with no change to their code
                changes.add(ApiChange.breaking("changed default server from " + oldDefault + " to " + newDefault));
            }
            before.stream()
                    .filter(url -> !after.contains(url) && !url.equals(oldDefault))
                    .forEach(url -> changes.add(ApiChange.compatible("removed server " + url)));
            after.stream()
                    .filter(url -> !before.contains(url) && !url.equals(newDefault))
                    .forEach(url -> changes.add(ApiChange.compatible("added server " + url)));
        }

        void operations(List<OperationSnapshot> before, List<OperationSnapshot> after) {
            Pairing<OperationSnapshot> pairing = Pairing.of(
                    before,
                    after,
                    OperationSnapshot::key,
                    (old, now) -> old.service().equals(now.service())
                            && old.methodName().equals(now.methodName()));
            pairing.removed()
                    .forEach(operation -> changes.add(ApiChange.breaking("removed operation " + operation.key())));
            pairing.renamed()
                    .forEach((old, now) -> changes.add(ApiChange.breaking(
                            "moved operation " + call(now) + " from " + old.key() + " to " + now.key())));
            pairing.added().forEach(operation -> changes.add(ApiChange.addition("added operation " + operation.key())));
            pairing.matched().forEach(this::operation);
            pairing.renamed().forEach(this::operation);
        }

        private void operation(OperationSnapshot old, OperationSnapshot now) {
            String key = now.key();
            if (!call(old).equals(call(now))) {
                changes.add(ApiChange.breaking("renamed operation " + key + " from " + call(old) + " to " + call(now)));
            }
            body(key, old, now);
            if (!old.response().equals(now.response())) {
                changes.add(ApiChange.breaking("changed response of " + key + " from " + old.response() + " to "
                        + now.response() + direction.of(old.response(), now.response())));
            }
            if (!old.events().equals(now.events())
                    && !old.events().equals(ApiSnapshot.NONE)
                    && !now.events().equals(ApiSnapshot.NONE)) {
                changes.add(ApiChange.breaking(
                        "changed event type of " + key + " from " + old.events() + " to " + now.events()));
            }
            responses(key, old.responses(), now.responses());
            parameters(key, old.parameters(), now.parameters());
        }

        private void body(String key, OperationSnapshot old, OperationSnapshot now) {
            boolean hadBody = !old.body().equals(ApiSnapshot.NONE);
            boolean hasBody = !now.body().equals(ApiSnapshot.NONE);
            if (!hadBody && hasBody) {
                String description = "added " + (now.bodyRequired() ? "required" : "optional") + " request body to "
                        + key + " (" + now.body() + ")";
                changes.add(now.bodyRequired() ? ApiChange.breaking(description) : ApiChange.addition(description));
            } else if (hadBody && !hasBody) {
                changes.add(ApiChange.breaking("removed request body of " + key));
            } else if (hadBody) {
                if (!old.body().equals(now.body())) {
                    changes.add(ApiChange.breaking("changed request body of " + key + " from " + old.body() + " to "
                            + now.body() + direction.of(old.body(), now.body())));
                }
                if (!old.bodyRequired() && now.bodyRequired()) {
                    changes.add(ApiChange.breaking("request body of " + key + " became required"));
                } else if (old.bodyRequired() && !now.bodyRequired()) {
                    changes.add(ApiChange.compatible("request body of " + key + " became optional"));
                }
            }
            for (String mediaType : old.requestMediaTypes()) {
                if (!now.requestMediaTypes().contains(mediaType)) {
                    changes.add(ApiChange.breaking(key + " no longer accepts a " + mediaType + " body"));
                }
            }
            for (String mediaType : now.requestMediaTypes()) {
                if (hadBody && !old.requestMediaTypes().contains(mediaType)) {
                    changes.add(ApiChange.addition(key + " accepts a " + mediaType + " body"));
                }
            }
        }

        private void responses(String key, List<ResponseSnapshot> before, List<ResponseSnapshot> after) {
            Map<String, ResponseSnapshot> old = index(before, ResponseSnapshot::status);
            Map<String, ResponseSnapshot> now = index(after, ResponseSnapshot::status);
            old.forEach((status, response) -> {
                ResponseSnapshot next = now.get(status);
                if (next == null) {
                    // callers may branch on a success they were promised; error statuses all reach the same exceptions
                    changes.add(
                            ApiChange.breakingWhen(response.success(), "removed response " + status + " of " + key));
                    return;
                }
                for (String mediaType : response.mediaTypes()) {
                    if (!next.mediaTypes().contains(mediaType)) {
                        changes.add(ApiChange.breakingWhen(
                                response.success(),
                                "response " + status + " of " + key + " no longer offers " + mediaType));
                    }
                }
                for (String mediaType : next.mediaTypes()) {
                    if (!response.mediaTypes().contains(mediaType)) {
                        String description = "response " + status + " of " + key + " offers " + mediaType;
                        changes.add(
                                response.success()
                                        ? ApiChange.addition(description)
                                        : ApiChange.compatible(description));
                    }
                }
            });
            now.forEach((status, response) -> {
                if (!old.containsKey(status)) {
                    changes.add(ApiChange.compatible("added response " + status + " of " + key));
                }
            });
        }

        private void parameters(String key, List<ParameterSnapshot> before, List<ParameterSnapshot> after) {
            Pairing<ParameterSnapshot> pairing = Pairing.of(
                    before,
                    after,
                    parameter -> parameter.location() + " " + parameter.name(),
                    (old, now) -> old.name().equals(now.name()));
            pairing.removed()
                    .forEach(parameter ->
                            changes.add(ApiChange.breaking("removed parameter " + key + " " + parameter.name())));
            pairing.renamed()
                    .forEach((old, now) -> changes.add(ApiChange.breaking("moved parameter " + key + " " + now.name()
                            + " from " + old.location() + " to " + now.location())));
            pairing.added().forEach(parameter -> {
                String description = "added " + (parameter.required() ? "required" : "optional") + " parameter " + key
                        + " " + parameter.name() + " (" + parameter.type() + ")";
                changes.add(parameter.required() ? ApiChange.breaking(description) : ApiChange.addition(description));
            });
            BiConsumer<ParameterSnapshot, ParameterSnapshot> compare = (old, now) -> {
                String label = "parameter " + key + " " + now.name();
                type(label, old.type(), now.type());
                required(label, old.required(), now.required(), false);
                defaultValue(label, old.defaultValue(), now.defaultValue(), true);
            };
            pairing.matched().forEach(compare);
            pairing.renamed().forEach(compare);
        }

        void models(List<ModelSnapshot> before, List<ModelSnapshot> after) {
            Pairing<ModelSnapshot> pairing = Pairing.of(
                    before,
                    after,
                    ModelSnapshot::name,
                    (old, now) -> old.kind().equals(now.kind())
                            && (!old.fields().isEmpty() || !old.variants().isEmpty())
                            && old.fields().equals(now.fields())
                            && old.variants().equals(now.variants()));
            pairing.removed().forEach(model -> changes.add(ApiChange.breaking("removed model " + model.name())));
            pairing.renamed()
                    .forEach((old, now) ->
                            changes.add(ApiChange.breaking("renamed model " + old.name() + " to " + now.name())));
            pairing.added().forEach(model -> changes.add(ApiChange.addition("added model " + model.name())));
            pairing.matched().forEach(this::model);
        }

        private void model(ModelSnapshot old, ModelSnapshot now) {
            String name = now.name();
            if (!old.kind().equals(now.kind())) {
                changes.add(ApiChange.breaking(
                        "changed " + name + " from " + article(old.kind()) + " to " + article(now.kind())));
            }
            boolean sent = old.request() || now.request();
            boolean read = old.response() || now.response();
            fields(name, old.fields(), now.fields(), sent, read);
            variants(name, old.variants(), now.variants());
            if (!old.discriminator().equals(now.discriminator())) {
                // values written with the old tag, or read by a client built from the old SDK, are told apart
                // differently
                changes.add(ApiChange.breaking("changed discriminator of " + name + " from " + old.discriminator()
                        + " to " + now.discriminator()));
            }
        }

        private void fields(
                String owner, List<FieldSnapshot> before, List<FieldSnapshot> after, boolean sent, boolean read) {
            Map<String, FieldSnapshot> old = index(before, FieldSnapshot::name);
            Map<String, FieldSnapshot> now = index(after, FieldSnapshot::name);
            removed("field", owner, old, now);
            now.forEach((name, field) -> {
                String label = "field " + owner + "." + name;
                FieldSnapshot previous = old.get(name);
                if (previous == null) {
                    String description = "added " + (field.required() ? "required " : "optional ") + label + " ("
                            + field.type() + ")";
                    changes.add(
                            field.required() && sent
                                    ? ApiChange.breaking(description)
                                    : ApiChange.addition(description));
                    return;
                }
                type(label, previous.type(), field.type());
                required(label, previous.required(), field.required(), read);
                if (!previous.nullable() && field.nullable()) {
                    changes.add(ApiChange.breakingWhen(read, label + " became nullable"));
                } else if (previous.nullable() && !field.nullable()) {
                    changes.add(ApiChange.breakingWhen(sent, label + " is no longer nullable"));
                }
                defaultValue(label, previous.defaultValue(), field.defaultValue(), sent);
            });
        }

        private void type(String label, String before, String after) {
            if (!before.equals(after)) {
                changes.add(ApiChange.breaking(
                        "changed type of " + label + " from " + before + " to " + after + direction.of(before, after)));
            }
        }

        private void required(String label, boolean before, boolean after, boolean read) {
            if (!before && after) {
                // callers must now send it, and its accessor no longer returns Optional
                changes.add(ApiChange.breaking(label + " became required"));
            } else if (before && !after) {
                changes.add(ApiChange.breakingWhen(read, label + " became optional"));
            }
        }

        private void defaultValue(String label, String before, String after, boolean sent) {
            if (!before.equals(after)) {
                // a caller who leaves the value out now gets other behaviour, with nothing in their build to say so
                changes.add(ApiChange.breakingWhen(
                        sent, "changed default of " + label + " from " + before + " to " + after));
            }
        }

        /** Reports, as breaking, each member of {@code owner} there was before and is no more. */
        private <T> void removed(String kind, String owner, Map<String, T> old, Map<String, T> now) {
            old.keySet().stream()
                    .filter(name -> !now.containsKey(name))
                    .forEach(name -> changes.add(ApiChange.breaking("removed " + kind + " " + owner + "." + name)));
        }

        private void variants(String owner, List<VariantSnapshot> before, List<VariantSnapshot> after) {
            Map<String, VariantSnapshot> old = index(before, VariantSnapshot::name);
            Map<String, VariantSnapshot> now = index(after, VariantSnapshot::name);
            removed("variant", owner, old, now);
            now.forEach((name, variant) -> {
                VariantSnapshot previous = old.get(name);
                if (previous == null) {
                    // the union is open: this value used to arrive as its Unknown variant
                    changes.add(
                            ApiChange.addition("added variant " + owner + "." + name + " (" + variant.type() + ")"));
                    return;
                }
                type("variant " + owner + "." + name, previous.type(), variant.type());
                for (String tag : previous.tags()) {
                    if (!variant.tags().contains(tag)) {
                        changes.add(
                                ApiChange.breaking("variant " + owner + "." + name + " is no longer tagged " + tag));
                    }
                }
                for (String tag : variant.tags()) {
                    if (!previous.tags().contains(tag)) {
                        changes.add(ApiChange.addition("variant " + owner + "." + name + " is also tagged " + tag));
                    }
                }
            });
        }

        void enums(List<EnumSnapshot> before, List<EnumSnapshot> after) {
            Pairing<EnumSnapshot> pairing = Pairing.of(
                    before,
                    after,
                    EnumSnapshot::name,
                    (old, now) -> old.values().equals(now.values()));
            pairing.removed().forEach(shape -> changes.add(ApiChange.breaking("removed enum " + shape.name())));
            pairing.renamed()
                    .forEach((old, now) ->
                            changes.add(ApiChange.breaking("renamed enum " + old.name() + " to " + now.name())));
            pairing.added().forEach(shape -> changes.add(ApiChange.addition("added enum " + shape.name())));
            pairing.matched().forEach((old, now) -> {
                for (String value : old.values()) {
                    if (!now.values().contains(value)) {
                        changes.add(ApiChange.breaking("removed enum value " + now.name() + " " + value));
                    }
                }
                for (String value : now.values()) {
                    if (!old.values().contains(value)) {
                        changes.add(ApiChange.addition("added enum value " + now.name() + " " + value));
                    }
                }
            });
        }

        private static String call(OperationSnapshot operation) {
            return operation.service() + "." + operation.methodName() + "()";
        }

        private static String article(String kind) {
            return (kind.startsWith("i") || kind.startsWith("o") ? "an " : "a ") + kind;
        }
    }

    /**
     * Two lists of named things matched up: by key, then what is left over in pairs that look like the same thing
     * under a new key (a renamed model, a moved operation or parameter), then the rest removed or added.
     */
    private record Pairing<T>(Map<T, T> matched, Map<T, T> renamed, List<T> removed, List<T> added) {
        static <T> Pairing<T> of(List<T> before, List<T> after, Function<T, String> key, BiPredicate<T, T> sameThing) {
            Map<String, T> old = index(before, key);
            Map<String, T> now = index(after, key);
            Map<T, T> matched = new LinkedHashMap<>();
            List<T> removed = new ArrayList<>();
            old.forEach((name, item) -> {
                if (now.containsKey(name)) {
                    matched.put(item, now.get(name));
                } else {
                    removed.add(item);
                }
            });
            List<T> added = new ArrayList<>(now.entrySet().stream()
                    .filter(entry -> !old.containsKey(entry.getKey()))
                    .map(Map.Entry::getValue)
                    .toList());
            Map<T, T> renamed = new LinkedHashMap<>();
            for (T gone : List.copyOf(removed)) {
                added.stream()
                        .filter(candidate -> sameThing.test(gone, candidate))
                        .findFirst()
                        .ifPresent(candidate -> {
                            renamed.put(gone, candidate);
                            removed.remove(gone);
                            added.remove(candidate);
                        });
            }
            return new Pairing<>(matched, renamed, removed, added);
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> index = new LinkedHashMap<>();
        items.forEach(item -> index.putIfAbsent(Objects.requireNonNull(key.apply(item)), item));
        return index;
    }
}
