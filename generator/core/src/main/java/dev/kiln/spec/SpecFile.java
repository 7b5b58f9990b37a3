package dev.kiln.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.SourceLocation;
import java.nio.file.Path;

/** One file of a spec, read: its tree, and the line each of its elements starts on (worked out when first asked). */
public final class SpecFile {
    private final Path path;
    private final String displayName;
    private final String content;
    private final JsonNode tree;
    private SourceMap sourceMap;

    SpecFile(Path path, String displayName, String content, JsonNode tree) {
        this.path = path;
        this.displayName = displayName;
        this.content = content;
        this.tree = tree;
    }

    /** The file, absolute and normalised. */
    public Path path() {
        return path;
    }

    /** How the file is named in messages: as the user named the spec, or relative to it. */
    public String displayName() {
        return displayName;
    }

    /** The file's text, as read. */
    public String text() {
        return content;
    }

    JsonNode tree() {
        return tree;
    }

    /**
     * Returns the file and line of an element.
     *
     * @param pointer a JSON pointer in this file, such as {@code #/components/schemas/Pet}
     * @return its location, or that of its nearest ancestor written in the file
     */
    public SourceLocation locate(JsonPointer pointer) {
        if (sourceMap == null) {
            sourceMap = SourceMap.of(displayName, content);
        }
        return sourceMap.locate(pointer);
    }
}
