package dev.kiln.naming;

import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeRef;
import dev.kiln.language.NameScope;
import dev.kiln.language.OperationTypeRole;
import dev.kiln.language.Route;
import dev.kiln.language.Symbols;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The Java target's symbol table: every Java name the IR carries, decided by the rules of {@link TypeNames}, {@link MemberNames},
 * {@link EnumConstantNames}, {@link OperationNames} and {@link MethodNames}. The names
 * of the SDK that the IR does not carry (packages, the classes around services, the exceptions) are
 * {@link JavaNames}'.
 */
public final class JavaSymbols implements Symbols {
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
        all.add(ReservedNames.WITH_RAW_RESPONSE);
        return new NameScope(all);
    }

    @Override
    public NameScope parameterScope() {
        return new NameScope(ReservedNames.METHOD_ARGUMENTS);
    }

    @Override
    public NameScope enumConstantScope(TypeId enumType) {
        // a constant named like its enum (V2 in the enum V2) or a type around it hides that type in the enum's code:
        // V2::of would name the constant
        Set<String> taken = new HashSet<>(ReservedNames.ENUM_MEMBERS);
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
        return TypeNames.typeName(specName, scope);
    }

    @Override
    public List<String> typeNames(List<String> specNames, NameScope scope) {
        return TypeNames.typeNames(specNames, scope);
    }

    @Override
    public String promotedTypeName(List<String> enclosing, String fieldName, NameScope scope) {
        return TypeNames.promotedTypeName(enclosing, fieldName, scope);
    }

    @Override
    public String nestedTypeName(String fieldName, List<String> enclosing, NameScope scope) {
        return TypeNames.nestedTypeName(fieldName, enclosing, scope);
    }

    @Override
    public String operationTypeName(String operationId, OperationTypeRole role, NameScope scope) {
        String suffix = switch (role) {
            case PARAMS -> "Params";
            case REQUEST -> "Request";
            case RESPONSE -> "Response";
            case EVENT -> "Event";
        };
        return TypeNames.operationTypeName(operationId, suffix, scope);
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
        return TypeNames.typeName("of " + title.orElseGet(() -> label(type)), scope);
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
        return MemberNames.fieldName(jsonName, scope);
    }

    @Override
    public List<String> fieldNames(List<String> jsonNames, NameScope scope) {
        return MemberNames.fieldNames(jsonNames, scope);
    }

    @Override
    public String parameterName(String wireName, NameScope scope) {
        return MemberNames.parameterName(wireName, scope);
    }

    @Override
    public String enumConstant(String wireValue, NameScope scope) {
        return EnumConstantNames.enumConstant(wireValue, scope);
    }

    @Override
    public String resourceKey(String tag) {
        return OperationNames.resourceKey(tag);
    }

    @Override
    public String resourceName(String tag, NameScope scope) {
        return OperationNames.resourceName(tag, scope);
    }

    @Override
    public String serviceName(String resourceName) {
        return resourceName + "Service";
    }

    @Override
    public String accessorName(String resourceName) {
        return OperationNames.accessorName(resourceName);
    }

    @Override
    public boolean namesResource(String segment, String resourceKey) {
        return OperationNames.namesResource(segment, resourceKey);
    }

    @Override
    public boolean namesAction(String segment) {
        return RouteShape.isAction(segment);
    }

    @Override
    public boolean namesCollection(String segment) {
        return RouteShape.isCollection(segment);
    }

    @Override
    public String nestedResourceKey(String segment, String parentKey) {
        return OperationNames.nestedResourceKey(segment, parentKey);
    }

    @Override
    public String nestedAccessorName(String resourceKey, NameScope scope) {
        return OperationNames.nestedAccessorName(resourceKey, scope);
    }

    @Override
    public String methodName(Route route, NameScope scope) {
        return MethodNames.methodName(route, scope);
    }

    @Override
    public String overriddenMethodName(String override, NameScope scope) {
        return OperationNames.overriddenMethodName(override, scope);
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
        return TypeNames.typeName(
                title.filter(t -> !t.isBlank()).map(t -> t + " Client").orElse("Api"), new NameScope());
    }

    @Override
    public String environmentPrefix(String clientName) {
        return OperationNames.environmentPrefix(clientName);
    }
}
