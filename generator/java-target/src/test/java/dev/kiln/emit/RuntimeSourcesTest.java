package dev.kiln.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kiln.language.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The runtime module's sources, shipped into every SDK under the SDK's own {@code core} package. */
class RuntimeSourcesTest {
    /** The runtime's package in the runtime module; tests run in the java-target module's directory. */
    private static final Path RUNTIME_CORE =
            Path.of("..", "runtime", "src", "main", "java", "dev", "kiln", "runtime", "core");

    private static final SdkLayout LAYOUT =
            new SdkLayout("com.example.shop", "Shop", "Generated for a test.\nSecond line.", "9.9.9");

    @Test
    void shipsEveryJavaFileOfTheRuntimeModuleOnce() throws IOException {
        List<String> inModule;
        try (Stream<Path> files = Files.list(RUNTIME_CORE)) {
            inModule = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".java"))
                    .sorted()
                    .toList();
        }

        assertFalse(inModule.isEmpty(), () -> "no runtime sources in " + RUNTIME_CORE.toAbsolutePath());
        assertEquals(inModule, RuntimeSources.CORE_FILES.stream().sorted().toList());
        assertEquals(
                RuntimeSources.CORE_FILES.size(),
                RuntimeSources.CORE_FILES.stream().distinct().count(),
                "a file is listed twice");
    }

    @Test
    void shipsEachFileUnchangedButForItsPackageUnderTheHeader() throws IOException {
        List<GeneratedFile> shipped = new RuntimeSources(LAYOUT).files();

        assertEquals(RuntimeSources.CORE_FILES.size(), shipped.size());
        for (int i = 0; i < shipped.size(); i++) {
            String name = RuntimeSources.CORE_FILES.get(i);
            GeneratedFile file = shipped.get(i);
            String original = Files.readString(RUNTIME_CORE.resolve(name), StandardCharsets.UTF_8);

            assertEquals("com/example/shop/core/" + name, file.relativePath());
            assertEquals(
                    "// Generated for a test.\n// Second line.\n"
                            + original.replace("package dev.kiln.runtime.core;", "package com.example.shop.core;"),
                    file.content(),
                    name);
            assertFalse(file.content().contains("dev.kiln.runtime"), () -> name + " still names the runtime's package");
        }
    }
}
