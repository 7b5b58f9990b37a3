package dev.kiln.spec;

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
    private final Map<String, Origin> byBundledPointer = new HashMap<>();

    Origins(SpecFile root) {
        this.root = root;
    }

    void put(String bundledPointer, SpecFile file, String pointer) {
        byBundledPointer.put(bundledPointer, new Origin(file, pointer));
    }

    /**
     * Finds the file and line of an element of the bundle.
     *
     * @param bundledPointer its pointer in the bundle
     * @return where it is written
     */
    SourceLocation locate(String bundledPointer) {
        String current = bundledPointer;
        while (true) {
            Origin origin = byBundledPointer.get(current);
            if (origin != null) {
                return origin.file().locate(origin.pointer() + bundledPointer.substring(current.length()));
            }
            if (current.equals(JsonPointer.ROOT)) {
                return root.locate(bundledPointer);
            }
            current = JsonPointer.parent(current);
        }
    }

    private record Origin(SpecFile file, String pointer) {}
}
