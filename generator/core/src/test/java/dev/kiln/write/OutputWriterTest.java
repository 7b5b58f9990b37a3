package dev.kiln.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.language.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
    private static final String PACKAGE = "com.example";
    private static final String MANIFEST = ".kiln-generated-com.example";
    private static final FileTime OLD = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

    private static final GeneratedFile PET = new GeneratedFile("com/example/models/Pet.java", "class Pet {}\n");
    private static final GeneratedFile OWNER = new GeneratedFile("com/example/models/Owner.java", "class Owner {}\n");
    private static final GeneratedFile CLIENT = new GeneratedFile("com/example/Client.java", "class Client {}\n");

    @TempDir
    Path build;

    private final OutputWriter writer = new OutputWriter();

    private Path output() {
        return build.resolve("sdk");
    }

    @Test
    void firstWriteCreatesTheFilesAndTheManifest() throws IOException {
        SyncReport report = writer.write(output(), PACKAGE, List.of(PET, CLIENT));

        assertEquals("class Pet {}\n", read(PET.relativePath()));
        assertEquals("class Client {}\n", read(CLIENT.relativePath()));
        assertEquals("com/example/Client.java\ncom/example/models/Pet.java\n", read(MANIFEST));
        assertEquals(List.of(PET.relativePath(), CLIENT.relativePath()), report.written());
        assertEquals(List.of(), report.unchanged());
        assertEquals(List.of(), report.deleted());
    }

    @Test
    void anIdenticalWriteChangesNothingNotEvenTimestamps() throws IOException {
        writer.write(output(), PACKAGE, List.of(PET, CLIENT));
        age(PET.relativePath(), CLIENT.relativePath(), MANIFEST);

        SyncReport report = writer.write(output(), PACKAGE, List.of(PET, CLIENT));

        assertEquals(List.of(), report.written());
        assertEquals(List.of(PET.relativePath(), CLIENT.relativePath()), report.unchanged());
        assertEquals(List.of(), report.deleted());
        for (String path : List.of(PET.relativePath(), CLIENT.relativePath(), MANIFEST)) {
            assertEquals(OLD, Files.getLastModifiedTime(output().resolve(path)), path);
        }
        assertEquals("class Pet {}\n", read(PET.relativePath()));
    }

    @Test
    void aChangedFileIsRewrittenAndTheOthersAreLeftAlone() throws IOException {
        writer.write(output(), PACKAGE, List.of(PET, OWNER, CLIENT));
        age(PET.relativePath(), OWNER.relativePath(), CLIENT.relativePath(), MANIFEST);
        GeneratedFile newPet = new GeneratedFile(PET.relativePath(), "class Pet { int legs; }\n");

        SyncReport report = writer.write(output(), PACKAGE, List.of(newPet, OWNER, CLIENT));

        assertEquals(List.of(PET.relativePath()), report.written());
        assertEquals(List.of(OWNER.relativePath(), CLIENT.relativePath()), report.unchanged());
        assertEquals("class Pet { int legs; }\n", read(PET.relativePath()));
        assertFalse(OLD.equals(Files.getLastModifiedTime(output().resolve(PET.relativePath()))));
        for (String path : List.of(OWNER.relativePath(), CLIENT.relativePath(), MANIFEST)) {
            assertEquals(OLD, Files.getLastModifiedTime(output().resolve(path)), path);
        }
    }

    @Test
    void aFileNoLongerGeneratedIsDeleted() throws IOException {
        writer.write(output(), PACKAGE, List.of(PET, OWNER, CLIENT));

        SyncReport report = writer.write(output(), PACKAGE, List.of(PET, CLIENT));

        assertFalse(Files.exists(output().resolve(OWNER.relativePath())));
        assertEquals(List.of(OWNER.relativePath()), report.deleted());
        assertEquals("com/example/Client.java\ncom/example/models/Pet.java\n", read(MANIFEST));
        assertEquals("class Pet {}\n", read(PET.relativePath()));
    }

    @Test
    void filesKilnDidNotGenerateAreNeverTouched() throws IOException {
        writer.write(output(), PACKAGE, List.of(PET, OWNER));
        Path userJava = output().resolve("com/example/models/PetExtras.java");
        Path userNotes = output().resolve("NOTES.md");
        Files.writeString(userJava, "class PetExtras {}\n");
        Files.writeString(userNotes, "mine\n");
        Files.setLastModifiedTime(userJava, OLD);
        Files.setLastModifiedTime(userNotes, OLD);

        writer.write(output(), PACKAGE, List.of(new GeneratedFile(PET.relativePath(), "class Pet { int legs; }\n")));

        assertEquals("class PetExtras {}\n", Files.readString(userJava));
        assertEquals("mine\n", Files.readString(userNotes));
        assertEquals(OLD, Files.getLastModifiedTime(userJava));
        assertEquals(OLD, Files.getLastModifiedTime(userNotes));
        assertFalse(Files.exists(output().resolve(OWNER.relativePath())));
    }

    @Test
    void aManifestEntryOutsideTheOutputDirectoryIsNotDeleted() throws IOException {
        writer.write(output(), PACKAGE, List.of(PET));
        Path precious = build.resolve("precious.txt");
        Files.writeString(precious, "keep me\n");
        Files.writeString(
                output().resolve(MANIFEST),
                PET.relativePath() + "\n../precious.txt\n" + precious.toAbsolutePath() + "\n");

        SyncReport report = writer.write(output(), PACKAGE, List.of(PET));

        assertEquals("keep me\n", Files.readString(precious));
        assertEquals(List.of(), report.deleted());
        assertEquals(PET.relativePath() + "\n", read(MANIFEST));
    }

    @Test
    void whatTheExecutionGeneratedUnderAnotherPackageGoesWithItsManifestAndTheOtherSdkStays() throws IOException {
        GeneratedFile shop = new GeneratedFile("net/shop/Shop.java", "class Shop {}\n");
        writer.write(output(), "net.shop", List.of(shop));
        writer.write(output(), PACKAGE, List.of(PET, CLIENT));
        GeneratedFile moved = new GeneratedFile("org/example/models/Pet.java", "class Pet {}\n");

        SyncReport report = writer.write(
                output(), "org.example", List.of(moved), List.of(PET.relativePath(), CLIENT.relativePath(), MANIFEST));

        assertEquals(List.of(MANIFEST, CLIENT.relativePath(), PET.relativePath()), report.deleted());
        assertFalse(Files.exists(output().resolve("com")), "the emptied package directories were left");
        assertEquals("class Pet {}\n", read(moved.relativePath()));
        assertEquals("org/example/models/Pet.java\n", read(".kiln-generated-org.example"));
        assertEquals("class Shop {}\n", read(shop.relativePath()));
        assertEquals("net/shop/Shop.java\n", read(".kiln-generated-net.shop"));
    }

    @Test
    void aDirectoryThatStillHoldsAFileStaysAndSoDoesTheOutputDirectory() throws IOException {
        writer.write(output(), PACKAGE, List.of(PET, OWNER));
        Files.writeString(output().resolve("com/example/NOTES.md"), "mine\n");

        writer.write(output(), "org.example", List.of(), List.of(PET.relativePath(), OWNER.relativePath()));

        assertFalse(Files.exists(output().resolve("com/example/models")));
        assertEquals("mine\n", read("com/example/NOTES.md"));
        assertTrue(Files.isDirectory(output()));
    }

    @Test
    void theManifestBeingWrittenIsNeverDeletedAsStale() throws IOException {
        writer.write(output(), PACKAGE, List.of(PET));
        age(PET.relativePath(), MANIFEST);

        SyncReport report = writer.write(output(), PACKAGE, List.of(PET), List.of(PET.relativePath(), MANIFEST));

        assertEquals(List.of(), report.deleted());
        assertEquals(OLD, Files.getLastModifiedTime(output().resolve(MANIFEST)));
    }

    @Test
    void removingFromAnOldDirectoryDeletesOnlyWhatIsListedInsideItAndKeepsWhatIsWrittenNow() throws IOException {
        Path old = build.resolve("old");
        writer.write(old, PACKAGE, List.of(PET, CLIENT));
        Files.writeString(old.resolve("com/example/models/Mine.java"), "class Mine {}\n");
        Path precious = Files.writeString(build.resolve("precious.txt"), "keep me\n");

        List<String> deleted = writer.remove(
                old,
                List.of(PET.relativePath(), CLIENT.relativePath(), MANIFEST, "../precious.txt"),
                Set.of(old.toAbsolutePath().resolve(CLIENT.relativePath()).normalize()));

        assertEquals(List.of(MANIFEST, PET.relativePath()), deleted);
        assertEquals("class Client {}\n", Files.readString(old.resolve(CLIENT.relativePath())));
        assertEquals("class Mine {}\n", Files.readString(old.resolve("com/example/models/Mine.java")));
        assertEquals("keep me\n", Files.readString(precious));
        assertEquals(List.of(), writer.remove(build.resolve("gone"), List.of(PET.relativePath()), Set.of()));
    }

    @Test
    void noTemporaryDirectoryIsLeftAfterSuccess() throws IOException {
        writer.write(output(), PACKAGE, List.of(PET, CLIENT));
        writer.write(output(), PACKAGE, List.of(PET));

        assertEquals(List.of("sdk"), entries(build));
    }

    @Test
    void noTemporaryDirectoryIsLeftWhenMovingAFileIntoPlaceFails() throws IOException {
        writer.write(output(), PACKAGE, List.of(CLIENT));
        // a directory where a generated file must go: the move into place fails
        Path blocker = Files.createDirectories(output().resolve(PET.relativePath()));
        Files.writeString(blocker.resolve("inside.txt"), "x\n");

        assertThrows(IOException.class, () -> writer.write(output(), PACKAGE, List.of(PET, CLIENT)));

        assertEquals(List.of("sdk"), entries(build));
        assertEquals("x\n", Files.readString(blocker.resolve("inside.txt")));
        // the manifest is written last, so it still lists only what the last complete run generated
        assertEquals(CLIENT.relativePath() + "\n", read(MANIFEST));
    }

    @Test
    void noTemporaryDirectoryIsLeftWhenStagingFailsAndTheOutputIsUntouched() throws IOException {
        writer.write(output(), PACKAGE, List.of(PET));
        Files.setLastModifiedTime(output().resolve(PET.relativePath()), OLD);
        // one generated file's path runs through another's: it cannot be staged
        GeneratedFile file = new GeneratedFile("com/example/Thing", "x\n");
        GeneratedFile below = new GeneratedFile("com/example/Thing/Inner.java", "y\n");

        assertThrows(IOException.class, () -> writer.write(output(), PACKAGE, List.of(file, below)));

        assertEquals(List.of("sdk"), entries(build));
        assertFalse(Files.exists(output().resolve("com/example/Thing")));
        assertEquals(OLD, Files.getLastModifiedTime(output().resolve(PET.relativePath())));
        assertEquals(PET.relativePath() + "\n", read(MANIFEST));
    }

    @Test
    void noTemporaryDirectoryIsLeftWhenTheOutputIsAFile() throws IOException {
        Files.writeString(output(), "not a directory\n");

        assertThrows(IOException.class, () -> writer.write(output(), PACKAGE, List.of(PET)));

        assertEquals(List.of("sdk"), entries(build));
        assertTrue(Files.isRegularFile(output()));
    }

    @Test
    void createsAMissingOutputDirectoryAndItsParents() throws IOException {
        Path deep = build.resolve("target/generated-sources/kiln");

        writer.write(deep, PACKAGE, List.of(PET));

        assertEquals("class Pet {}\n", Files.readString(deep.resolve(PET.relativePath())));
        assertEquals(List.of("kiln"), entries(build.resolve("target/generated-sources")));
    }

    @Test
    void theManifestListsPathsSortedOneALine() {
        assertEquals(
                "com/example/Client.java\ncom/example/models/Owner.java\ncom/example/models/Pet.java\n",
                OutputWriter.manifest(List.of(PET, OWNER, CLIENT)));
        assertEquals("", OutputWriter.manifest(List.of()));
    }

    private String read(String relativePath) throws IOException {
        return Files.readString(output().resolve(relativePath), StandardCharsets.UTF_8);
    }

    private void age(String... relativePaths) throws IOException {
        for (String path : relativePaths) {
            Files.setLastModifiedTime(output().resolve(path), OLD);
        }
    }

    private static List<String> entries(Path directory) throws IOException {
        try (Stream<Path> children = Files.list(directory)) {
            return children.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anOutputIsCompleteOnlyWithItsManifestAndEveryFileItLists() throws IOException {
        assertFalse(OutputWriter.isComplete(output(), PACKAGE));
        writer.write(output(), PACKAGE, List.of(PET, CLIENT));
        assertTrue(OutputWriter.isComplete(output(), PACKAGE));
        Files.delete(output().resolve(PET.relativePath()));
        assertFalse(OutputWriter.isComplete(output(), PACKAGE));
        writer.write(output(), PACKAGE, List.of(PET, CLIENT));
        Files.delete(output().resolve(MANIFEST));
        assertFalse(OutputWriter.isComplete(output(), PACKAGE));
    }
}
