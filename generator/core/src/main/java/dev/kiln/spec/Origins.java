package dev.kiln.spec;

import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.SourceLocation;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each part of a bundled document was written. The root file's elements keep their pointers; an element put
 * in place of a {@code $ref}, or gathered into {@code components/schemas}, is remembered by the pointer it has in
 * the bundle and the file and pointer it came from.
 */
final class Origins {
    private final SpecFile root;
    private final Map<JsonPointer, Origin> byBundledPointer = new HashMap<>();

    Origins(SpecFile root) {
        this.root = root;
    }

    void put(JsonPointer bundledPointer, SpecFile file, JsonPointer pointer) {
        byBundledPointer.put(bundledPointer, new Origin(file, pointer));
    }

    /**
     * Finds the file and line of an element of the bundle.
     *
     * @param bundledPointer its pointer in the bundle
     * @return where it is written
     */
    SourceLocation locate(JsonPointer bundledPointer) {
        JsonPointer current = bundledPointer;
        while (true) {
            Origin origin = byBundledPointer.get(current);
            if (origin != null) {
                return origin.file().locate(bundledPointer.movedFrom(current, origin.pointer()));
            }
            if (current.isRoot()) {
                return root.locate(bundledPointer);
            }
            current = current.parent();
        }
    }

    private record Origin(SpecFile file, JsonPointer pointer) {}
}
