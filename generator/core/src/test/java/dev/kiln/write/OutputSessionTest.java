package dev.kiln.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.language.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output directory brought up to date a file at a time, as the SDK is emitted: the same files, manifest and report
 * as writing the whole SDK at once, and the same refusals, checked file by file.
 */
class OutputSessionTest {
    private static final String PACKAGE = "com.example";
    private static final String MANIFEST = ".kiln-generated-com.example";
    private static final GeneratedFile PET = new GeneratedFile("com/example/models/Pet.java", "class Pet {}\n");
    private static final GeneratedFile CLIENT = new GeneratedFile("com/example/Client.java", "class Client {}\n");
    private static final GeneratedFile OWNER = new GeneratedFile("com/example/models/Owner.java", "class Owner {}\n");

    @TempDir
    Path build;

    private final OutputWriter writer = new OutputWriter();

    private SyncReport stream(Path output, List<GeneratedFile> files) throws IOException {
        OutputSession session = writer.open(output, PACKAGE, List.of());
        for (GeneratedFile file : files) {
            session.write(file);
        }
        return session.finish();
    }

    @Test
    void aFileIsWrittenAsSoonAsItIsGivenAndTheManifestWhenTheSessionFinishes() throws IOException {
        Path output = build.resolve("sdk");
        OutputSession session = writer.open(output, PACKAGE, List.of());

        session.write(PET);

        assertEquals(PET.content(), Files.readString(output.resolve(PET.relativePath())));
        assertFalse(Files.exists(output.resolve(MANIFEST)), "the manifest is written last");
        session.write(CLIENT);
        SyncReport report = session.finish();
        assertEquals(List.of(PET.relativePath(), CLIENT.relativePath()), report.written());
        assertEquals(
                "com/example/Client.java\ncom/example/models/Pet.java\n", Files.readString(output.resolve(MANIFEST)));
    }

    @Test
    void streamingLeavesWhatWritingTheWholeSdkAtOnceLeaves() throws IOException {
        Path streamed = build.resolve("streamed");
        Path whole = build.resolve("whole");
        stream(streamed, List.of(PET, OWNER, CLIENT));
        writer.write(whole, PACKAGE, List.of(PET, OWNER, CLIENT));

        SyncReport second = stream(streamed, List.of(PET, CLIENT));
        SyncReport secondWhole = writer.write(whole, PACKAGE, List.of(PET, CLIENT));

        assertEquals(secondWhole, second);
        assertEquals(List.of(OWNER.relativePath()), second.deleted());
        assertEquals(contents(whole), contents(streamed));
    }

    /** Every file below a folder with its text, by relative path. */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), Files.readString(path));
            }
        }
        return files;
    }

    @Test
    void aFileThatWouldLandOutsideFailsTheSessionAndIsNotWritten() throws IOException {
        Path output = build.resolve("sdk");
        OutputSession session = writer.open(output, PACKAGE, List.of());
        session.write(PET);

        IOException refused =
                assertThrows(IOException.class, () -> session.write(new GeneratedFile("../escaped.java", "x")));

        assertTrue(refused.getMessage().contains("outside the output directory"), refused.getMessage());
        assertFalse(Files.exists(build.resolve("escaped.java")));
        assertTrue(Files.exists(output.resolve(PET.relativePath())), "what was written before stays, whole");
    }

    @Test
    void aFileWhosePathRunsThroughAnotherFileIsRefusedEitherWay() throws IOException {
        OutputSession session = writer.open(build.resolve("sdk"), PACKAGE, List.of());
        session.write(new GeneratedFile("com/example/a", "a file"));

        assertThrows(IOException.class, () -> session.write(new GeneratedFile("com/example/a/b.java", "x")));
        OutputSession other = writer.open(build.resolve("other"), PACKAGE, List.of());
        other.write(new GeneratedFile("com/example/a/b.java", "x"));
        assertThrows(IOException.class, () -> other.write(new GeneratedFile("com/example/a", "a file")));
    }

    @Test
    void filesTheExecutionGeneratedBeforeAreDeletedWhenNotGivenAgain() throws IOException {
        Path output = build.resolve("sdk");
        Files.createDirectories(output.resolve("old/pkg"));
        Files.writeString(output.resolve("old/pkg/Gone.java"), "class Gone {}\n");
        Files.writeString(output.resolve("Mine.java"), "written by hand\n");

        OutputSession session = writer.open(output, PACKAGE, Set.of("old/pkg/Gone.java"));
        session.write(PET);
        SyncReport report = session.finish();

        assertEquals(List.of("old/pkg/Gone.java"), report.deleted());
        assertFalse(Files.exists(output.resolve("old")), "the emptied folders go too");
        assertTrue(Files.exists(output.resolve("Mine.java")));
    }
}
