package dev.kiln.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public signatures of a compiled SDK, one per line and sorted, as its users see them: every public type but
 * those of the shipped runtime ({@code core}, the same in every SDK), with its supertypes, and every public or
 * protected constructor, method and field a user can reach through it, inherited ones included (members of
 * {@code java.*} classes such as {@code Object} and {@code Enum} aside), with generic types resolved for the type
 * (a method a model inherits from a generic runtime class shows the model's own types). Each line starts with the
 * type's name below the base package, so moving a member into a supertype changes nothing here, while a member
 * that is gone, renamed or retyped shows as a changed line.
 */
final class PublicApi {
    private final String basePackage;

    private PublicApi(String basePackage) {
        this.basePackage = basePackage;
    }

    /**
     * Lists the public API of the SDK compiled into {@code classes}.
     *
     * @param basePackage the SDK's base package
     * @param classes the directory of its class files
     * @param loader the loader of those classes
     * @return the signatures, sorted, one per line, ending in a line break
     */
    static String of(String basePackage, Path classes, ClassLoader loader) {
        PublicApi api = new PublicApi(basePackage);
        TreeSet<String> lines = new TreeSet<>();
        for (Class<?> type : api.publicTypes(classes, loader)) {
            api.describe(type, lines);
        }
        return lines.stream().map(line -> line + "\n").collect(Collectors.joining());
    }

    private List<Class<?>> publicTypes(Path classes, ClassLoader loader) {
        String runtime = basePackage + ".core.";
        try (Stream<Path> files = Files.walk(classes)) {
            List<Class<?>> types = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String relative = classes.relativize(file).toString().replace('\\', '/');
                String name = relative.substring(0, relative.length() - ".class".length())
                        .replace('/', '.');
                if (name.startsWith(runtime)) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, loader);
                if (reachable(type)) {
                    types.add(type);
                }
            }
            return types;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A public type that is not nested in a type a user cannot name. */
    private static boolean reachable(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    private void describe(Class<?> type, TreeSet<String> lines) {
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        bind(type, bindings);
        String prefix = shortName(type.getName()) + ": ";
        lines.add(prefix + header(type, bindings));
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (visible(constructor.getModifiers()) && !constructor.isSynthetic()) {
                lines.add(prefix + modifiers(constructor.getModifiers()) + "new" + parameters(constructor, bindings));
            }
        }
        // a method inherited twice (from a class and an interface) is one method to its caller: keep the one whose
        // return type is the most specific, which is the one a call resolves to
        Map<String, Method> methods = new HashMap<>();
        for (Method method : members(type)) {
            methods.merge(
                    method.getName() + parameters(method, bindings),
                    method,
                    (a, b) -> a.getReturnType().isAssignableFrom(b.getReturnType()) ? b : a);
        }
        methods.forEach((signature, method) -> lines.add(prefix
                + modifiers(method.getModifiers() & ~Modifier.FINAL)
                + typeParameters(method.getTypeParameters(), bindings)
                + name(method.getGenericReturnType(), bindings)
                + " "
                + signature));
        for (Field field : type.getFields()) {
            if (!field.getDeclaringClass().getName().startsWith("java.") && !field.isSynthetic()) {
                lines.add(prefix + modifiers(field.getModifiers()) + name(field.getGenericType(), bindings) + " "
                        + field.getName());
            }
        }
    }

    /** The public methods a user can call on the type, and the protected ones a subclass can. */
    private static List<Method> members(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        for (Method method : type.getMethods()) {
            if (method.getDeclaringClass().getName().startsWith("java.")) {
                continue;
            }
            if (!method.isSynthetic() && !method.isBridge()) {
                methods.add(method);
            } else {
                accessBridged(method).ifPresent(methods::add);
            }
        }
        if (!Modifier.isFinal(type.getModifiers())) {
            for (Class<?> t = type; t != null && !t.getName().startsWith("java."); t = t.getSuperclass()) {
                for (Method method : t.getDeclaredMethods()) {
                    if (Modifier.isProtected(method.getModifiers()) && !method.isSynthetic()) {
                        methods.add(method);
                    }
                }
            }
        }
        return methods;
    }

    /**
     * The type's kind, type parameters and supertypes. Its superclass is the first public one: a package-private class
     * it extends (the parameters several operations share) is not one a user can name.
     */
    /**
     * The method a bridge makes public: {@code javac} gives a public class a bridge to each public method of a
     * package-private class it extends, and {@link Class#getMethods()} lists the bridge, not the method.
     */
    private static Optional<Method> accessBridged(Method bridge) {
        for (Class<?> t = bridge.getDeclaringClass().getSuperclass(); t != null; t = t.getSuperclass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                try {
                    Method method = t.getDeclaredMethod(bridge.getName(), bridge.getParameterTypes());
                    if (Modifier.isPublic(method.getModifiers()) && !method.isBridge()) {
                        return Optional.of(method);
                    }
                } catch (NoSuchMethodException e) {
                    // declared further up, or not a bridge of this kind
                }
            }
        }
        return Optional.empty();
    }

    private String header(Class<?> type, Map<TypeVariable<?>, Type> bindings) {
        StringBuilder header = new StringBuilder(modifiers(type.getModifiers() & ~Modifier.INTERFACE));
        header.append(kind(type));
        header.append(typeParameters(type.getTypeParameters(), Map.of()));
        Type superclass = type.getGenericSuperclass();
        Map<TypeVariable<?>, Type> own = Map.of();
        for (Class<?> raw = type.getSuperclass();
                raw != null && !Modifier.isPublic(raw.getModifiers());
                raw = raw.getSuperclass()) {
            superclass = raw.getGenericSuperclass();
            own = bindings;
        }
        if (superclass != null
                && type.getSuperclass() != Object.class
                && type.getSuperclass() != Enum.class
                && type.getSuperclass() != Record.class) {
            header.append(" extends ").append(name(superclass, own));
        }
        Type[] interfaces = type.getGenericInterfaces();
        if (interfaces.length > 0) {
            header.append(type.isInterface() ? " extends " : " implements ");
            header.append(Arrays.stream(interfaces).map(t -> name(t, Map.of())).collect(Collectors.joining(", ")));
        }
        if (type.isSealed()) {
            header.append(" permits ")
                    .append(Arrays.stream(type.getPermittedSubclasses())
                            .map(t -> shortName(t.getName()))
                            .sorted()
                            .collect(Collectors.joining(", ")));
        }
        return header.toString();
    }

    private static String kind(Class<?> type) {
        if (type.isAnnotation()) {
            return "@interface";
        }
        if (type.isInterface()) {
            return "interface";
        }
        if (type.isEnum()) {
            return "enum";
        }
        if (type.isRecord()) {
            return "record";
        }
        return "class";
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    /**
     * Visibility, {@code static}, {@code abstract} and {@code final}: what a caller or subclass can rely on. A method's
     * {@code final} is left out by the caller: every generated class a user could subclass is final already.
     */
    private static String modifiers(int modifiers) {
        int kept = modifiers
                & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.ABSTRACT | Modifier.FINAL);
        String text = Modifier.toString(kept);
        return text.isEmpty() ? "" : text + " ";
    }

    private String parameters(Executable executable, Map<TypeVariable<?>, Type> bindings) {
        return Arrays.stream(executable.getGenericParameterTypes())
                .map(t -> name(t, bindings))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private String typeParameters(TypeVariable<?>[] variables, Map<TypeVariable<?>, Type> bindings) {
        if (variables.length == 0) {
            return "";
        }
        return Arrays.stream(variables)
                .map(v -> {
                    List<String> bounds = Arrays.stream(v.getBounds())
                            .filter(b -> b != Object.class)
                            .map(b -> name(b, bindings))
                            .toList();
                    return bounds.isEmpty() ? v.getName() : v.getName() + " extends " + String.join(" & ", bounds);
                })
                .collect(Collectors.joining(", ", "<", "> "));
    }

    /** Records what each type variable of the type's supertypes stands for, as seen from the type. */
    private static void bind(Type type, Map<TypeVariable<?>, Type> bindings) {
        Class<?> raw;
        if (type instanceof ParameterizedType parameterized) {
            raw = (Class<?>) parameterized.getRawType();
            TypeVariable<?>[] variables = raw.getTypeParameters();
            Type[] arguments = parameterized.getActualTypeArguments();
            for (int i = 0; i < variables.length; i++) {
                Type argument = arguments[i];
                bindings.put(
                        variables[i],
                        argument instanceof TypeVariable<?> v && bindings.containsKey(v) ? bindings.get(v) : argument);
            }
        } else if (type instanceof Class<?> c) {
            raw = c;
        } else {
            return;
        }
        if (raw.getGenericSuperclass() != null) {
            bind(raw.getGenericSuperclass(), bindings);
        }
        for (Type parent : raw.getGenericInterfaces()) {
            bind(parent, bindings);
        }
    }

    private String name(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof Class<?> c) {
            return c.isArray() ? name(c.getComponentType(), bindings) + "[]" : shortName(c.getName());
        }
        if (type instanceof ParameterizedType parameterized) {
            return name(parameterized.getRawType(), bindings)
                    + Arrays.stream(parameterized.getActualTypeArguments())
                            .map(t -> name(t, bindings))
                            .collect(Collectors.joining(", ", "<", ">"));
        }
        if (type instanceof TypeVariable<?> variable) {
            Type bound = bindings.get(variable);
            return bound == null || bound.equals(variable) ? variable.getName() : name(bound, bindings);
        }
        if (type instanceof WildcardType wildcard) {
            if (wildcard.getLowerBounds().length > 0) {
                return "? super " + name(wildcard.getLowerBounds()[0], bindings);
            }
            Type upper = wildcard.getUpperBounds()[0];
            return upper == Object.class ? "?" : "? extends " + name(upper, bindings);
        }
        if (type instanceof GenericArrayType array) {
            return name(array.getGenericComponentType(), bindings) + "[]";
        }
        return type.getTypeName();
    }

    /** A name below the SDK's base package loses the base package; {@code java.lang} types lose theirs. */
    private String shortName(String name) {
        if (name.startsWith(basePackage + ".")) {
            return name.substring(basePackage.length() + 1);
        }
        if (name.startsWith("java.lang.") && name.indexOf('.', "java.lang.".length()) < 0) {
            return name.substring("java.lang.".length());
        }
        return name;
    }
}
