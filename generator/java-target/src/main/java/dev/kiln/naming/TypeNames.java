package dev.kiln.naming;

import dev.kiln.language.NameScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules for type names: top-level types after schemas and operations, types nested after their field, types
 * promoted out of deep nesting, and a union's visitor and its type variable. A type name starts with an upper-case
 * letter and is none of {@link ReservedNames#ReservedNames.SHADOWED_TYPES}.
 */
public final class TypeNames {
    private TypeNames() {}

    /**
     * Names a top-level type after a schema, request or response name.
     *
     * @param specName the name in the spec, such as {@code dedicated-endpoint} or {@code io.k8s.api.core.v1.Pod}
     * @param scope the top-level names already taken
     * @return a unique PascalCase type name
     */
    public static String typeName(String specName, NameScope scope) {
        return scope.allocate(typeNameCandidate(specName));
    }

    /**
     * Names the top-level types of several schemas at once. A schema whose name is already the Java name it would
     * get keeps it whatever comes before it in the spec ({@code UserName} stays {@code UserName} beside an earlier
     * {@code user_name}); the others are named in spec order.
     *
     * @param specNames the schemas' names, in spec order
     * @param scope the top-level names already taken
     * @return the unique PascalCase name of each schema, in the same order
     */
    public static List<String> typeNames(List<String> specNames, NameScope scope) {
        return ExactNamesFirst.allocate(specNames, TypeNames::typeNameCandidate, scope);
    }

    /**
     * The longest name a promoted type takes before it is cut to its owner's first words and its field: its class
     * files, with the types nested in it, must stay within the 255 bytes file systems allow a file name.
     */
    private static final int MAX_PROMOTED_NAME = 100;

    /**
     * Names an inline schema promoted to a top-level type because it sits deeper than nesting may go: after the
     * top-level type that owns it and its field ({@code Config} and {@code issuer} give {@code ConfigIssuer}). When
     * that is taken, the names of the types between them are added from the innermost out
     * ({@code ConfigCertificateIssuer}), and only when the whole path is taken is it numbered.
     *
     * @param enclosing the simple names of the types the schema would be nested in, outermost first
     * @param fieldName the field's JSON name
     * @param scope the top-level names already taken
     * @return a unique PascalCase name
     */
    public static String promotedTypeName(List<String> enclosing, String fieldName, NameScope scope) {
        String candidate = null;
        for (int from = enclosing.size(); from >= 1; from--) {
            List<String> words = new ArrayList<>();
            words.add(enclosing.get(0));
            words.addAll(enclosing.subList(from, enclosing.size()));
            words.add(fieldName);
            candidate = typeNameCandidate(String.join(" ", words));
            if (!scope.isTaken(candidate)) {
                break;
            }
        }
        if (candidate.length() > MAX_PROMOTED_NAME) {
            // a type promoted from a type promoted before would grow by a word per level: keep the file name short
            candidate = typeNameCandidate(leadingWords(enclosing.get(0), MAX_PROMOTED_NAME / 2) + " " + fieldName);
        }
        return scope.allocate(candidate);
    }

    /** The longest run of whole words at the start of a PascalCase name that fits in {@code limit} characters. */
    private static String leadingWords(String name, int limit) {
        int end = Math.min(name.length(), limit);
        while (end > 1 && end < name.length() && !Character.isUpperCase(name.charAt(end))) {
            end--;
        }
        return name.substring(0, Math.max(end, 1));
    }

    /**
     * Names a type nested in {@code enclosing}, after the field it types.
     *
     * @param fieldName the field's JSON name
     * @param enclosing the simple names of every enclosing type, outermost first
     * @param scope the names already taken inside the enclosing type
     * @return a unique PascalCase name that differs from every enclosing type's name
     */
    public static String nestedTypeName(String fieldName, List<String> enclosing, NameScope scope) {
        String candidate = typeNameCandidate(fieldName);
        while (enclosing.contains(candidate)) {
            candidate = candidate + "Value";
        }
        return scope.allocate(candidate);
    }

    /**
     * Returns the Java type name for an operation-derived type, such as the params of {@code listEndpoints}
     * ({@code ListEndpointsParams}) or an inline request body ({@code UpdateEndpointRequest}).
     *
     * @param operationId the operation id
     * @param suffix {@code Params}, {@code Request} or {@code Response}
     * @param scope the top-level names already taken
     * @return a unique PascalCase name
     */
    public static String operationTypeName(String operationId, String suffix, NameScope scope) {
        return scope.allocate(
                usableTypeName(Words.identifier(Words.pascal(Words.split(operationId)), "Unnamed") + suffix));
    }

    /**
     * Names the visitor interface a union nests.
     *
     * @param taken the simple names of the union, its enclosing types, its records and its nested types, and of
     *     the types its variants mention
     * @return {@code Visitor}, or a numbered form of it none of {@code taken} has
     */
    public static String visitorTypeName(Set<String> taken) {
        return NameScope.ofTypes(taken).allocate("Visitor");
    }

    /**
     * Names the type variable of a union's visitor, the type its methods return.
     *
     * @param taken the simple names {@link #visitorTypeName} was given, and the visitor's
     * @return {@code R}, or a numbered form of it none of {@code taken} has
     */
    public static String visitorResultVariable(Set<String> taken) {
        return NameScope.ofTypes(taken).allocate("R");
    }

    /**
     * A type's name before it is made unique. It starts with an upper-case letter, or else ends in {@code Value}: a
     * field takes the name a digit or a letter without case gives ({@code _1st}, {@code 名前}), and a field of
     * the same name as a type hides that type in the class declaring the field.
     */
    private static String typeNameCandidate(String specName) {
        return usableTypeName(Words.identifier(Words.pascal(Words.split(specName)), "Unnamed"));
    }

    static String usableTypeName(String candidate) {
        String name = Character.isUpperCase(candidate.codePointAt(0)) ? candidate : candidate + "Value";
        // Json becomes JsonValue, itself shadowed (Jackson's annotation), so the suffix is added until the name is free
        while (ReservedNames.SHADOWED_TYPES.contains(name)) {
            name = name + "Value";
        }
        return name;
    }
}
