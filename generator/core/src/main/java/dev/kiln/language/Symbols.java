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

    /**
     * Tells whether a segment of a path names a resource: {@code files} and {@code file} name {@code Files};
     * {@code clusters} names {@code GpuCluster}, whose last word it is; {@code storage} names
     * {@code DeploymentsStorage}.
     *
     * @param segment a static segment of a path
     * @param resourceKey a resource's key, from {@link #resourceKey}
     * @return true when the segment names the resource
     */
    boolean namesResource(String segment, String resourceKey);

    /**
     * Tells whether a segment of a path is an action done to what comes before it rather than a resource of its own:
     * {@code cancel}, {@code upload}, {@code estimate-price}.
     *
     * @param segment a static segment of a path
     * @return true for an action
     */
    boolean namesAction(String segment);

    /**
     * Tells whether a segment of a path names many things: {@code comments}, {@code events}, but not
     * {@code content} or {@code status}.
     *
     * @param segment a static segment of a path
     * @return true for a plural
     */
    boolean namesCollection(String segment);

    /**
     * Returns the key of a resource nested in another, named by a segment of the path, without the words it shares
     * with its parent: {@code completions} in {@code Chat} gives {@code Completions}, {@code chat-completions} too.
     *
     * @param segment the static segment
     * @param parentKey the parent's key
     * @return the key, or empty when the segment says nothing its parent does not
     */
    String nestedResourceKey(String segment, String parentKey);

    /**
     * Returns the accessor a resource has in the resource it is nested in: {@code Completions} gives
     * {@code completions}.
     *
     * @param resourceKey the nested resource's key
     * @param scope the names taken in the parent service (its accessors and methods)
     * @return a unique camelCase accessor name
     */
    String nestedAccessorName(String resourceKey, NameScope scope);

    /**
     * Names an operation's method from where it sits and what its operation id says: {@code GET /files} in
     * {@code files()} gives {@code list}, {@code GET /files/{id}/content} {@code retrieveContent}, an operation id
     * that says more than its path keeps what it says ({@code estimatePrice}), without the resource's words.
     *
     * @param route where the operation sits
     * @param scope the method names already taken in the service
     * @return a unique camelCase method name
     */
    String methodName(Route route, NameScope scope);

    /**
     * Names an operation's method as a user's override says, made a valid and unique method name.
     *
     * @param override the name the user gave
     * @param scope the method names already taken in the service
     * @return the method name
     */
    String overriddenMethodName(String override, NameScope scope);

    /** Names the method that answers an operation with its event stream. */
    String streamingMethodName(String methodName, NameScope scope);

    /** Names the method that answers an operation with its events as a publisher. */
    String publisherMethodName(String methodName, NameScope scope);

    /** Names the client after the spec's title, when it has one. */
    String clientName(Optional<String> title);

    /** The prefix of the environment variables the client reads. */
    String environmentPrefix(String clientName);
}
