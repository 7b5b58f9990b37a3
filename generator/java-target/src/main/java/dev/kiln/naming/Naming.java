package dev.kiln.naming;

import dev.kiln.target.NameScope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Kiln's naming authority: turns spec names into Java names. Keywords get a trailing underscore
 * ({@code class_}); names that would hide {@code java.lang} types or the generated members get a suffix; names
 * that start with a digit get a leading underscore ({@code 24h} becomes the constant {@code _24H} and the field
 * {@code _24h}); type names always differ from field names ({@code 24h} becomes the type {@code _24hValue}).
 */
public final class Naming {
    /** Simple names that generated code uses unqualified, so no generated type may take them. */
    private static final Set<String> SHADOWED_TYPES = Set.of(
            "Object",
            "String",
            "Integer",
            "Long",
            "Double",
            "Boolean",
            "Number",
            "Character",
            "Byte",
            "Short",
            "Float",
            "Void",
            "Class",
            "Enum",
            "Record",
            "Override",
            "Deprecated",
            "SuppressWarnings",
            "Exception",
            "RuntimeException",
            "Error",
            "Throwable",
            "Iterable",
            "Comparable",
            "Runnable",
            "Thread",
            "System",
            "Math",
            "Module",
            "Package",
            "Process",
            "Runtime",
            "StringBuilder",
            "FunctionalInterface",
            "SafeVarargs",
            "List",
            "Map",
            "Optional",
            "Objects",
            "JsonNode",
            // the builder and the known values every model and open enum nest
            JavaNames.BUILDER,
            JavaNames.KNOWN_VALUES,
            "IllegalStateException",
            "ArrayList",
            "LinkedHashMap",
            "Collections",
            "JsonCreator",
            "JsonValue",
            // the SDK's own core types, which every model uses
            "Codec",
            "Codecs",
            "Json",
            "JsonDataException",
            "JsonField",
            "JsonModel",
            "JsonObjectReader",
            "JsonObjectWriter",
            "JsonPaths",
            "JsonObjectModel",
            "ModelSchema",
            "ModelBuilder",
            "TypedModelBuilder",
            "OpenEnum",
            "OpenEnumType",
            "RequestParams");

    /** Members every generated model has, which no field accessor may take. */
    private static final Set<String> MODEL_MEMBERS = Set.of(
            "builder",
            "toBuilder",
            "build",
            "toJson",
            "toJsonNode",
            "fromJson",
            "fromJsonNode",
            "codec",
            "validate",
            "equals",
            "hashCode",
            "toString",
            "getClass",
            "notify",
            "notifyAll",
            "wait",
            "clone",
            "finalize",
            "additionalProperties",
            "putAdditionalProperty");

    /** Members of the client class, which no resource accessor may take. */
    private static final Set<String> CLIENT_MEMBERS = Set.of(
            "async",
            "builder",
            "fromEnv",
            "options",
            "toString",
            "equals",
            "hashCode",
            "getClass",
            "notify",
            "notifyAll",
            "wait",
            "clone",
            "finalize");

    /**
     * Members every service has or inherits, which no operation's method may take; and {@code yield}, a method that
     * cannot be called unqualified, as an operation's overloads call each other.
     */
    private static final Set<String> SERVICE_MEMBERS = Set.of(
            "withRawResponse",
            "toString",
            "equals",
            "hashCode",
            "getClass",
            "notify",
            "notifyAll",
            "wait",
            "clone",
            "finalize",
            "yield");

    /** Members every generated builder has besides its field setters, and those of {@code Object}. */
    private static final Set<String> BUILDER_MEMBERS = Set.of(
            "build",
            "additionalProperties",
            "putAdditionalProperty",
            "toString",
            "equals",
            "hashCode",
            "getClass",
            "notify",
            "notifyAll",
            "wait",
            "clone",
            "finalize");

    /**
     * Members every generated union has, and those of its records ({@code value}, {@code json}) and of
     * {@code Object}, which no variant's accessor, test or factory may take.
     */
    private static final Set<String> UNION_MEMBERS = Set.of(
            "validate",
            "codec",
            "fromJson",
            "decode",
            "toJson",
            "toJsonNode",
            "accept",
            "value",
            "json",
            "toString",
            "equals",
            "hashCode",
            "getClass",
            "notify",
            "notifyAll",
            "wait",
            "clone",
            "finalize");

    /** Members of a union's visitor besides its {@code visit} methods. */
    private static final Set<String> VISITOR_MEMBERS = Set.of(
            "unknown",
            "toString",
            "equals",
            "hashCode",
            "getClass",
            "notify",
            "notifyAll",
            "wait",
            "clone",
            "finalize");

    /** The prefix of every union variant's record name: {@code OfString}. */
    private static final String VARIANT_PREFIX = "Of";

    /** Words for the symbols that enum values are made of, such as the operators of a filter. */
    private static final Map<Integer, String> SYMBOLS = Map.ofEntries(
            Map.entry((int) '+', "PLUS"),
            Map.entry((int) '-', "MINUS"),
            Map.entry((int) '<', "LESS_THAN"),
            Map.entry((int) '>', "GREATER_THAN"),
            Map.entry((int) '=', "EQUALS"),
            Map.entry((int) '!', "NOT"),
            Map.entry((int) '*', "STAR"),
            Map.entry((int) '/', "SLASH"),
            Map.entry((int) '.', "DOT"),
            Map.entry((int) '_', "UNDERSCORE"),
            Map.entry((int) ' ', "SPACE"),
            Map.entry((int) '&', "AND"),
            Map.entry((int) '|', "OR"),
            Map.entry((int) '%', "PERCENT"),
            Map.entry((int) '#', "HASH"),
            Map.entry((int) '@', "AT"),
            Map.entry((int) '$', "DOLLAR"),
            Map.entry((int) '~', "TILDE"),
            Map.entry((int) '^', "CARET"),
            Map.entry((int) '?', "QUESTION"),
            Map.entry((int) ':', "COLON"),
            Map.entry((int) ',', "COMMA"));

    /** The fallback for a name made only of punctuation. */
    private static final String EMPTY_NAME = "EMPTY";

    private Naming() {}

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
        String[] names = new String[specNames.size()];
        for (int i = 0; i < names.length; i++) {
            String specName = specNames.get(i);
            if (typeNameCandidate(specName).equals(specName) && !scope.isTaken(specName)) {
                names[i] = scope.allocate(specName);
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i] == null) {
                names[i] = typeName(specNames.get(i), scope);
            }
        }
        return List.of(names);
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
     * Names a field accessor (and builder setter).
     *
     * @param jsonName the field's JSON name
     * @param scope the member names already taken in the type
     * @return a unique camelCase name
     */
    public static String fieldName(String jsonName, NameScope scope) {
        return scope.allocate(fieldNameCandidate(jsonName));
    }

    private static String fieldNameCandidate(String jsonName) {
        String candidate = identifier(Words.camel(Words.split(jsonName)), "value");
        if (SourceVersion.isKeyword(candidate) || MODEL_MEMBERS.contains(candidate)) {
            candidate = candidate + "_";
        }
        return candidate;
    }

    /**
     * Names the fields of one type at once. A field whose JSON name is already the Java name it would get keeps it
     * whatever comes before it ({@code value} stays {@code value} beside an earlier {@code _}); the others are
     * named in spec order.
     *
     * @param jsonNames the fields' JSON names, in spec order
     * @param scope the member names already taken in the type
     * @return the unique camelCase name of each field, in the same order
     */
    public static List<String> fieldNames(List<String> jsonNames, NameScope scope) {
        String[] names = new String[jsonNames.size()];
        for (int i = 0; i < names.length; i++) {
            String jsonName = jsonNames.get(i);
            if (fieldNameCandidate(jsonName).equals(jsonName) && !scope.isTaken(jsonName)) {
                names[i] = scope.allocate(jsonName);
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i] == null) {
                names[i] = fieldName(jsonNames.get(i), scope);
            }
        }
        return List.of(names);
    }

    /**
     * The scope of a builder's member names: its field setters, named by {@link #fieldNames}, and the members every
     * builder has. Convenience setters are named in it, so they take no name a setter or another one has.
     *
     * @param setterNames the Java names of the fields that have setters
     * @return the scope
     */
    public static NameScope builderScope(Collection<String> setterNames) {
        Set<String> taken = new HashSet<>(BUILDER_MEMBERS);
        taken.addAll(setterNames);
        return new NameScope(taken);
    }

    /**
     * Names the builder method that sets a field as a {@code JsonField}, raw JSON included: {@code _} and the
     * field's setter, as the model's accessor of the raw field ({@code _temperature}). No field's setter starts
     * with {@code _} but before a digit, so this name is no setter's.
     *
     * @param setterName the field's setter
     * @param scope the builder's member names, from {@link #builderScope}
     * @return a unique name
     */
    public static String rawSetterName(String setterName, NameScope scope) {
        return scope.allocate("_" + setterName);
    }

    /**
     * Names a model's accessor of a field as a {@code JsonField}, raw JSON included: {@code _} and the field's
     * accessor ({@code _temperature}). No field's accessor starts with {@code _} but before a digit, so this name is
     * no field's.
     *
     * @param fieldName the field's accessor
     * @return the raw accessor's name
     */
    public static String rawAccessorName(String fieldName) {
        return "_" + fieldName;
    }

    /**
     * Names the builder method that adds one item to a list field: {@code messages} gives {@code addMessage},
     * {@code policies} {@code addPolicy}, {@code data} {@code addData}.
     *
     * @param jsonName the field's JSON name
     * @param scope the builder's member names, from {@link #builderScope}
     * @return a unique camelCase name
     */
    public static String adderName(String jsonName, NameScope scope) {
        return scope.allocate(Words.camel(prefixed("add", singular(Words.split(jsonName)))));
    }

    /**
     * Names the builder method that puts one entry into a map field: {@code metadata} gives {@code putMetadata},
     * {@code headers} {@code putHeader}.
     *
     * @param jsonName the field's JSON name
     * @param scope the builder's member names, from {@link #builderScope}
     * @return a unique camelCase name
     */
    public static String putterName(String jsonName, NameScope scope) {
        return scope.allocate(Words.camel(prefixed("put", singular(Words.split(jsonName)))));
    }

    /**
     * Names the builder method that puts every entry of a map into a map field: {@code headers} gives
     * {@code putAllHeaders}.
     *
     * @param jsonName the field's JSON name
     * @param scope the builder's member names, from {@link #builderScope}
     * @return a unique camelCase name
     */
    public static String putAllName(String jsonName, NameScope scope) {
        return scope.allocate(Words.camel(prefixed("put all", Words.split(jsonName))));
    }

    /**
     * Names a builder's shortcut setter for one variant of a union field when it cannot be an overload of the
     * field's setter (two variants that Java erases to one type, such as two lists): {@code content} and
     * {@code OfParts} give {@code contentOfParts}.
     *
     * @param setterName the field's setter
     * @param variantName the variant's record name
     * @param scope the builder's member names, from {@link #builderScope}
     * @return a unique camelCase name
     */
    public static String variantSetterName(String setterName, String variantName, NameScope scope) {
        return scope.allocate(setterName + variantName);
    }

    /**
     * The scope of a union's member names: those every union has are taken.
     *
     * @return the scope
     */
    public static NameScope unionScope() {
        return new NameScope(UNION_MEMBERS);
    }

    /**
     * Names a union's static factory for a variant: {@code OfString} gives {@code ofString}.
     *
     * @param variantName the variant's record name
     * @param scope the union's member names, from {@link #unionScope}
     * @return a unique camelCase name
     */
    public static String variantFactoryName(String variantName, NameScope scope) {
        return scope.allocate(Words.camel(prefixed("of", variantWords(variantName))));
    }

    /**
     * Names a union's test for a variant: {@code OfString} gives {@code isString}.
     *
     * @param variantName the variant's record name
     * @param scope the union's member names, from {@link #unionScope}
     * @return a unique camelCase name
     */
    public static String variantTestName(String variantName, NameScope scope) {
        return scope.allocate(Words.camel(prefixed("is", variantWords(variantName))));
    }

    /**
     * Names a union's accessor for a variant's value: {@code OfString} gives {@code string}, {@code OfBoolean}
     * {@code boolean_}, {@code Of24h} {@code _24h}.
     *
     * @param variantName the variant's record name
     * @param scope the union's member names, from {@link #unionScope}
     * @return a unique camelCase name
     */
    public static String variantAccessorName(String variantName, NameScope scope) {
        String candidate = identifier(Words.camel(variantWords(variantName)), "variant");
        if (SourceVersion.isKeyword(candidate)) {
            candidate = candidate + "_";
        }
        return scope.allocate(candidate);
    }

    /**
     * Names the local variable in a union's {@code decode} that holds a variant's attempt to read the JSON:
     * {@code OfString} gives {@code asOfString}. The method's other locals and arguments ({@code json},
     * {@code path}) start otherwise.
     *
     * @param variantName the variant's record name
     * @return the variable's name
     */
    public static String variantAttemptName(String variantName) {
        return "as" + variantName;
    }

    /**
     * The scope of the method names of a union's visitor: {@code unknown} is taken.
     *
     * @return the scope
     */
    public static NameScope visitorScope() {
        return new NameScope(VISITOR_MEMBERS);
    }

    /**
     * Names a union visitor's method for a variant: {@code OfString} gives {@code visitString}.
     *
     * @param variantName the variant's record name
     * @param scope the visitor's method names, from {@link #visitorScope}
     * @return a unique camelCase name
     */
    public static String visitMethodName(String variantName, NameScope scope) {
        return scope.allocate(Words.camel(prefixed("visit", variantWords(variantName))));
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

    /** The words of a variant's record name after its {@code Of}. */
    private static List<String> variantWords(String variantName) {
        String rest =
                variantName.startsWith(VARIANT_PREFIX) ? variantName.substring(VARIANT_PREFIX.length()) : variantName;
        return Words.split(rest);
    }

    private static List<String> prefixed(String prefix, List<String> words) {
        List<String> all = new ArrayList<>(Words.split(prefix));
        all.addAll(words);
        return all;
    }

    /**
     * The words with the last one made singular, for the item of a list or the entry of a map: {@code messages}
     * gives {@code message}, {@code policies} {@code policy}, {@code addresses} {@code address}, {@code status},
     * {@code data} and {@code ids2} stay.
     */
    private static List<String> singular(List<String> words) {
        if (words.isEmpty()) {
            return words;
        }
        List<String> singular = new ArrayList<>(words);
        String last = singular.get(singular.size() - 1);
        String lower = last.toLowerCase(Locale.ROOT);
        String one;
        if (lower.length() > 3 && lower.endsWith("ies")) {
            one = last.substring(0, last.length() - 3) + "y";
        } else if (lower.length() > 4
                && (lower.endsWith("sses")
                        || lower.endsWith("xes")
                        || lower.endsWith("ches")
                        || lower.endsWith("shes")
                        || lower.endsWith("uses"))) {
            one = last.substring(0, last.length() - 2);
        } else if (lower.length() > 1
                && lower.endsWith("s")
                && !lower.endsWith("ss")
                && !lower.endsWith("us")
                && !lower.endsWith("is")) {
            one = last.substring(0, last.length() - 1);
        } else {
            one = last;
        }
        singular.set(singular.size() - 1, one);
        return singular;
    }

    /**
     * Names a method parameter.
     *
     * @param wireName the parameter's name on the wire
     * @param scope the parameter names already taken
     * @return a unique camelCase name
     */
    public static String parameterName(String wireName, NameScope scope) {
        String candidate = identifier(Words.camel(Words.split(wireName)), "value");
        if (SourceVersion.isKeyword(candidate)) {
            candidate = candidate + "_";
        }
        return scope.allocate(candidate);
    }

    /**
     * Names an enum constant after its wire value: {@code on-demand} gives {@code ON_DEMAND}, {@code 24h} gives
     * {@code _24H}, {@code +1} gives {@code PLUS_1}, {@code -1} gives {@code MINUS_1}, {@code -created_at} gives
     * {@code MINUS_CREATED_AT} (a sort order, beside {@code created_at}) and {@code ""} gives {@code EMPTY}. A value
     * made only of symbols is spelled out: {@code <=} gives {@code LESS_THAN_EQUALS}.
     *
     * @param wireValue the value as text
     * @param scope the constant names already taken
     * @return a unique UPPER_SNAKE name
     */
    public static String enumConstant(String wireValue, NameScope scope) {
        String text = wireValue;
        List<String> parts = new ArrayList<>();
        if (text.startsWith("+") || text.startsWith("-")) {
            parts.add(SYMBOLS.get(text.codePointAt(0)));
            text = text.substring(1);
        }
        List<String> words = Words.split(text.replace('.', '_'));
        if (!words.isEmpty()) {
            parts.add(Words.upperSnake(words));
        } else {
            text.codePoints().mapToObj(Naming::symbolName).forEach(parts::add);
        }
        String candidate = parts.isEmpty() ? EMPTY_NAME : String.join("_", parts);
        if (Character.isDigit(candidate.charAt(0))) {
            candidate = "_" + candidate;
        }
        if (SourceVersion.isKeyword(candidate.toLowerCase(Locale.ROOT)) && SourceVersion.isKeyword(candidate)) {
            candidate = candidate + "_";
        }
        return scope.allocate(candidate);
    }

    /** The word for a symbol in an enum value: a short one for the usual operators, else its Unicode name. */
    private static String symbolName(int codePoint) {
        String known = SYMBOLS.get(codePoint);
        if (known != null) {
            return known;
        }
        String unicode = Character.getName(codePoint);
        return unicode == null
                ? "U" + Integer.toHexString(codePoint).toUpperCase(Locale.ROOT)
                : Words.upperSnake(Words.split(unicode));
    }

    /**
     * Names a service after its tag: {@code Endpoints} gives interface {@code EndpointsService}, and so does
     * {@code EndpointsService}, whose own suffix is dropped rather than doubled.
     *
     * @param tag the tag
     * @param scope the service names already taken
     * @return a unique PascalCase resource name, without the {@code Service} suffix
     */
    public static String resourceName(String tag, NameScope scope) {
        return scope.allocate(resourceKey(tag));
    }

    /**
     * Returns the resource name a tag stands for before it is made unique, so tags that differ only in case or
     * punctuation ({@code endpoints}, {@code Endpoints}) share one service.
     *
     * @param tag the tag
     * @return the PascalCase resource name
     */
    public static String resourceKey(String tag) {
        List<String> words = new java.util.ArrayList<>(Words.split(tag));
        if (words.size() > 1 && words.get(words.size() - 1).equalsIgnoreCase("service")) {
            words.remove(words.size() - 1);
        }
        return identifier(Words.pascal(words), "Default");
    }

    /**
     * Returns the accessor the client has for a resource: {@code Endpoints} gives {@code endpoints}.
     *
     * @param resourceName the resource's PascalCase name
     * @return the camelCase accessor name
     */
    public static String accessorName(String resourceName) {
        String camel = identifier(Words.camel(Words.split(resourceName)), "resource");
        return SourceVersion.isKeyword(camel) || CLIENT_MEMBERS.contains(camel) ? camel + "_" : camel;
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
    public static String methodName(String operationId, String resourceName, NameScope scope) {
        List<String> words = new ArrayList<>(Words.split(operationId));
        List<String> resource = Words.split(resourceName);
        if (!stripSuffix(words, resource)) {
            stripPrefix(words, resource);
        }
        String candidate = identifier(Words.camel(words), "call");
        if (SourceVersion.isKeyword(candidate) || SERVICE_MEMBERS.contains(candidate)) {
            candidate = candidate + "_";
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
        return scope.allocate(usableTypeName(identifier(Words.pascal(Words.split(operationId)), "Unnamed") + suffix));
    }

    /**
     * Returns the prefix of the client's environment variables: {@code Together} gives {@code TOGETHER}.
     *
     * @param clientName the client's class name
     * @return the UPPER_SNAKE prefix
     */
    public static String environmentPrefix(String clientName) {
        return Words.upperSnake(Words.split(clientName));
    }

    /**
     * Tells whether a name is a valid Java type name.
     *
     * @param name the name
     * @return true when valid
     */
    public static boolean isValidTypeName(String name) {
        return SourceVersion.isName(name) && !name.contains(".");
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
        return List.of(
                resource, singular(resource, "s", ""), singular(resource, "es", ""), singular(resource, "ies", "y"));
    }

    private static boolean startsWith(List<String> words, List<String> prefix) {
        for (int i = 0; i < prefix.size(); i++) {
            if (!words.get(i).equalsIgnoreCase(prefix.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The words with the last one's plural {@code ending} replaced: {@code Policies} and "ies" give {@code Policy}. */
    private static List<String> singular(List<String> words, String ending, String replacement) {
        if (words.isEmpty()) {
            return words;
        }
        String last = words.get(words.size() - 1);
        String lower = last.toLowerCase(Locale.ROOT);
        if (last.length() > ending.length() && lower.endsWith(ending) && !lower.endsWith("ss")) {
            List<String> singular = new ArrayList<>(words);
            singular.set(singular.size() - 1, last.substring(0, last.length() - ending.length()) + replacement);
            return singular;
        }
        return words;
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

    /**
     * A type's name before it is made unique. It starts with an upper-case letter, or else ends in {@code Value}: a
     * field takes the name a digit or a letter without case gives ({@code _1st}, {@code 名前}), and a field of
     * the same name as a type hides that type in the class declaring the field.
     */
    private static String typeNameCandidate(String specName) {
        return usableTypeName(identifier(Words.pascal(Words.split(specName)), "Unnamed"));
    }

    private static String usableTypeName(String candidate) {
        String name = Character.isUpperCase(candidate.codePointAt(0)) ? candidate : candidate + "Value";
        // Json becomes JsonValue, itself shadowed (Jackson's annotation), so the suffix is added until the name is free
        while (SHADOWED_TYPES.contains(name)) {
            name = name + "Value";
        }
        return name;
    }

    private static String identifier(String candidate, String fallback) {
        if (candidate.isEmpty()) {
            return fallback;
        }
        if (Character.isDigit(candidate.charAt(0))) {
            return "_" + candidate;
        }
        return candidate;
    }
}
