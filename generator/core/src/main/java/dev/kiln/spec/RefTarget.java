package dev.kiln.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.problems.JsonPointer;

/**
 * What a {@code $ref} points at: an element of one of the spec's files.
 *
 * @param file the file
 * @param pointer the element's JSON pointer in that file ({@code #} for the whole file)
 * @param node the element
 */
record RefTarget(SpecFile file, JsonPointer pointer, JsonNode node) {
    /** Tells targets apart by file and pointer; the node follows from them. */
    Key key() {
        return new Key(file.path().toString(), pointer);
    }

    /** The identity of a target. */
    record Key(String file, JsonPointer pointer) {}
}
