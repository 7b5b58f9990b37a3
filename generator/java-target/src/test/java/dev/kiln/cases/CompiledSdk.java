package dev.kiln.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.generate.GenerationResult;
import dev.kiln.language.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A feature case's SDK, generated and compiled in-process once per test run (the golden test and the behaviour
 * tests share it), then loaded, with the little reflection the behaviour tests need: they are compiled before the
 * SDK exists, so they reach it by name.
 *
 * <p>Each SDK is left in {@code target/feature-cases/<case>/}, its sources in {@code src/} and its classes in
 * {@code classes/}, to look at when a test fails.
 */
final class CompiledSdk {
    private static final Path OUTPUT = Path.of("target", "feature-cases");
    private static final Map<String, CompiledSdk> COMPILED = new ConcurrentHashMap<>();

    private final FeatureCase feature;
    private final GenerationResult result;
    private final List<String> problems;
    private final ClassLoader loader;

    private CompiledSdk(FeatureCase feature, GenerationResult result, List<String> problems, ClassLoader loader) {
        this.feature = feature;
        this.result = result;
        this.problems = problems;
        this.loader = loader;
    }

    /**
     * Returns the case's SDK, generating and compiling it on first use; compiled or not.
     *
     * @param feature the case
     * @return the SDK and what javac reported
     */
    static CompiledSdk of(FeatureCase feature) {
        return COMPILED.computeIfAbsent(feature.name(), name -> compile(feature));
    }

    /**
     * Returns the case's SDK, which must have compiled without a warning.
     *
     * @param name the case's name
     * @return the loaded SDK
     */
    static CompiledSdk clean(String name) {
        CompiledSdk sdk = of(FeatureCase.named(name));
        assertEquals(
                List.of(),
                sdk.problems,
                () -> "case " + name + " does not compile cleanly:" + SdkCompiler.describe(sdk.problems));
        return sdk;
    }

    /** What the generator returned. */
    GenerationResult result() {
        return result;
    }

    /** The directory holding the SDK's class files. */
    Path classesDirectory() {
        return OUTPUT.resolve(feature.name()).resolve("classes");
    }

    /** The class loader of the SDK's classes. */
    ClassLoader loader() {
        return loader;
    }

    /** Every error and warning javac reported; empty when the SDK compiled cleanly. */
    List<String> problems() {
        return problems;
    }

    private static CompiledSdk compile(FeatureCase feature) {
        GenerationResult result = feature.generate();
        Path directory = OUTPUT.resolve(feature.name());
        try {
            deleteRecursively(directory);
            List<GeneratedFile> compiled = new ArrayList<>(result.files());
            if (feature.isAboutTheTestKit()) {
                compiled.addAll(result.testKitFiles());
            }
            for (GeneratedFile file : compiled) {
                Path source = directory.resolve("src").resolve(file.relativePath());
                Files.createDirectories(source.getParent());
                Files.writeString(source, file.content(), StandardCharsets.UTF_8);
            }
            Path classes = Files.createDirectories(directory.resolve("classes"));
            List<GeneratedFile> sources = new ArrayList<>(compiled);
            sources.addAll(feature.userSources());
            List<String> problems = SdkCompiler.compile(sources, classes);
            URL[] path = {classes.toUri().toURL()};
            return new CompiledSdk(
                    feature, result, problems, new URLClassLoader(path, CompiledSdk.class.getClassLoader()));
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * Loads a class of the SDK by its name below the base package, such as {@code services.OrdersService}; nested
     * classes are named with {@code $}, as in {@code models.CreateOrderRequest$Customer}.
     */
    Class<?> type(String name) {
        String className = feature.basePackage() + "." + name;
        try {
            return Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the SDK of case " + feature.name() + " has no class " + className, e);
        }
    }

    /** Loads a class compiled with the SDK by its fully qualified name, such as a user's class a mapping names. */
    Class<?> compiledClass(String className) {
        try {
            return Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("case " + feature.name() + " compiled no class " + className, e);
        }
    }

    /** Loads a class of the SDK's {@code models} package, such as {@code Dog} or {@code CreateOrderRequest$Lines}. */
    Class<?> model(String name) {
        return type("models." + name);
    }

    /** Loads a class of the SDK's {@code core} package, such as {@code JsonDataException}. */
    Class<?> core(String simpleName) {
        return type("core." + simpleName);
    }

    /**
     * Compiles a class written against the SDK the way its users write code, so that the test proves which calls
     * compile and which overload they pick, and loads it. It goes in the package {@code <base package>.usage}; each
     * class is compiled once.
     *
     * @param simpleName the class's simple name
     * @param source the class's whole source, package line included
     * @return the loaded class
     */
    Class<?> compileUsage(String simpleName, String source) {
        Path directory = OUTPUT.resolve(feature.name()).resolve("usage-" + simpleName);
        try {
            deleteRecursively(directory);
            Path classes = Files.createDirectories(directory.resolve("classes"));
            String path = feature.basePackage().replace('.', '/') + "/usage/" + simpleName + ".java";
            List<String> problems = SdkCompiler.compile(
                    List.of(new GeneratedFile(path, source)),
                    classes,
                    List.of(OUTPUT.resolve(feature.name()).resolve("classes")));
            assertEquals(
                    List.of(),
                    problems,
                    () -> "the usage class does not compile cleanly:" + SdkCompiler.describe(problems));
            URLClassLoader usage = new URLClassLoader(new URL[] {classes.toUri().toURL()}, loader);
            return Class.forName(feature.basePackage() + ".usage." + simpleName, true, usage);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** Calls a public static method of a model class. */
    Object callStatic(String model, String method, Object... arguments) {
        return invoke(model(model), null, method, arguments);
    }

    /** Calls a public instance method. */
    static Object call(Object target, String method, Object... arguments) {
        return invoke(target.getClass(), target, method, arguments);
    }

    /** Calls a method through the public type that declares it, such as an interface a model implements. */
    static Object callAs(Class<?> type, Object target, String method, Object... arguments) {
        return invoke(type, type.cast(target), method, arguments);
    }

    /** Reads a constant, such as {@code Billing._24H}. */
    Object constant(String model, String name) {
        try {
            return model(model).getField(name).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("no constant " + name + " in " + model, e);
        }
    }

    /** Finds the one public method of that name whose parameters take the arguments, and calls it. */
    private static Object invoke(Class<?> type, Object target, String name, Object... arguments) {
        List<Method> candidates = Arrays.stream(type.getMethods())
                .filter(method -> method.getName().equals(name))
                .filter(method -> Modifier.isStatic(method.getModifiers()) == (target == null))
                .filter(method -> accepts(method.getParameterTypes(), arguments))
                .toList();
        if (candidates.size() != 1) {
            throw new AssertionError(candidates.size() + " methods " + type.getName() + "." + name + " take "
                    + Arrays.toString(arguments) + "; expected exactly one");
        }
        try {
            return candidates.get(0).invoke(target, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError("cannot call " + type.getName() + "." + name, e);
        }
    }

    private static boolean accepts(Class<?>[] parameters, Object[] arguments) {
        if (parameters.length != arguments.length) {
            return false;
        }
        for (int i = 0; i < parameters.length; i++) {
            Object argument = arguments[i];
            if (argument == null
                    ? parameters[i].isPrimitive()
                    : !MethodType.methodType(parameters[i]).wrap().returnType().isInstance(argument)) {
                return false;
            }
        }
        return true;
    }
}
