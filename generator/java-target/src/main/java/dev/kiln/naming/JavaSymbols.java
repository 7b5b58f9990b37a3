package dev.kiln.naming;

import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeRef;
import dev.kiln.language.NameScope;
import dev.kiln.language.OperationTypeRole;
import dev.kiln.language.Symbols;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The Java target's symbol table: every Java name the IR carries, decided by the rules of {@link Naming}. The names
 * of the SDK that the IR does not carry (packages, the classes around services, the exceptions) are
 * {@link JavaNames}'.
 */
public final class JavaSymbols implements Symbols {
    /**
     * The arguments an operation's method has besides its path parameters, and the names its body and the request
     * factory's use for the executor and for each item and value they write.
     */
    private static final Set<String> METHOD_ARGUMENTS = Set.of(
            JavaNames.PARAMS_ARGUMENT, JavaNames.BODY_ARGUMENT, JavaNames.OPTIONS_ARGUMENT, "http", "item", "value");
    /** The members every generated enum has besides its constants. */
    private static final Set<String> ENUM_MEMBERS = Set.of("KNOWN", "CODEC", "_UNKNOWN");
    /** The members every generated service has besides its operations' methods. */
    private static final Set<String> SERVICE_METHODS = Set.of("withRawResponse");

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
        Set<String> all = new HashSet<>(taken);
        all.addAll(SERVICE_METHODS);
        return new NameScope(all);
    }

    @Override
    public NameScope parameterScope() {
        return new NameScope(METHOD_ARGUMENTS);
    }

    @Override
    public NameScope enumConstantScope(TypeId enumType) {
        // a constant named like its enum (V2 in the enum V2) or a type around it hides that type in the enum's code:
        // V2::of would name the constant
        Set<String> taken = new HashSet<>(ENUM_MEMBERS);
        taken.addAll(enumType.names());
        return new NameScope(taken);
    }

    @Override
    public NameScope variantScope(TypeId union) {
        // a record nested in the union may not have the name of the union or of a type the union is nested in
        return NameScope.ofTypes(Set.copyOf(union.names()));
    }

    @Override
    public String typeName(String specName, NameScope scope) {
        return Naming.typeName(specName, scope);
    }

    @Override
    public List<String> typeNames(List<String> specNames, NameScope scope) {
        return Naming.typeNames(specNames, scope);
    }

    @Override
    public String promotedTypeName(List<String> enclosing, String fieldName, NameScope scope) {
        return Naming.promotedTypeName(enclosing, fieldName, scope);
    }

    @Override
    public String nestedTypeName(String fieldName, List<String> enclosing, NameScope scope) {
        return Naming.nestedTypeName(fieldName, enclosing, scope);
    }

    @Override
    public String operationTypeName(String operationId, OperationTypeRole role, NameScope scope) {
        String suffix = switch (role) {
            case PARAMS -> "Params";
            case REQUEST -> "Request";
            case RESPONSE -> "Response";
            case EVENT -> "Event";
        };
        return Naming.operationTypeName(operationId, suffix, scope);
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
        return Naming.typeName("of " + title.orElseGet(() -> label(type)), scope);
    }

    /** What a variant of that type is called: its type's simple name, or the Java type it reads as. */
    private static String label(TypeRef type) {
        if (type instanceof TypeRef.Named named) {
            return named.id().simpleName();
        }
        if (type instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case INT32 -> "Integer";
                case INT64 -> "Long";
                case DATE_TIME -> "OffsetDateTime";
                case DATE -> "LocalDate";
                default -> scalar.kind().name().toLowerCase(Locale.ROOT);
            };
        }
        if (type instanceof TypeRef.ListOf list) {
            return label(list.element()) + " list";
        }
        if (type instanceof TypeRef.MapOf map) {
            return label(map.value()) + " map";
        }
        if (type instanceof TypeRef.Mapped mapped) {
            return mapped.className().substring(mapped.className().lastIndexOf('.') + 1);
        }
        return "json";
    }

    @Override
    public String fieldName(String jsonName, NameScope scope) {
        return Naming.fieldName(jsonName, scope);
    }

    @Override
    public List<String> fieldNames(List<String> jsonNames, NameScope scope) {
        return Naming.fieldNames(jsonNames, scope);
    }

    @Override
    public String parameterName(String wireName, NameScope scope) {
        return Naming.parameterName(wireName, scope);
    }

    @Override
    public String enumConstant(String wireValue, NameScope scope) {
        return Naming.enumConstant(wireValue, scope);
    }

    @Override
    public String resourceKey(String tag) {
        return Naming.resourceKey(tag);
    }

    @Override
    public String resourceName(String tag, NameScope scope) {
        return Naming.resourceName(tag, scope);
    }

    @Override
    public String serviceName(String resourceName) {
        return resourceName + "Service";
    }

    @Override
    public String accessorName(String resourceName) {
        return Naming.accessorName(resourceName);
    }

    @Override
    public String methodName(String operationId, String resourceName, NameScope scope) {
        return Naming.methodName(operationId, resourceName, scope);
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
    public String pagesMethodName(String methodName, NameScope scope) {
        return scope.allocate(methodName + "Page");
    }

    @Override
    public String clientName(Optional<String> title) {
        return Naming.typeName(
                title.filter(t -> !t.isBlank()).map(t -> t + " Client").orElse("Api"), new NameScope());
    }

    @Override
    public String environmentPrefix(String clientName) {
        return Naming.environmentPrefix(clientName);
    }
}
