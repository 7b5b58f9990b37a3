package dev.kiln.naming;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fixed names the emitters give the members and nested types every generated type of a kind has, each spelled
 * once, here, where it is reserved: the emitters take the name from here, and the naming rules keep every name they
 * decide off the reserved ones of the same kind of type.
 */
public final class ReservedNames {
    private ReservedNames() {}

    // members of every model (and of unions, params types and builders where they have them)

    /** The static factory of a model's, a params type's or the client's builder. */
    public static final String BUILDER = "builder";
    /** A model's copy into a new builder. */
    public static final String TO_BUILDER = "toBuilder";
    /** A builder's last call. */
    public static final String BUILD = "build";
    /** A model's JSON text. */
    public static final String TO_JSON = "toJson";
    /** A model's or a union's JSON tree. */
    public static final String TO_JSON_NODE = "toJsonNode";
    /** Reads a model or a union from JSON text. */
    public static final String FROM_JSON = "fromJson";
    /** Reads a model from a JSON tree. */
    public static final String FROM_JSON_NODE = "fromJsonNode";
    /** The codec of a model, a union or an enum. */
    public static final String CODEC = "codec";
    /** Checks a model or a union eagerly. */
    public static final String VALIDATE = "validate";
    /** A model's, and its builder's, fields the spec does not name. */
    public static final String ADDITIONAL_PROPERTIES = "additionalProperties";
    /** A builder's setter of one field the spec does not name. */
    public static final String PUT_ADDITIONAL_PROPERTY = "putAdditionalProperty";

    // members of a union, its records and its visitor

    /** Reads a union's variant from a JSON tree. */
    public static final String DECODE = "decode";
    /** Calls a union visitor's method for the variant. */
    public static final String ACCEPT = "accept";
    /** The value a union's variant record holds. */
    public static final String VALUE = "value";
    /** The JSON an unknown variant holds. */
    public static final String JSON = "json";
    /** The visitor's method for a variant it does not know. */
    public static final String UNKNOWN = "unknown";

    // members of the client

    /** The client's asynchronous view. */
    public static final String ASYNC = "async";
    /** The client built from the environment. */
    public static final String FROM_ENV = "fromEnv";
    /** The client's options. */
    public static final String OPTIONS = "options";
    /** A copy of the client with options changed. */
    public static final String WITH_OPTIONS = "withOptions";
    /** Closes the client. */
    public static final String CLOSE = "close";

    // members of every service

    /** A service's view answering with raw responses. */
    public static final String WITH_RAW_RESPONSE = "withRawResponse";
    /** The executor every service implementation and the client hold. */
    public static final String HTTP = "http";

    // the arguments of an operation's method

    /** The argument of an operation's method that holds its query, header and cookie parameters. */
    public static final String PARAMS_ARGUMENT = "params";
    /** The argument of an operation's method that holds its request body. */
    public static final String BODY_ARGUMENT = "body";
    /** The argument of an operation's method that holds the call's own options. */
    public static final String OPTIONS_ARGUMENT = "requestOptions";
    /** The local a request factory writes each item of a list parameter through. */
    public static final String ITEM_LOCAL = "item";

    // members of every enum

    /** An open enum's constant for a value it does not know. */
    public static final String UNKNOWN_CONSTANT = "_UNKNOWN";
    /** An open enum's table of known values. */
    public static final String KNOWN_CONSTANT = "KNOWN";
    /** An enum's codec constant. */
    public static final String CODEC_CONSTANT = "CODEC";

    // nested types

    /** The builder every model, params type and the client nest. */
    public static final String BUILDER_TYPE = "Builder";
    /** The Java enum every open enum nests, to {@code switch} on. */
    public static final String KNOWN_VALUES_TYPE = "Value";

    /** The methods every class inherits from {@code Object}. */
    static final Set<String> OBJECT_METHODS =
            Set.of("toString", "equals", "hashCode", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

    /** Members every generated model has, which no field accessor may take. */
    static final Set<String> MODEL_MEMBERS = withObjectMethods(
            BUILDER,
            TO_BUILDER,
            BUILD,
            TO_JSON,
            TO_JSON_NODE,
            FROM_JSON,
            FROM_JSON_NODE,
            CODEC,
            VALIDATE,
            ADDITIONAL_PROPERTIES,
            PUT_ADDITIONAL_PROPERTY);

    /** Members of the client class, which no resource accessor may take. */
    static final Set<String> CLIENT_MEMBERS = withObjectMethods(ASYNC, BUILDER, FROM_ENV, OPTIONS, WITH_OPTIONS, CLOSE);

    /**
     * Members every service has or inherits, which no operation's method may take; and {@code yield}, a method that
     * cannot be called unqualified, as an operation's overloads call each other.
     */
    static final Set<String> SERVICE_MEMBERS = withObjectMethods(WITH_RAW_RESPONSE, "yield");

    /** Members every generated builder has besides its field setters. */
    static final Set<String> BUILDER_MEMBERS = withObjectMethods(BUILD, ADDITIONAL_PROPERTIES, PUT_ADDITIONAL_PROPERTY);

    /**
     * Members every generated union has, and those of its records, which no variant's accessor, test or factory may
     * take.
     */
    static final Set<String> UNION_MEMBERS =
            withObjectMethods(VALIDATE, CODEC, FROM_JSON, DECODE, TO_JSON, TO_JSON_NODE, ACCEPT, VALUE, JSON);

    /** Members of a union's visitor besides its {@code visit} methods. */
    static final Set<String> VISITOR_MEMBERS = withObjectMethods(UNKNOWN);

    /** The names an operation's method and its request factory use besides its path parameters. */
    static final Set<String> METHOD_ARGUMENTS =
            Set.of(PARAMS_ARGUMENT, BODY_ARGUMENT, OPTIONS_ARGUMENT, HTTP, ITEM_LOCAL, VALUE);

    /** The members every generated enum has besides its constants. */
    static final Set<String> ENUM_MEMBERS = Set.of(KNOWN_CONSTANT, CODEC_CONSTANT, UNKNOWN_CONSTANT);

    /** Simple names that generated code uses unqualified, so no generated type may take them. */
    static final Set<String> SHADOWED_TYPES = Set.copyOf(List.of(
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
            BUILDER_TYPE,
            KNOWN_VALUES_TYPE,
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
            "RequestParams"));

    private static Set<String> withObjectMethods(String... members) {
        Set<String> all = new HashSet<>(OBJECT_METHODS);
        all.addAll(List.of(members));
        return Set.copyOf(all);
    }
}
