package dev.kiln.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.language.PlainTarget;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KilnVersionTest {
    @TempDir
    Path dir;

    @Test
    void aJarIsKnownByWhatItHoldsNotByWhenItWasBuilt() throws IOException {
        Map<String, String> code = Map.of("dev/kiln/A.class", "one", "dev/kiln/B.class", "two");
        Path built = jar("built.jar", code, 1_000_000L);
        Path rebuilt = jar("rebuilt.jar", code, 2_000_000_000L);

        assertEquals(KilnVersion.codeHash(List.of(built)), KilnVersion.codeHash(List.of(rebuilt)));
    }

    @Test
    void aJarWithOneEntryChangedIsAnotherGenerator() throws IOException {
        Path before = jar("before.jar", Map.of("dev/kiln/A.class", "one", "dev/kiln/B.class", "two"), 0L);
        Path changed = jar("changed.jar", Map.of("dev/kiln/A.class", "one", "dev/kiln/B.class", "tw0"), 0L);
        Path renamed = jar("renamed.jar", Map.of("dev/kiln/A.class", "one", "dev/kiln/C.class", "two"), 0L);
        Path added = jar(
                "added.jar", Map.of("dev/kiln/A.class", "one", "dev/kiln/B.class", "two", "dev/kiln/D.class", ""), 0L);

        String original = KilnVersion.codeHash(List.of(before));
        assertNotEquals(original, KilnVersion.codeHash(List.of(changed)));
        assertNotEquals(original, KilnVersion.codeHash(List.of(renamed)));
        assertNotEquals(original, KilnVersion.codeHash(List.of(added)));
    }

    @Test
    void aClassesDirectoryIsKnownByItsFilesAndTheirPlaces() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes/dev/kiln"));
        Files.writeString(classes.resolve("A.class"), "one");
        String original = KilnVersion.codeHash(List.of(dir.resolve("classes")));

        Files.writeString(classes.resolve("A.class"), "two");
        String edited = KilnVersion.codeHash(List.of(dir.resolve("classes")));
        Files.move(classes.resolve("A.class"), classes.resolve("B.class"));
        String moved = KilnVersion.codeHash(List.of(dir.resolve("classes")));

        assertNotEquals(original, edited);
        assertNotEquals(edited, moved);
    }

    @Test
    void theIdentityIsTheVersionAndAShortHash() {
        String identity = KilnVersion.buildIdentity(new PlainTarget());

        assertTrue(identity.matches("\\Q" + KilnVersion.get() + "\\E\\+[0-9a-f]{16}"), identity);
    }

    private Path jar(String name, Map<String, String> entries, long time) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : new TreeMap<>(entries).entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setLastModifiedTime(FileTime.fromMillis(time));
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
