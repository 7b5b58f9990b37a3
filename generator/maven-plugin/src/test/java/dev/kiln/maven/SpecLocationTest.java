package dev.kiln.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecLocationTest {
    @TempDir
    Path project;

    private Path write(String relative) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "openapi: 3.0.3\n");
        return file;
    }

    private SpecLocation location() {
        return new SpecLocation(
                project, List.of(project.resolve("src/main/resources"), project.resolve("target/classes")));
    }

    @Test
    void aPathResolvesAgainstTheProject() throws IOException {
        Path spec = write("spec/pets.yaml");
        assertEquals(spec, location().resolve("spec/pets.yaml"));
        assertEquals(spec, location().resolve(spec.toString()));
    }

    @Test
    void aClasspathNameResolvesAgainstResourcesThenClasspathDirectories() throws IOException {
        Path classes = write("target/classes/specs/pets.yaml");
        assertEquals(classes, location().resolve("classpath:specs/pets.yaml"));
        Path resources = write("src/main/resources/specs/pets.yaml");
        assertEquals(resources, location().resolve("classpath:/specs/pets.yaml"));
    }

    @Test
    void aPathThatNamesNoFileIsTriedAsAResource() throws IOException {
        Path resources = write("src/main/resources/specs/pets.yaml");
        assertEquals(resources, location().resolve("specs/pets.yaml"));
    }

    @Test
    void nothingFoundIsThePathAsGiven() {
        assertEquals(project.resolve("specs/missing.yaml"), location().resolve("classpath:specs/missing.yaml"));
    }
}
