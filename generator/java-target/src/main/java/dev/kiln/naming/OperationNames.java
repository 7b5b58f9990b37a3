package dev.kiln.naming;

import dev.kiln.language.NameScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/** The rules for the names of resources (services, the client's accessors) and of operations' methods. */
final class OperationNames {
    /** Last words of a tag that say what every resource is. */
    private static final Set<String> SUFFIXES = Set.of("service", "api");

    /** A first word of a tag that is an API's version: {@code Api20100401}, {@code V2}. */
    private static final Pattern API_VERSION = Pattern.compile("(?i)(api)?(v\\d+|\\d{6,})");

    private OperationNames() {}

    /**
     * Names a service after its tag: {@code Endpoints} gives interface {@code EndpointsService}, and so does
     * {@code EndpointsService}, whose own suffix is dropped rather than doubled.
     *
     * @param tag the tag
     * @param scope the service names already taken
     * @return a unique PascalCase resource name, without the {@code Service} suffix
     */
    static String resourceName(String tag, NameScope scope) {
        return scope.allocate(resourceKey(tag));
    }

    /**
     * Returns the resource name a tag stands for before it is made unique, so tags that differ only in case or
     * punctuation ({@code endpoints}, {@code Endpoints}) share one service. A last word that only says it is a service
     * or an API ({@code GPUClusterService}, {@code Batch API}) and a first one that is an API's version
     * ({@code Api20100401Account}) are dropped.
     *
     * @param tag the tag
     * @return the PascalCase resource name
     */
    static String resourceKey(String tag) {
        List<String> words = new ArrayList<>(Words.split(tag));
        if (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        while (words.size() > 1 && API_VERSION.matcher(words.get(0)).matches()) {
            words.remove(0);
        }
        return Words.identifier(Words.pascal(words), "Default");
    }

    /**
     * Returns the accessor the client has for a resource: {@code Endpoints} gives {@code endpoints}.
     *
     * @param resourceName the resource's PascalCase name
     * @return the camelCase accessor name
     */
    static String accessorName(String resourceName) {
        String camel = Words.identifier(Words.camel(Words.split(resourceName)), "resource");
        return SourceVersion.isKeyword(camel) || ReservedNames.CLIENT_MEMBERS.contains(camel) ? camel + "_" : camel;
    }

    /**
     * Returns the prefix of the client's environment variables: {@code Together} gives {@code TOGETHER}.
     *
     * @param clientName the client's class name
     * @return the UPPER_SNAKE prefix
     */
    static String environmentPrefix(String clientName) {
        return Words.upperSnake(Words.split(clientName));
    }

    /**
     * Tells whether a path segment names a resource: its words, made singular, are words of the resource in a row,
     * made singular, whatever their case ({@code files} names {@code Files}, {@code clusters} names
     * {@code GpuCluster}, {@code oauth} names {@code OAuth}, {@code watermark} names {@code WatermarksFiles}).
     */
    static boolean namesResource(String segment, String resourceKey) {
        String said = String.join("", singulars(Words.split(segment)));
        List<String> resourceWords = singulars(Words.split(resourceKey));
        for (int from = 0; !said.isEmpty() && from < resourceWords.size(); from++) {
            for (int to = from + 1; to <= resourceWords.size(); to++) {
                if (String.join("", resourceWords.subList(from, to)).equals(said)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Each word made singular and lower-case: {@code CodesOfConduct} gives {@code code of conduct}. */
    private static List<String> singulars(List<String> words) {
        return words.stream().map(Words::singularOf).toList();
    }

    /** The key of a resource nested in another: the segment's words without those its parent's start with. */
    static String nestedResourceKey(String segment, String parentKey) {
        List<String> words = new ArrayList<>(Words.lower(Words.split(segment)));
        List<String> parent = Words.lower(Words.split(parentKey));
        for (List<String> form : List.of(parent, Words.lower(Words.singular(parent)))) {
            if (words.size() >= form.size() && words.subList(0, form.size()).equals(form)) {
                words.subList(0, form.size()).clear();
                break;
            }
        }
        if (words.isEmpty() || namesResource(segment, parentKey)) {
            return "";
        }
        return Words.identifier(Words.pascal(words), "Resource");
    }

    /** The accessor a nested resource has in its parent service, which no member every service has may take. */
    static String nestedAccessorName(String resourceKey, NameScope scope) {
        String camel = Words.identifier(Words.camel(Words.split(resourceKey)), "resource");
        if (SourceVersion.isKeyword(camel) || ReservedNames.SERVICE_MEMBERS.contains(camel)) {
            camel = camel + "_";
        }
        return scope.allocate(camel);
    }

    /** A method name as a user wrote it, made a valid Java name and unique in its service. */
    static String overriddenMethodName(String override, NameScope scope) {
        String candidate = Words.identifier(Words.camel(Words.split(override)), "call");
        if (override.equals(Words.identifier(override, "call")) && SourceVersion.isIdentifier(override)) {
            candidate = override;
        }
        return scope.allocate(MethodNames.usable(candidate));
    }
}
