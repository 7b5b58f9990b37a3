package dev.kiln.link;

import dev.kiln.ir.ObjectModel;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Pagination;
import dev.kiln.ir.Parameter;
import dev.kiln.ir.Property;
import dev.kiln.ir.Response;
import dev.kiln.ir.Service;
import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeModel;
import dev.kiln.ir.TypeRef;
import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which operations page their lists, and how, from the spec alone: a cursor parameter with a next cursor
 * or {@code has_more} in the response, {@code page}, {@code offset}, a next URL in the body, the {@code Link}
 * header, Kubernetes' {@code continue}. A style the user names (a setting, or {@code x-kiln-pagination} on the
 * operation) wins over what Kiln would recognise; {@code none} turns paging off for an operation.
 */
final class PagingLinker {
    /** The operation extension naming an operation's style. */
    static final String EXTENSION = "x-kiln-pagination";

    private static final List<String> ITEM_FIELDS = List.of("data", "items", "results", "entries", "records", "values");
    private static final List<String> CURSOR_PARAMETERS = List.of(
            "starting_after",
            "after",
            "cursor",
            "continue",
            "page_token",
            "pageToken",
            "next_token",
            "marker",
            "offset",
            "page");
    /** Next cursors in the body, as JSON pointers, each with the parameters it fits (any cursor parameter when empty). */
    private static final Map<String, List<String>> NEXT_CURSORS = nextCursors();

    private static final List<String> NEXT_URLS = List.of(
            "/next_page_uri",
            "/next_page_url",
            "/next_url",
            "/nextPageUrl",
            "/nextLink",
            "/next",
            "/links/next",
            "/paging/next",
            "/meta/next",
            "/next_page/uri");
    private static final List<String> HAS_MORE = List.of("/has_more", "/hasMore");

    private final Map<TypeId, ObjectModel> objects = new HashMap<>();
    private final Map<String, String> named;
    private final Problems problems;

    /**
     * @param types every linked type
     * @param named the style the settings name per operation id, as {@code PagingStyleName} reads it
     * @param problems where a style that cannot be used is reported
     */
    PagingLinker(List<TypeModel> types, Map<String, String> named, Problems problems) {
        this.named = Map.copyOf(named);
        this.problems = problems;
        types.forEach(this::index);
    }

    private static Map<String, List<String>> nextCursors() {
        Map<String, List<String>> cursors = new java.util.LinkedHashMap<>();
        cursors.put("/next_cursor", List.of());
        cursors.put("/nextCursor", List.of());
        cursors.put("/next_page_token", List.of());
        cursors.put("/nextPageToken", List.of());
        cursors.put("/next_token", List.of());
        cursors.put("/next_marker", List.of());
        cursors.put("/last_id", List.of("after", "starting_after"));
        cursors.put("/metadata/continue", List.of("continue"));
        cursors.put("/next_page/offset", List.of("offset"));
        cursors.put("/next_page", List.of("page"));
        cursors.put("/pagination/next_cursor", List.of());
        cursors.put("/meta/next_cursor", List.of());
        cursors.put("/response_metadata/next_cursor", List.of());
        return cursors;
    }

    private void index(TypeModel type) {
        if (type instanceof ObjectModel object) {
            objects.put(object.id(), object);
        }
        type.nested().forEach(this::index);
    }

    /** The services, their paged operations carrying their style. */
    List<Service> link(List<Service> services) {
        List<Service> linked = new ArrayList<>();
        for (Service service : services) {
            List<Operation> operations = new ArrayList<>();
            for (Operation operation : service.operations()) {
                operations.add(style(operation).map(operation::withPagination).orElse(operation));
            }
            linked.add(service.withOperations(operations));
        }
        return linked;
    }

    private Optional<Pagination> style(Operation operation) {
        Optional<TypeRef> response = operation.response();
        Optional<String> chosen =
                Optional.ofNullable(named.get(operation.operationId())).or(() -> extension(operation));
        if (response.isEmpty() || chosen.filter(name -> name.equals("none")).isPresent()) {
            chosen.filter(name -> !name.equals("none"))
                    .ifPresent(name -> problems.report(
                            ProblemKind.UNSUPPORTED,
                            operation.pointer(),
                            "the operation " + operation.operationId() + " is named paged (" + name
                                    + ") but answers with no JSON body; it is generated without pages",
                            "name paging only for list operations"));
            return Optional.empty();
        }
        Optional<Items> items = items(response.get());
        if (items.isEmpty()) {
            chosen.ifPresent(name -> problems.report(
                    ProblemKind.UNSUPPORTED,
                    operation.pointer(),
                    "the operation " + operation.operationId() + " is named paged (" + name
                            + ") but its response holds no list",
                    "name paging only for operations that answer with a list, or an object with one list field"));
            return Optional.empty();
        }
        Optional<StyleTemplate> template =
                chosen.isPresent() ? named(chosen.get(), operation, items.get()) : recognised(operation, items.get());
        return template.map(found -> found.pagination(items.get()));
    }

    private static Optional<String> extension(Operation operation) {
        return Optional.ofNullable(operation.extensions().get(EXTENSION)).map(String::trim);
    }

    /** Where a response's list is: the body itself, or its one list field. */
    private record Items(String pointer, TypeRef item, Optional<ObjectModel> envelope) {}

    private Optional<Items> items(TypeRef response) {
        if (response instanceof TypeRef.ListOf list) {
            return Optional.of(new Items("", list.element(), Optional.empty()));
        }
        if (!(response instanceof TypeRef.Named named) || !objects.containsKey(named.id())) {
            return Optional.empty();
        }
        ObjectModel object = objects.get(named.id());
        List<Property> lists = object.properties().stream()
                .filter(p -> p.type() instanceof TypeRef.ListOf)
                .toList();
        Optional<Property> chosen = lists.size() == 1
                ? Optional.of(lists.get(0))
                : lists.stream().filter(p -> ITEM_FIELDS.contains(p.jsonName())).findFirst();
        return chosen.map(p -> new Items(
                "/" + JsonPointer.escape(p.jsonName()), ((TypeRef.ListOf) p.type()).element(), Optional.of(object)));
    }

    /** A style before its items are known. */
    private interface StyleTemplate {
        Pagination pagination(Items items);
    }

    private Optional<StyleTemplate> recognised(Operation operation, Items items) {
        Set<String> query = queryParameters(operation);
        Optional<String> hasMore =
                HAS_MORE.stream().filter(flag -> isBoolean(items, flag)).findFirst();
        for (String parameter : CURSOR_PARAMETERS) {
            if (!query.contains(parameter)) {
                continue;
            }
            for (Map.Entry<String, List<String>> cursor : NEXT_CURSORS.entrySet()) {
                if ((cursor.getValue().isEmpty() || cursor.getValue().contains(parameter))
                        && isScalar(items, cursor.getKey())) {
                    return Optional.of(found ->
                            new Pagination.Cursor(found.item(), found.pointer(), parameter, cursor.getKey(), hasMore));
                }
            }
            if (hasMore.isPresent()
                    && (parameter.equals("starting_after") || parameter.equals("after"))
                    && itemHasId(items)) {
                return Optional.of(found ->
                        new Pagination.LastItemCursor(found.item(), found.pointer(), parameter, "/id", hasMore));
            }
        }
        for (String url : NEXT_URLS) {
            if (isString(items, url)) {
                return Optional.of(found -> new Pagination.NextUrl(found.item(), found.pointer(), url));
            }
        }
        if (declaresLinkHeader(operation)) {
            return Optional.of(found -> new Pagination.LinkHeader(found.item(), found.pointer()));
        }
        if (query.contains("page")
                && (query.contains("per_page")
                        || query.contains("page_size")
                        || query.contains("pageSize")
                        || query.contains("limit"))) {
            return Optional.of(found -> new Pagination.PageNumber(found.item(), found.pointer(), "page"));
        }
        if (query.contains("offset") && query.contains("limit")) {
            return Optional.of(found -> new Pagination.Offset(found.item(), found.pointer(), "offset"));
        }
        return Optional.empty();
    }

    /** The style a setting or the extension names: {@code cursor:PARAM[:FIELD]}, {@code page:PARAM} ... */
    private Optional<StyleTemplate> named(String style, Operation operation, Items items) {
        String[] parts = style.split(":", 3);
        String kind = parts[0].trim().toLowerCase(Locale.ROOT);
        Optional<String> argument = parts.length > 1 ? Optional.of(parts[1].trim()) : Optional.empty();
        Optional<String> field = parts.length > 2 ? Optional.of(pointer(parts[2].trim())) : Optional.empty();
        Optional<String> hasMore =
                HAS_MORE.stream().filter(flag -> isBoolean(items, flag)).findFirst();
        Set<String> query = queryParameters(operation);
        if (argument.isPresent() && !kind.equals("next-url") && !query.contains(argument.get())) {
            return refuse(operation, style, "the operation has no query parameter '" + argument.get() + "'");
        }
        switch (kind) {
            case "cursor":
                if (argument.isEmpty()) {
                    break;
                }
                String parameter = argument.get();
                Optional<String> cursor = field.or(() -> NEXT_CURSORS.keySet().stream()
                        .filter(c -> isScalar(items, c))
                        .findFirst());
                if (cursor.isPresent()) {
                    return Optional.of(found ->
                            new Pagination.Cursor(found.item(), found.pointer(), parameter, cursor.get(), hasMore));
                }
                return Optional.of(found ->
                        new Pagination.LastItemCursor(found.item(), found.pointer(), parameter, "/id", hasMore));
            case "page":
                return argument.map(
                        parameter1 -> found -> new Pagination.PageNumber(found.item(), found.pointer(), parameter1));
            case "offset":
                return argument.map(
                        parameter1 -> found -> new Pagination.Offset(found.item(), found.pointer(), parameter1));
            case "next-url":
                return argument.map(
                        url -> found -> new Pagination.NextUrl(found.item(), found.pointer(), pointer(url)));
            case "link-header":
                return Optional.of(found -> new Pagination.LinkHeader(found.item(), found.pointer()));
            default:
                break;
        }
        return refuse(
                operation,
                style,
                "a style is cursor:PARAM[:FIELD], page:PARAM, offset:PARAM, next-url:FIELD, link-header or none");
    }

    private Optional<StyleTemplate> refuse(Operation operation, String style, String why) {
        problems.report(
                ProblemKind.UNSUPPORTED,
                operation.pointer(),
                "the paging style '" + style + "' named for " + operation.operationId()
                        + " cannot be used; it is generated without pages",
                why);
        return Optional.empty();
    }

    /** A dotted field path ({@code metadata.continue}) or a JSON pointer, as a JSON pointer. */
    private static String pointer(String field) {
        if (field.startsWith("/")) {
            return field;
        }
        List<String> segments = new ArrayList<>();
        for (String segment : field.split("\\.")) {
            segments.add(JsonPointer.escape(segment));
        }
        return "/" + String.join("/", segments);
    }

    private static Set<String> queryParameters(Operation operation) {
        Set<String> names = new HashSet<>();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.location() == Parameter.Location.QUERY) {
                names.add(parameter.wireName());
            }
        }
        return names;
    }

    private boolean itemHasId(Items items) {
        return items.item() instanceof TypeRef.Named named
                && objects.containsKey(named.id())
                && objects.get(named.id()).properties().stream()
                        .anyMatch(p -> p.jsonName().equals("id"));
    }

    private boolean isBoolean(Items items, String pointer) {
        return field(items, pointer)
                .filter(type -> type.equals(new TypeRef.Scalar(TypeRef.ScalarKind.BOOLEAN)))
                .isPresent();
    }

    private boolean isString(Items items, String pointer) {
        return field(items, pointer)
                .filter(type -> type.equals(new TypeRef.Scalar(TypeRef.ScalarKind.STRING)))
                .isPresent();
    }

    private boolean isScalar(Items items, String pointer) {
        return field(items, pointer)
                .filter(type -> type instanceof TypeRef.Scalar)
                .isPresent();
    }

    /** The type of the field a pointer names in the response object, when it has one. */
    private Optional<TypeRef> field(Items items, String pointer) {
        Optional<ObjectModel> object = items.envelope();
        TypeRef type = null;
        for (String segment : pointer.substring(1).split("/")) {
            if (object.isEmpty()) {
                return Optional.empty();
            }
            String name = JsonPointer.unescape(segment);
            Optional<Property> property = object.get().properties().stream()
                    .filter(p -> p.jsonName().equals(name))
                    .findFirst();
            if (property.isEmpty()) {
                return Optional.empty();
            }
            type = property.get().type();
            object = type instanceof TypeRef.Named named
                    ? Optional.ofNullable(objects.get(named.id()))
                    : Optional.empty();
        }
        return Optional.ofNullable(type);
    }

    /** Whether the first 2xx response declares a {@code Link} header. */
    private static boolean declaresLinkHeader(Operation operation) {
        return operation.responses().stream()
                .filter(Response::success)
                .findFirst()
                .filter(response -> response.headers().stream().anyMatch(name -> name.equalsIgnoreCase("Link")))
                .isPresent();
    }
}
