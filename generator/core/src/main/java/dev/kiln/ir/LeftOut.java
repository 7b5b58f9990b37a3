package dev.kiln.ir;

import java.util.List;

/**
 * What the operation selection left out of the spec.
 *
 * @param operations the operation ids (or method and path) of the operations not generated, in spec order
 * @param types the top-level types no generated operation reaches, in spec order
 */
public record LeftOut(List<String> operations, List<String> types) {
    /** Nothing left out: every operation is generated. */
    public static final LeftOut NOTHING = new LeftOut(List.of(), List.of());

    public LeftOut {
        operations = List.copyOf(operations);
        types = List.copyOf(types);
    }

    /** Tells whether anything was left out. */
    public boolean isEmpty() {
        return operations.isEmpty() && types.isEmpty();
    }
}
