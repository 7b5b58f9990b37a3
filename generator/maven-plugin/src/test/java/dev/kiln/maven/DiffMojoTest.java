package dev.kiln.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kiln:diff} finds its two specs the way {@code kiln:generate} finds its one: paths and {@code classpath:}. */
class DiffMojoTest {
    private static final String SPEC = """
            openapi: 3.0.3
            info:
              title: Pets
              version: 1.0.0
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    '204':
                      description: Nothing.
            """;
    private static final String WITHOUT_OPERATION = SPEC.substring(0, SPEC.indexOf("  /pets:")) + "  {}\n";

    @TempDir
    Path project;

    private final List<String> log = new ArrayList<>();

    private DiffMojo mojo(String oldSpec, String newSpec) {
        MavenProject maven = new MavenProject();
        maven.setFile(project.resolve("pom.xml").toFile());
        Resource resources = new Resource();
        resources.setDirectory(project.resolve("src/main/resources").toString());
        maven.addResource(resources);
        maven.getBuild().setOutputDirectory(project.resolve("target/classes").toString());
        DiffMojo mojo = new DiffMojo();
        mojo.project = maven;
        mojo.oldSpec = oldSpec;
        mojo.newSpec = newSpec;
        mojo.failOnBreakingChange = true;
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                log.add("[INFO] " + content);
            }

            @Override
            public void warn(CharSequence content) {
                log.add("[WARNING] " + content);
            }

            @Override
            public void error(CharSequence content) {
                log.add("[ERROR] " + content);
            }
        });
        return mojo;
    }

    private void write(String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void classpathSpecsAreFoundAmongTheProjectsResources() throws Exception {
        write("src/main/resources/specs/v1.yaml", SPEC);
        write("target/classes/specs/v2.yaml", WITHOUT_OPERATION);

        MojoFailureException refused = assertThrows(
                MojoFailureException.class,
                () -> mojo("classpath:specs/v1.yaml", "classpath:/specs/v2.yaml")
                        .execute());

        assertTrue(refused.getMessage().startsWith("[KILN-BREAKING-CHANGE] 1 change breaks"), refused.getMessage());
        assertEquals(
                "[INFO] Kiln: API changes from src/main/resources/specs/v1.yaml to target/classes/specs/v2.yaml"
                        + " (1 change, 1 breaking):",
                log.get(0));
        assertEquals("[WARNING]   BREAKING   removed operation GET /pets", log.get(1));
    }

    @Test
    void pathsResolveAgainstTheProjectAndAMissingSpecIsNamed() throws Exception {
        write("spec/v1.yaml", SPEC);

        mojo("spec/v1.yaml", "spec/v1.yaml").execute();
        assertEquals(List.of("[INFO] Kiln: no API changes from spec/v1.yaml to spec/v1.yaml"), log);

        log.clear();
        MojoFailureException missing = assertThrows(
                MojoFailureException.class,
                () -> mojo("spec/v1.yaml", "classpath:specs/gone.yaml").execute());
        assertEquals(1, log.size());
        assertTrue(log.get(0).startsWith("[ERROR] [KILN-SPEC-NOT-FOUND]"), log.get(0));
        assertTrue(missing.getMessage().contains("specs/gone.yaml"), missing.getMessage());
    }
}
