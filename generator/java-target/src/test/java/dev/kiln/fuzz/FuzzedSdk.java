package dev.kiln.fuzz;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.kiln.cases.SdkCompiler;
import dev.kiln.emit.JavaTarget;
import dev.kiln.generate.GenerationRequest;
import dev.kiln.generate.GenerationResult;
import dev.kiln.generate.Generator;
import dev.kiln.language.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The SDK of a random spec, generated twice (to check that the output is the same) and compiled in-process with
 * {@code -Xlint:all -Werror}, and loaded.
 *
 * <p>Every SDK has the same base package and client name, so its {@code core} and {@code errors} packages are
 * the same from one spec to the next: they are compiled once, with the first spec, and each later SDK whose
 * {@code core} and {@code errors} are byte for byte those compiles only its own files against them (any other
 * compiles all of its files). That halves the lines {@code javac} reads per spec.
 *
 * <p>Each spec is written to {@code target/fuzz/<case>/spec.yaml} ({@link FuzzCase#name()}), and the SDK's sources
 * beside it when it does not compile, to look at and to turn into a golden case.
 */
final class FuzzedSdk {
    static final String BASE_PACKAGE = "dev.kiln.fuzz.sdk";
    static final String CLIENT_NAME = "Fuzz";
    static final Path ROOT = Path.of("target", "fuzz");
    private static final List<String> SHARED_PACKAGES =
            List.of(BASE_PACKAGE.replace('.', '/') + "/core/", BASE_PACKAGE.replace('.', '/') + "/errors/");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** The shared packages compiled with the first spec: their sources, and where their classes are. */
    private static Map<String, String> sharedSources;

    private static Path sharedClasses;

    private final Path directory;
    private final GenerationResult result;
    private final boolean deterministic;
    private final List<String> problems;
    private final URLClassLoader loader;

    private FuzzedSdk(
            Path directory,
            GenerationResult result,
            boolean deterministic,
            List<String> problems,
            URLClassLoader loader) {
        this.directory = directory;
        this.result = result;
        this.deterministic = deterministic;
        this.problems = problems;
        this.loader = loader;
    }

    /**
     * Writes the case's spec, generates its SDK and compiles it.
     *
     * @param fuzzCase the case, whose spec is written to {@code target/fuzz/<its name>/spec.yaml}
     * @return the SDK, compiled or not
     */
    static synchronized FuzzedSdk generate(FuzzCase fuzzCase) {
        try {
            Path directory = ROOT.resolve(fuzzCase.name());
            deleteRecursively(directory);
            Files.createDirectories(directory);
            Path specFile = directory.resolve("spec.yaml");
            Files.writeString(specFile, fuzzCase.yaml(), StandardCharsets.UTF_8);
            GenerationRequest request = GenerationRequest.builder(specFile, "spec.yaml", BASE_PACKAGE)
                    .clientName(Optional.of(CLIENT_NAME))
                    .build();
            GenerationResult result = new Generator(new JavaTarget()).generate(request);
            boolean deterministic = result.files()
                    .equals(new Generator(new JavaTarget()).generate(request).files());
            Path classes = Files.createDirectories(directory.resolve("classes"));
            List<String> problems = compile(result.files(), classes);
            if (!problems.isEmpty()) {
                writeSources(result.files(), directory.resolve("src"));
            }
            URL[] path = sharedClasses == null
                    ? new URL[] {classes.toUri().toURL()}
                    : new URL[] {classes.toUri().toURL(), sharedClasses.toUri().toURL()};
            return new FuzzedSdk(
                    directory,
                    result,
                    deterministic,
                    problems,
                    new URLClassLoader(path, FuzzedSdk.class.getClassLoader()));
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> compile(List<GeneratedFile> files, Path classes) throws IOException {
        List<GeneratedFile> shared = files.stream().filter(FuzzedSdk::isShared).toList();
        List<GeneratedFile> own = files.stream().filter(file -> !isShared(file)).toList();
        Map<String, String> sources = sourcesByPath(shared);
        if (sharedSources == null) {
            Path directory = Files.createDirectories(ROOT.resolve("shared-classes"));
            List<String> problems = SdkCompiler.compile(shared, directory);
            if (!problems.isEmpty()) {
                return problems;
            }
            sharedSources = sources;
            sharedClasses = directory;
        }
        if (!sharedSources.equals(sources)) {
            return SdkCompiler.compile(files, classes);
        }
        return SdkCompiler.compile(own, classes, List.of(sharedClasses));
    }

    private static boolean isShared(GeneratedFile file) {
        return SHARED_PACKAGES.stream().anyMatch(file.relativePath()::startsWith);
    }

    private static Map<String, String> sourcesByPath(List<GeneratedFile> files) {
        Map<String, String> sources = new TreeMap<>();
        files.forEach(file -> sources.put(file.relativePath(), file.content()));
        return sources;
    }

    /** Where the spec (and, when it did not compile, the SDK's sources) were written. */
    Path directory() {
        return directory;
    }

    /** What the generator returned. */
    GenerationResult result() {
        return result;
    }

    /** Whether generating the spec a second time gave the same files, byte for byte. */
    boolean deterministic() {
        return deterministic;
    }

    /** Every error and warning javac reported; empty when the SDK compiled cleanly. */
    List<String> problems() {
        return problems;
    }

    /**
     * Reads JSON into the class generated for a component schema and writes it back: through its static
     * {@code fromJson} and {@code toJson} where it has them (models and unions), otherwise through its
     * {@code codec()} (enums).
     *
     * @param className the class's binary name
     * @param json the JSON text
     * @return the JSON written back
     * @throws Throwable whatever the SDK threw
     */
    JsonNode roundTrip(String className, String json) throws Throwable {
        Class<?> type = Class.forName(className, true, loader);
        Optional<Method> fromJson = staticMethod(type, "fromJson", String.class);
        try {
            if (fromJson.isPresent()) {
                Object value = fromJson.get().invoke(null, json);
                validate(type, value);
                return parse((String) type.getMethod("toJson").invoke(value));
            }
            Object codec = type.getMethod("codec").invoke(null);
            Class<?> codecType = Class.forName(BASE_PACKAGE + ".core.Codec", true, loader);
            Class<?> jsonType = Class.forName(BASE_PACKAGE + ".core.Json", true, loader);
            JsonNode tree = (JsonNode) jsonType.getMethod("parse", String.class).invoke(null, json);
            Object value =
                    codecType.getMethod("decode", JsonNode.class, String.class).invoke(codec, tree, "$");
            return (JsonNode) codecType.getMethod("encode", Object.class).invoke(codec, value);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Checks the whole value, as {@code validate()} does for a response: every required field is there and typed. */
    private static void validate(Class<?> type, Object value) throws ReflectiveOperationException {
        Optional<Method> validate = Stream.of(type.getMethods())
                .filter(method -> method.getName().equals("validate") && method.getParameterCount() == 0)
                .filter(method -> !Modifier.isStatic(method.getModifiers()))
                .findFirst();
        if (validate.isPresent()) {
            validate.get().invoke(value);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Method> staticMethod(Class<?> type, String name, Class<?>... parameters) {
        try {
            Method method = type.getMethod(name, parameters);
            return Modifier.isStatic(method.getModifiers()) ? Optional.of(method) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    /** Frees the SDK's classes and, when it compiled cleanly, deletes its class files. */
    void close() throws IOException {
        loader.close();
        deleteRecursively(directory.resolve("classes"));
    }

    private static void writeSources(List<GeneratedFile> files, Path directory) throws IOException {
        for (GeneratedFile file : files) {
            Path source = directory.resolve(file.relativePath());
            Files.createDirectories(source.getParent());
            Files.writeString(source, file.content(), StandardCharsets.UTF_8);
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
}
