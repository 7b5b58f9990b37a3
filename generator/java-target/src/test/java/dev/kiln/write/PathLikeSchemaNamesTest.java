package dev.kiln.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.emit.JavaTarget;
import dev.kiln.generate.GenerationRequest;
import dev.kiln.generate.GenerationResult;
import dev.kiln.generate.Generator;
import dev.kiln.language.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schemas, tags and operations named like paths generate files that all stay inside the output directory. */
class PathLikeSchemaNamesTest {
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Paths, version: 1.0.0}
            paths:
              /things:
                get:
                  tags: ['../../tags']
                  operationId: '../../list'
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/..~1..~1x'}
            components:
              schemas:
                '../../x':
                  type: object
                  properties:
                    '../y': {type: string}
                    child: {$ref: '#/components/schemas/..\\\\..\\\\win'}
                '..\\\\..\\\\win':
                  type: string
                  enum: ['../a', '/etc/passwd']
                '/etc/passwd':
                  type: object
                  properties:
                    id: {type: string}
                'C:':
                  type: integer
            """;

    @TempDir
    Path build;

    @Test
    void everyGeneratedFileLandsInsideTheOutputDirectory() throws IOException {
        Path spec = Files.writeString(build.resolve("paths.yaml"), SPEC, StandardCharsets.UTF_8);
        GenerationResult result = new Generator(new JavaTarget())
                .generate(GenerationRequest.builder(spec, "paths.yaml", "com.example.paths")
                        .clientName("Paths")
                        .build());
        Path output = build.resolve("out/sdk");

        new OutputWriter().write(output, "com.example.paths", result.files());

        for (GeneratedFile file : result.files()) {
            assertTrue(file.relativePath().startsWith("com/example/paths/"), file.relativePath());
            assertTrue(Files.isRegularFile(output.resolve(file.relativePath()).normalize()), file.relativePath());
        }
        // the schemas are generated, under names made of their words, not their paths
        assertEquals(
                List.of("EtcPasswd.java", "Win.java", "X.java"), entries(output.resolve("com/example/paths/models")));
        assertEquals(List.of("out", "paths.yaml"), entries(build));
        assertEquals(List.of("sdk"), entries(build.resolve("out")));
        try (Stream<Path> files = Files.walk(output)) {
            assertEquals(
                    result.files().size() + 1,
                    files.filter(Files::isRegularFile).count());
        }
    }

    private static List<String> entries(Path directory) throws IOException {
        try (Stream<Path> paths = Files.list(directory)) {
            return paths.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
