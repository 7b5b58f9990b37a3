package dev.kiln.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The markdown report, printed as it grows and rewritten to its file after each section, so a long run that is
 * stopped still leaves the sections it finished.
 */
final class Report {
    private final StringBuilder text = new StringBuilder();
    private final Path file;

    Report(Path file) {
        this.file = file;
    }

    Report line(String line) {
        text.append(line).append('\n');
        System.out.println(line);
        return this;
    }

    void section(String title, String note, String table) throws IOException {
        String section = "\n## " + title + "\n\n" + note + "\n\n" + table;
        text.append(section);
        System.out.print(section);
        write();
    }

    void write() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    Path file() {
        return file;
    }
}
