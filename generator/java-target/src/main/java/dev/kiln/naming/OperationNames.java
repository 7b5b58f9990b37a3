package dev.kiln.naming;

import dev.kiln.target.NameScope;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;

/** The rules for the names of resources (services, the client's accessors) and of operations' methods. */
final class OperationNames {
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
     * punctuation ({@code endpoints}, {@code Endpoints}) share one service.
     *
     * @param tag the tag
     * @return the PascalCase resource name
     */
    static String resourceKey(String tag) {
        List<String> words = new ArrayList<>(Words.split(tag));
        if (words.size() > 1 && words.get(words.size() - 1).equalsIgnoreCase("service")) {
            words.remove(words.size() - 1);
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
     * Names an operation's method. The resource's name is dropped from the end of the operation id when
     * something is left: {@code listEndpoints} in {@code Endpoints} gives {@code list}, {@code getEndpoint} gives
     * {@code get}, {@code listHardware} stays {@code listHardware}. Failing that, it is dropped from the start:
     * {@code audio-transcriptions} in {@code Audio} gives {@code transcriptions}.
     *
     * @param operationId the operation id
     * @param resourceName the resource's PascalCase name
     * @param scope the method names already taken in the service
     * @return a unique camelCase method name
     */
    static String methodName(String operationId, String resourceName, NameScope scope) {
        List<String> words = new ArrayList<>(Words.split(operationId));
        List<String> resource = Words.split(resourceName);
        if (!stripSuffix(words, resource)) {
            stripPrefix(words, resource);
        }
        String candidate = Words.identifier(Words.camel(words), "call");
        if (SourceVersion.isKeyword(candidate) || ReservedNames.SERVICE_MEMBERS.contains(candidate)) {
            candidate = candidate + "_";
        }
        return scope.allocate(candidate);
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

    /** Drops the resource's words, or those of its singular, from the end; tells whether it did. */
    private static boolean stripSuffix(List<String> words, List<String> resource) {
        for (List<String> suffix : forms(resource)) {
            if (!suffix.isEmpty() && words.size() > suffix.size() && endsWith(words, suffix)) {
                words.subList(words.size() - suffix.size(), words.size()).clear();
                return true;
            }
        }
        return false;
    }

    /** Drops the resource's words, or those of its singular, from the start. */
    private static void stripPrefix(List<String> words, List<String> resource) {
        for (List<String> prefix : forms(resource)) {
            if (!prefix.isEmpty() && words.size() > prefix.size() && startsWith(words, prefix)) {
                words.subList(0, prefix.size()).clear();
                return;
            }
        }
    }

    private static List<List<String>> forms(List<String> resource) {
        return List.of(resource, Words.singular(resource));
    }

    private static boolean startsWith(List<String> words, List<String> prefix) {
        for (int i = 0; i < prefix.size(); i++) {
            if (!words.get(i).equalsIgnoreCase(prefix.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(List<String> words, List<String> suffix) {
        int offset = words.size() - suffix.size();
        for (int i = 0; i < suffix.size(); i++) {
            if (!words.get(offset + i).equalsIgnoreCase(suffix.get(i))) {
                return false;
            }
        }
        return true;
    }
}
