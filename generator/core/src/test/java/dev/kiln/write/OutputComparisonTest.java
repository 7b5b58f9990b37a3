package dev.kiln.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.language.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputComparisonTest {
    private static final String PACKAGE = "com.example";
    private static final String MANIFEST = ".kiln-generated-com.example";
    private static final GeneratedFile PET = new GeneratedFile("com/example/models/Pet.java", "class Pet {}\n");
    private static final GeneratedFile CLIENT = new GeneratedFile("com/example/Client.java", "class Client {}\n");
    private static final List<GeneratedFile> SDK = List.of(PET, CLIENT);

    @TempDir
    Path directory;

    private final OutputComparison comparison = new OutputComparison();

    @BeforeEach
    void writeTheSdk() throws IOException {
        new OutputWriter().write(directory, PACKAGE, SDK);
    }

    @Test
    void aCurrentDirectoryHasNoDifferences() throws IOException {
        assertEquals(List.of(), comparison.differences(directory, PACKAGE, SDK));
    }

    @Test
    void reportsAChangedFile() throws IOException {
        Files.writeString(directory.resolve(PET.relativePath()), "class Pet { int legs; }\n");

        assertEquals(List.of("changed: com/example/models/Pet.java"), comparison.differences(directory, PACKAGE, SDK));
    }

    @Test
    void reportsAFileThatDiffersOnlyInLineEndings() throws IOException {
        Files.writeString(directory.resolve(PET.relativePath()), "class Pet {}\r\n");

        assertEquals(List.of("changed: com/example/models/Pet.java"), comparison.differences(directory, PACKAGE, SDK));
    }

    @Test
    void reportsAFileThatIsNotUtf8AsChanged() throws IOException {
        Files.write(directory.resolve(PET.relativePath()), new byte[] {(byte) 0xE9, '\n'});

        assertEquals(List.of("changed: com/example/models/Pet.java"), comparison.differences(directory, PACKAGE, SDK));
    }

    @Test
    void reportsAMissingFile() throws IOException {
        Files.delete(directory.resolve(CLIENT.relativePath()));

        assertEquals(List.of("missing: com/example/Client.java"), comparison.differences(directory, PACKAGE, SDK));
    }

    @Test
    void reportsAJavaFileKilnDoesNotGenerate() throws IOException {
        Files.writeString(directory.resolve("com/example/models/Stale.java"), "class Stale {}\n");
        Files.writeString(directory.resolve("README.md"), "not Java, so not Kiln's business\n");

        assertEquals(
                List.of("not generated: com/example/models/Stale.java"),
                comparison.differences(directory, PACKAGE, SDK));
    }

    @Test
    void reportsAStaleManifest() throws IOException {
        GeneratedFile owner = new GeneratedFile("com/example/models/Owner.java", "class Owner {}\n");

        assertEquals(
                List.of("missing: com/example/models/Owner.java", "changed: .kiln-generated-com.example"),
                comparison.differences(directory, PACKAGE, List.of(PET, CLIENT, owner)));
    }

    @Test
    void reportsEveryDifferenceGeneratedFilesFirstInTheirOrder() throws IOException {
        Files.writeString(directory.resolve(CLIENT.relativePath()), "class Client { }\n");
        Files.delete(directory.resolve(PET.relativePath()));
        Files.delete(directory.resolve(MANIFEST));
        Files.writeString(directory.resolve("com/example/Zed.java"), "class Zed {}\n");
        Files.writeString(directory.resolve("com/example/models/Alpha.java"), "class Alpha {}\n");

        assertEquals(
                List.of(
                        "missing: com/example/models/Pet.java",
                        "changed: com/example/Client.java",
                        "missing: .kiln-generated-com.example",
                        "not generated: com/example/Zed.java",
                        "not generated: com/example/models/Alpha.java"),
                comparison.differences(directory, PACKAGE, SDK));
    }

    @Test
    void aDirectoryThatDoesNotExistMissesEverything() throws IOException {
        assertEquals(
                List.of(
                        "missing: com/example/models/Pet.java",
                        "missing: com/example/Client.java",
                        "missing: .kiln-generated-com.example"),
                comparison.differences(directory.resolve("absent"), PACKAGE, SDK));
    }
}
