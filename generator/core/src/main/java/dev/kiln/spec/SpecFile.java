package dev.kiln.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.SourceLocation;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One file of a spec, read: its tree, and the line each of its elements starts on (worked out when first asked). A
 * file converted from another form (Swagger 2.0) holds the converted tree, and places its elements at the lines of
 * the elements they were converted from.
 */
public final class SpecFile {
    private final Path path;
    private final String displayName;
    private final String content;
    private final JsonNode tree;
    private final UnaryOperator<JsonPointer> toWritten;
    private final Function<JsonPointer, Optional<SourceLocation>> writtenElsewhere;
    private SourceMap sourceMap;

    SpecFile(Path path, String displayName, String content, JsonNode tree) {
        this(path, displayName, content, tree, UnaryOperator.identity(), pointer -> Optional.empty());
    }

    private SpecFile(
            Path path,
            String displayName,
            String content,
            JsonNode tree,
            UnaryOperator<JsonPointer> toWritten,
            Function<JsonPointer, Optional<SourceLocation>> writtenElsewhere) {
        this.path = path;
        this.displayName = displayName;
        this.content = content;
        this.tree = tree;
        this.toWritten = toWritten;
        this.writtenElsewhere = writtenElsewhere;
    }

    /**
     * This file with some of its elements changed by another file (an overlay).
     *
     * @param changed the tree with the changes
     * @param changedAt where an element the changes wrote is written in the file that wrote it; empty for the
     *     elements of this file
     * @return the changed file, placing each element where it was written
     */
    SpecFile changed(JsonNode changed, Function<JsonPointer, Optional<SourceLocation>> changedAt) {
        return new SpecFile(
                path,
                displayName,
                content,
                changed,
                toWritten,
                pointer -> changedAt.apply(pointer).or(() -> writtenElsewhere.apply(pointer)));
    }

    /**
     * This file in another form.
     *
     * @param converted the tree in that form
     * @param toWritten where an element of the converted tree was written in this file
     * @return the converted file, placing its elements in this one
     */
    SpecFile converted(JsonNode converted, UnaryOperator<JsonPointer> toWritten) {
        return new SpecFile(path, displayName, content, converted, toWritten, writtenElsewhere);
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
     * Whether swagger-parser reads the file as JSON, not YAML: its test ({@code text.trim().startsWith("{")}), without
     * the copy of the text.
     */
    boolean isJson() {
        for (int i = 0; i < content.length(); i++) {
            if (content.charAt(i) > ' ') {
                return content.charAt(i) == '{';
            }
        }
        return false;
    }

    /**
     * Returns the file and line of an element.
     *
     * @param pointer a JSON pointer in this file, such as {@code #/components/schemas/Pet}
     * @return its location, or that of its nearest ancestor written in the file
     */
    public SourceLocation locate(JsonPointer pointer) {
        JsonPointer written = toWritten.apply(pointer);
        Optional<SourceLocation> elsewhere = writtenElsewhere.apply(written);
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        if (sourceMap == null) {
            sourceMap = SourceMap.of(displayName, content);
        }
        return sourceMap.locate(written);
    }
}
