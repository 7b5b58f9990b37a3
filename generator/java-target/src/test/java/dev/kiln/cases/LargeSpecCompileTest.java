package dev.kiln.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiln.emit.JavaTarget;
import dev.kiln.generate.GenerationRequest;
import dev.kiln.generate.GenerationResult;
import dev.kiln.generate.Generator;
import dev.kiln.language.GeneratedFile;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SDK of {@link LargeSpec} (a 2,000-value enum, a 500-field object, a 300-operation service, a 40-parameter
 * operation, a 60-variant union) compiles in-process without a single warning. The javac time is printed as a
 * figure to compare across changes, never asserted: it depends on the machine. A generated construct whose
 * compile time grows faster than its size (one generic expression of hundreds of arguments) shows up there, or as
 * a javac failure (a method over the JVM's limits). The compiled SDK then looks up each of the enum's values
 * and round-trips the 500-field object, so the forms that compile fast still behave. The sources are left in
 * {@code target/large-spec/src/}, to time with {@code javac -verbose}.
 */
class LargeSpecCompileTest {
    private static final Path OUTPUT = Path.of("target", "large-spec");

    @Test
    void theSdkOfAVeryLargeSpecCompilesWithoutWarningsAndWorks() throws Exception {
        Path spec = LargeSpec.writeTo(OUTPUT.resolve("large.json"));
        GenerationResult result = new Generator(new JavaTarget())
                .generate(GenerationRequest.builder(spec, "large.json", "dev.kiln.cases.large")
                        .clientName("Large")
                        .build());
        List<GeneratedFile> files = result.files();
        assertTrue(
                files.stream().anyMatch(file -> file.relativePath().endsWith("/models/Zone.java")), "Zone generated");
        assertTrue(
                files.stream().anyMatch(file -> file.relativePath().endsWith("/services/BulkService.java")),
                "BulkService generated");

        for (GeneratedFile file : files) {
            Path source = OUTPUT.resolve("src").resolve(file.relativePath());
            Files.createDirectories(source.getParent());
            Files.writeString(source, file.content(), StandardCharsets.UTF_8);
        }
        Path classes = Files.createDirectories(OUTPUT.resolve("classes"));
        long started = System.nanoTime();
        List<String> problems = SdkCompiler.compile(files, classes);
        long millis = (System.nanoTime() - started) / 1_000_000;
        long lines =
                files.stream().mapToLong(file -> file.content().lines().count()).sum();
        System.out.printf("[large-spec] javac: %d ms for %d files, %d lines%n", millis, files.size(), lines);

        assertEquals(List.of(), result.warnings(), "the large spec is fully supported");
        assertEquals(
                List.of(),
                problems,
                () -> "the large spec's SDK does not compile cleanly:" + SdkCompiler.describe(problems));

        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            assertTheLargeEnumLooksUpEveryValue(loader);
            assertTheWideObjectRoundTrips(loader);
        }
    }

    private static void assertTheLargeEnumLooksUpEveryValue(ClassLoader loader) throws ReflectiveOperationException {
        Class<?> zone = loader.loadClass("dev.kiln.cases.large.models.Zone");
        Method of = zone.getMethod("of", String.class);
        Method isKnown = zone.getMethod("isKnown");
        Method asString = zone.getMethod("asString");
        for (int i = 0; i < LargeSpec.ENUM_VALUES; i++) {
            String wire = "Zone/City_" + i;
            Object value = of.invoke(null, wire);
            assertEquals(true, isKnown.invoke(value), wire);
            assertSame(value, of.invoke(null, wire), () -> wire + " is the same constant each time");
        }
        Object unknown = of.invoke(null, "Zone/Nowhere");
        assertEquals(false, isKnown.invoke(unknown));
        assertEquals("Zone/Nowhere", asString.invoke(unknown));
    }

    private static void assertTheWideObjectRoundTrips(ClassLoader loader)
            throws ReflectiveOperationException, IOException {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < LargeSpec.OBJECT_FIELDS; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("\"field_")
                    .append(i)
                    .append("\":")
                    .append(LargeSpec.sampleValue(i));
        }
        json.append(",\"nested\":{\"zone\":\"Zone/City_7\"},\"extra\":[1,2]}");
        Class<?> wide = loader.loadClass("dev.kiln.cases.large.models.Wide");
        Object decoded = wide.getMethod("fromJson", String.class).invoke(null, json.toString());
        ObjectMapper mapper = new ObjectMapper();
        assertEquals(mapper.readTree(json.toString()), mapper.readTree((String)
                wide.getMethod("toJson").invoke(decoded)));
        Object builder = wide.getMethod("toBuilder").invoke(decoded);
        Object rebuilt = builder.getClass().getMethod("build").invoke(builder);
        assertEquals(decoded, rebuilt, "a copy made through the builder equals the original");
    }
}
