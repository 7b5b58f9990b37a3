package dev.kiln.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStampsTest {
    @Test
    void countsRewrittenAddedAndDeletedFiles(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("kept.txt"), "a");
        Files.writeString(root.resolve("rewritten.txt"), "b");
        Files.writeString(root.resolve("deleted.txt"), "c");
        Files.setLastModifiedTime(root.resolve("rewritten.txt"), FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Map<String, String> before = FileStamps.of(root);
        assertEquals(0, FileStamps.changed(before, FileStamps.of(root)));

        Files.setLastModifiedTime(root.resolve("rewritten.txt"), FileTime.from(Instant.parse("2026-01-02T00:00:00Z")));
        Files.delete(root.resolve("deleted.txt"));
        Files.writeString(root.resolve("added.txt"), "d");
        assertEquals(3, FileStamps.changed(before, FileStamps.of(root)));
    }
}
