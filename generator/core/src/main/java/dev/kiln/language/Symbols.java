package dev.kiln.language;

import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeRef;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The target's symbol table: every name the IR carries (types, nested types, fields, constants, variants,
 * parameters, services, accessors and methods) is decided here, in the scopes made here, so the core that links a
 * spec holds no rule of the target language. The same calls in the same order give the same names.
 */
public interface Symbols {

    /** A scope of top-level type names, where names that differ only in case collide. */
    NameScope typeScope();

    /** A scope of type names in which {@code taken} are already taken, whatever their case. */
    NameScope typeScope(Set<String> taken);

    /** A scope of the members of one type (fields, constants, methods). */
    NameScope memberScope();

    /** A scope of the methods of one service in which {@code taken} and the service's own members are taken. */
    NameScope serviceMethodScope(Set<String> taken);

    /** A scope of an operation's parameters, in which the method's own arguments are taken. */
    NameScope parameterScope();

    /**
     * A scope of the constants of the enum with that id, in which the enum's own members, its name and the names of
     * the types it is nested in are taken.
     */
    NameScope enumConstantScope(TypeId enumType);

    /** A scope of the variants of a union with that id, in which the union and the types around it are taken. */
    NameScope variantScope(TypeId union);

    /** Names a top-level type after a schema, request or response name. */
    String typeName(String specName, NameScope scope);

    /** Names the top-level types of several schemas at once, in spec order. */
    List<String> typeNames(List<String> specNames, NameScope scope);

    /** Names an inline type promoted to the top level, after the types it was nested in and its field. */
    String promotedTypeName(List<String> enclosing, String fieldName, NameScope scope);

    /** Names an inline type nested in the enclosing types, after its field. */
    String nestedTypeName(String fieldName, List<String> enclosing, NameScope scope);

    /** Names a type made for an operation: its params, inline body, inline answer or inline event. */
    String operationTypeName(String operationId, OperationTypeRole role, NameScope scope);

    /** Names the variant of a union that keeps the JSON no other variant reads. */
    String unknownVariantName(NameScope scope);

    /** Names the implementation nested in an object type that other object types extend. */
    String implementationName(NameScope scope);

    /** Names a union's variant, after its title when it has one, else after its type. */
    String variantName(Optional<String> title, TypeRef type, NameScope scope);

    /** Names a field after its JSON name. */
    String fieldName(String jsonName, NameScope scope);

    /** Names several fields at once, in spec order. */
    List<String> fieldNames(List<String> jsonNames, NameScope scope);

    /** Names a parameter after its wire name. */
    String parameterName(String wireName, NameScope scope);

    /** Names an enum constant after its value as text. */
    String enumConstant(String wireValue, NameScope scope);

    /** The resource a tag stands for, so tags that differ only in case or punctuation share one service. */
    String resourceKey(String tag);

    /** Names a resource after a tag. */
    String resourceName(String tag, NameScope scope);

    /** Names the service of a resource. */
    String serviceName(String resourceName);

    /** Names the client's accessor of a resource's service. */
    String accessorName(String resourceName);

    /** Names an operation's method. */
    String methodName(String operationId, String resourceName, NameScope scope);

    /** Names the method that answers an operation with its event stream. */
    String streamingMethodName(String methodName, NameScope scope);

    /** Names the method that answers an operation with its events as a publisher. */
    String publisherMethodName(String methodName, NameScope scope);

    /** Names the method that answers a paged operation with its pages. */
    String pagesMethodName(String methodName, NameScope scope);

    /** Names the client after the spec's title, when it has one. */
    String clientName(Optional<String> title);

    /** The prefix of the environment variables the client reads. */
    String environmentPrefix(String clientName);
}
