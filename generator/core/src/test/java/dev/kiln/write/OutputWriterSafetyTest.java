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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link OutputWriter} never writes or deletes outside its output directory: not for a path that climbs out, not
 * through a symbolic link inside it, not beside it when the directory itself is a link; two SDKs sharing the
 * directory keep each other's files, and files a user wrote there are left alone.
 */
class OutputWriterSafetyTest {
    private static final GeneratedFile PET = new GeneratedFile("com/example/models/Pet.java", "class Pet {}\n");
    private static final GeneratedFile CLIENT = new GeneratedFile("com/example/Client.java", "class Client {}\n");

    @TempDir
    Path build;

    private final OutputWriter writer = new OutputWriter();

    private Path output() {
        return build.resolve("sdk");
    }

    @Test
    void aPathThatClimbsOutOfTheOutputDirectoryIsRefusedBeforeAnythingIsWritten() throws IOException {
        for (String escape :
                List.of("../../x.java", "com/../../x.java", "../sdk2/X.java", "/tmp/kiln-x.java", "..", "")) {
            GeneratedFile evil = new GeneratedFile(escape, "class X {}\n");

            IOException e =
                    assertThrows(IOException.class, () -> writer.write(output(), "com.example", List.of(PET, evil)));

            assertTrue(e.getMessage().contains("outside the output directory"), e.getMessage());
            assertEquals(List.of("sdk"), entries(build), escape);
            assertEquals(List.of(), entries(output()), escape);
        }
        assertFalse(Files.exists(Path.of("/tmp/kiln-x.java")));
    }

    @Test
    void aBasePackageThatIsNoPackageNameCannotNameAManifest() {
        for (String name : List.of("../../x", "a/b", "a..b", "", "com.example/")) {
            assertThrows(IllegalArgumentException.class, () -> writer.write(output(), name, List.of(PET)), name);
        }
    }

    @Test
    void aLinkInsideTheOutputDirectoryThatLeadsElsewhereIsNotWrittenThrough() throws IOException {
        Path elsewhere = Files.createDirectories(build.resolve("elsewhere"));
        Files.createDirectories(output().resolve("com"));
        Files.createSymbolicLink(output().resolve("com/example"), elsewhere);

        assertThrows(IOException.class, () -> writer.write(output(), "com.example", List.of(PET, CLIENT)));

        assertEquals(List.of(), entries(elsewhere));
    }

    @Test
    void aStaleFileBehindALinkThatLeadsElsewhereIsNotDeleted() throws IOException {
        writer.write(output(), "com.example", List.of(CLIENT, PET));
        // the user moves the models away and leaves a link in their place
        Path elsewhere = build.resolve("elsewhere");
        Files.move(output().resolve("com/example/models"), elsewhere);
        Files.createSymbolicLink(output().resolve("com/example/models"), elsewhere);

        SyncReport report = writer.write(output(), "com.example", List.of(CLIENT));

        assertEquals(List.of(), report.deleted());
        assertEquals("class Pet {}\n", Files.readString(elsewhere.resolve("Pet.java")));
    }

    @Test
    void anOutputDirectoryThatIsALinkIsWrittenThroughAndNothingIsWrittenBesideIt() throws IOException {
        Path real = Files.createDirectories(build.resolve("real"));
        Files.createSymbolicLink(output(), real);

        writer.write(output(), "com.example", List.of(PET, CLIENT));
        SyncReport report = writer.write(output(), "com.example", List.of(CLIENT));

        assertTrue(Files.isSymbolicLink(output()));
        assertEquals(List.of("real", "sdk"), entries(build));
        assertEquals(List.of(PET.relativePath()), report.deleted());
        assertEquals("class Client {}\n", Files.readString(real.resolve(CLIENT.relativePath())));
        assertFalse(Files.exists(real.resolve(PET.relativePath())));
        assertEquals(List.of(".kiln-generated-com.example", "com"), entries(real));
    }

    @Test
    void twoSdksSharingTheOutputDirectoryKeepEachOthersFiles() throws IOException {
        GeneratedFile pets = new GeneratedFile("com/example/pets/PetsClient.java", "class PetsClient {}\n");
        GeneratedFile pet = new GeneratedFile("com/example/pets/models/Pet.java", "class Pet {}\n");
        GeneratedFile shop = new GeneratedFile("com/example/shop/ShopClient.java", "class ShopClient {}\n");
        GeneratedFile order = new GeneratedFile("com/example/shop/models/Order.java", "class Order {}\n");

        writer.write(output(), "com.example.pets", List.of(pets, pet));
        writer.write(output(), "com.example.shop", List.of(shop, order));
        SyncReport petsAgain = writer.write(output(), "com.example.pets", List.of(pets));
        SyncReport shopAgain = writer.write(output(), "com.example.shop", List.of(shop, order));

        assertEquals(List.of(pet.relativePath()), petsAgain.deleted());
        assertEquals(List.of(), shopAgain.deleted());
        assertEquals(List.of(shop.relativePath(), order.relativePath()), shopAgain.unchanged());
        assertTrue(OutputWriter.isComplete(output(), "com.example.pets"));
        assertTrue(OutputWriter.isComplete(output(), "com.example.shop"));
    }

    @Test
    void anSdkWhosePackageHoldsAnotherSdksPackageKeepsItsFiles() throws IOException {
        GeneratedFile outer = new GeneratedFile("com/example/Api.java", "class Api {}\n");
        GeneratedFile inner = new GeneratedFile("com/example/admin/AdminApi.java", "class AdminApi {}\n");

        writer.write(output(), "com.example.admin", List.of(inner));
        writer.write(output(), "com.example", List.of(outer));
        SyncReport again = writer.write(output(), "com.example", List.of(outer));

        assertEquals(List.of(), again.deleted());
        assertEquals("class AdminApi {}\n", Files.readString(output().resolve(inner.relativePath())));
    }

    @Test
    void filesAUserWroteInTheOutputDirectoryAreNeverTouched() throws IOException {
        Path notes = output().resolve("com/example/NOTES.md");
        Path own = output().resolve("com/example/models/PetExtras.java");
        Files.createDirectories(own.getParent());
        Files.writeString(notes, "mine\n");
        Files.writeString(own, "class PetExtras {}\n");

        writer.write(output(), "com.example", List.of(PET, CLIENT));
        writer.write(output(), "com.example", List.of(CLIENT));
        writer.write(output(), "com.example", List.of());

        assertEquals("mine\n", Files.readString(notes));
        assertEquals("class PetExtras {}\n", Files.readString(own));
        assertFalse(Files.exists(output().resolve(CLIENT.relativePath())));
    }

    @Test
    void noTemporaryFileIsLeftInTheOutputDirectory() throws IOException {
        writer.write(output(), "com.example", List.of(PET, CLIENT));
        writer.write(
                output(),
                "com.example",
                List.of(new GeneratedFile(PET.relativePath(), "class Pet { int legs; }\n"), CLIENT));

        try (Stream<Path> files = Files.walk(output())) {
            assertEquals(
                    List.of(),
                    files.filter(path -> path.getFileName().toString().endsWith(".kiln-tmp"))
                            .toList());
        }
    }

    private static List<String> entries(Path directory) throws IOException {
        try (Stream<Path> paths = Files.list(directory)) {
            return paths.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
