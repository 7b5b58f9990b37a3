package dev.kiln.language;

import dev.kiln.ir.Api;
import java.util.List;

/**
 * A language Kiln generates an SDK in. The core links a spec into the IR with the target's {@link #symbols()},
 * so every name the IR carries is one the target chose, and the target turns the linked API into files.
 */
public interface Target {

    /**
     * Returns the symbol table that names what the linker makes.
     *
     * @return a fresh symbol table
     */
    Symbols symbols();

    /**
     * Turns the API into the SDK's parts, each emitted when asked (so the core can write each file as soon as it is
     * emitted). Does no I/O; the same API and settings give the same files.
     *
     * @param api the linked API
     * @param settings where the files go and what they say about themselves
     * @return the parts and the type each component schema became
     */
    EmittedSdk emit(Api api, EmitSettings settings);

    /**
     * Turns the API into the files of the SDK's test kit, which its users compile with their tests (a fake transport,
     * record and replay, the spec's examples as answers). Does no I/O. A target without one gives none.
     *
     * @param api the linked API
     * @param settings where the files go and what they say about themselves
     * @return the test kit's files, sorted by path
     */
    default List<GeneratedFile> emitTestKit(Api api, EmitSettings settings) {
        return List.of();
    }
}
