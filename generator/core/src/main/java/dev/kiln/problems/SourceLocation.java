package dev.kiln.problems;

/**
 * A place in a spec file.
 *
 * @param file the file as the user named it
 * @param line the 1-based line, or 0 when unknown
 */
public record SourceLocation(String file, int line) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
