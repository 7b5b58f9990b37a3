package dev.kiln.language;

import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A symbol table for the core's tests, with no language's rules: names are the words of the spec's names in Pascal
 * case (types), camel case (fields, parameters, methods, accessors) or upper snake case (constants), numbered when
 * taken in their scope. An operation's method drops the resource's words from the end of its id, else from its
 * start, when something is left ({@code watchOrder} in {@code Orders} is {@code watch}). No keyword is escaped.
 */
public final class PlainSymbols implements Symbols {
    /** Where a word ends: between a lower-case letter or digit and an upper-case one, or before the last upper-case
     * letter of a run that a lower-case letter follows ({@code OAuth} is {@code O} and {@code Auth}). */
    private static final Pattern WORD_END = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

    @Override
    public NameScope typeScope() {
        return NameScope.ofTypes();
    }

    @Override
    public NameScope typeScope(Set<String> taken) {
        return NameScope.ofTypes(taken);
    }

    @Override
    public NameScope memberScope() {
        return new NameScope();
    }

    @Override
    public NameScope serviceMethodScope(Set<String> taken) {
        return new NameScope(taken);
    }

    @Override
    public NameScope parameterScope() {
        return new NameScope();
    }

    @Override
    public NameScope enumConstantScope(TypeId enumType) {
        return new NameScope(Set.copyOf(enumType.names()));
    }

    @Override
    public NameScope variantScope(TypeId union) {
        return NameScope.ofTypes(Set.copyOf(union.names()));
    }

    @Override
    public String typeName(String specName, NameScope scope) {
        return scope.allocate(pascal(words(specName), "Type"));
    }

    @Override
    public List<String> typeNames(List<String> specNames, NameScope scope) {
        return specNames.stream().map(name -> typeName(name, scope)).toList();
    }

    @Override
    public String promotedTypeName(List<String> enclosing, String fieldName, NameScope scope) {
        return scope.allocate(String.join("", enclosing) + pascal(words(fieldName), "Type"));
    }

    @Override
    public String nestedTypeName(String fieldName, List<String> enclosing, NameScope scope) {
        return scope.allocate(pascal(words(fieldName), "Type"));
    }

    @Override
    public String operationTypeName(String operationId, OperationTypeRole role, NameScope scope) {
        return scope.allocate(pascal(words(operationId), "Operation")
                + pascal(words(role.name().toLowerCase(Locale.ROOT)), ""));
    }

    @Override
    public String unknownVariantName(NameScope scope) {
        return scope.allocate("Unknown");
    }

    @Override
    public String implementationName(NameScope scope) {
        return scope.allocate("Impl");
    }

    @Override
    public String variantName(Optional<String> title, TypeRef type, NameScope scope) {
        return scope.allocate("Of" + pascal(words(title.orElseGet(() -> label(type))), "Value"));
    }

    /** What a variant of that type is called: its type's simple name, or the scalar's kind. */
    private static String label(TypeRef type) {
        if (type instanceof TypeRef.Named named) {
            return named.id().simpleName();
        }
        if (type instanceof TypeRef.Scalar scalar) {
            return scalar.kind().name().toLowerCase(Locale.ROOT);
        }
        if (type instanceof TypeRef.ListOf list) {
            return label(list.element()) + " list";
        }
        if (type instanceof TypeRef.MapOf map) {
            return label(map.value()) + " map";
        }
        return "json";
    }

    @Override
    public String fieldName(String jsonName, NameScope scope) {
        return scope.allocate(camel(words(jsonName), "value"));
    }

    @Override
    public List<String> fieldNames(List<String> jsonNames, NameScope scope) {
        return jsonNames.stream().map(name -> fieldName(name, scope)).toList();
    }

    @Override
    public String parameterName(String wireName, NameScope scope) {
        return fieldName(wireName, scope);
    }

    @Override
    public String enumConstant(String wireValue, NameScope scope) {
        List<String> words = words(wireValue);
        return scope.allocate(
                words.isEmpty() ? "VALUE" : String.join("_", words).toUpperCase(Locale.ROOT));
    }

    @Override
    public String resourceKey(String tag) {
        return pascal(words(tag), "Default");
    }

    @Override
    public String resourceName(String tag, NameScope scope) {
        return scope.allocate(resourceKey(tag));
    }

    @Override
    public String serviceName(String resourceName) {
        return resourceName + "Service";
    }

    @Override
    public String accessorName(String resourceName) {
        return camel(words(resourceName), "resource");
    }

    @Override
    public boolean namesResource(String segment, String resourceKey) {
        String key = pascal(words(segment), "Resource");
        return key.equalsIgnoreCase(resourceKey)
                || (key + "s").equalsIgnoreCase(resourceKey)
                || key.equalsIgnoreCase(resourceKey + "s");
    }

    @Override
    public boolean namesAction(String segment) {
        return List.of("cancel", "upload", "execute", "submit").contains(segment);
    }

    @Override
    public boolean namesCollection(String segment) {
        return segment.endsWith("s");
    }

    @Override
    public String nestedResourceKey(String segment, String parentKey) {
        List<String> words = new ArrayList<>(words(segment));
        List<String> parent = words(parentKey);
        if (words.size() > parent.size() && same(words.subList(0, parent.size()), parent)) {
            words = words.subList(parent.size(), words.size());
        }
        return same(words, parent) ? "" : pascal(words, "Resource");
    }

    @Override
    public String nestedAccessorName(String resourceKey, NameScope scope) {
        return scope.allocate(camel(words(resourceKey), "resource"));
    }

    /** The operation id without the words of the resource it sits in; without one, the method and the path's tail. */
    @Override
    public String methodName(Route route, NameScope scope) {
        String resourceName = route.resources().isEmpty()
                ? ""
                : route.resources().get(route.resources().size() - 1);
        if (route.operationId().isEmpty()) {
            List<String> words = new ArrayList<>(List.of(route.httpMethod().toLowerCase(java.util.Locale.ROOT)));
            route.tail().stream()
                    .filter(segment -> !Route.isParameter(segment))
                    .forEach(segment -> words.addAll(words(segment)));
            return scope.allocate(camel(words, "call"));
        }
        List<String> words = words(route.operationId().get());
        List<String> resource = words(resourceName);
        List<String> singular = new ArrayList<>(resource);
        if (!singular.isEmpty()) {
            String last = singular.get(singular.size() - 1);
            singular.set(singular.size() - 1, last.endsWith("s") ? last.substring(0, last.length() - 1) : last);
        }
        List<String> left = withoutEnd(words, resource)
                .or(() -> withoutEnd(words, singular))
                .or(() -> withoutStart(words, resource))
                .or(() -> withoutStart(words, singular))
                .orElse(words);
        return scope.allocate(camel(left, "call"));
    }

    @Override
    public String overriddenMethodName(String override, NameScope scope) {
        return scope.allocate(camel(words(override), "call"));
    }

    private static Optional<List<String>> withoutEnd(List<String> words, List<String> part) {
        int cut = words.size() - part.size();
        return cut > 0 && same(words.subList(cut, words.size()), part)
                ? Optional.of(words.subList(0, cut))
                : Optional.empty();
    }

    private static Optional<List<String>> withoutStart(List<String> words, List<String> part) {
        return part.size() < words.size() && !part.isEmpty() && same(words.subList(0, part.size()), part)
                ? Optional.of(words.subList(part.size(), words.size()))
                : Optional.empty();
    }

    private static boolean same(List<String> a, List<String> b) {
        return String.join(" ", a).equalsIgnoreCase(String.join(" ", b));
    }

    @Override
    public String streamingMethodName(String methodName, NameScope scope) {
        return scope.allocate(methodName + "Streaming");
    }

    @Override
    public String publisherMethodName(String methodName, NameScope scope) {
        return scope.allocate(methodName + "Publisher");
    }

    @Override
    public String clientName(Optional<String> title) {
        return title.filter(t -> !t.isBlank())
                .map(t -> pascal(words(t), "Api") + "Client")
                .orElse("Api");
    }

    @Override
    public String environmentPrefix(String clientName) {
        return String.join("_", words(clientName)).toUpperCase(Locale.ROOT);
    }

    /** The words of a name: its runs of letters and digits, split where the case changes. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String run : text.split("[^\\p{L}\\p{N}]+")) {
            for (String word : WORD_END.split(run)) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private static String pascal(List<String> words, String fallback) {
        StringBuilder name = new StringBuilder();
        words.forEach(word -> name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1)));
        return name.isEmpty() ? fallback : name.toString();
    }

    private static String camel(List<String> words, String fallback) {
        if (words.isEmpty()) {
            return fallback;
        }
        return words.get(0).toLowerCase(Locale.ROOT) + pascal(words.subList(1, words.size()), "");
    }
}
