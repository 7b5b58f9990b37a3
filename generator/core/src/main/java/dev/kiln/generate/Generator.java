package dev.kiln.generate;

import dev.kiln.ir.Api;
import dev.kiln.language.EmitSettings;
import dev.kiln.language.EmittedSdk;
import dev.kiln.language.GeneratedFile;
import dev.kiln.language.Target;
import dev.kiln.lifecycle.ApiSnapshot;
import dev.kiln.link.Linker;
import dev.kiln.spec.LoadedSpec;
import dev.kiln.spec.SpecLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Kiln's pipeline: load the spec (swagger-parser), link it into the IR with the target's names, and let the target
 * emit the SDK's files. Nothing is written to disk here; a spec with errors fails with
 * {@link dev.kiln.problems.SpecException} before anything is emitted.
 */
public final class Generator {
    private final Target target;

    /**
     * Creates the pipeline of a target.
     *
     * @param target the language to generate in
     */
    public Generator(Target target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    /**
     * Generates an SDK in memory.
     *
     * @param request what to generate
     * @return the files and any warnings
     * @throws dev.kiln.problems.SpecException when the spec is missing, malformed or has errors
     */
    public GenerationResult generate(GenerationRequest request) {
        LinkedSpec linked = link(request);
        EmittedSdk sdk = emit(linked.api(), request);
        return new GenerationResult(
                sdk.files(),
                linked.warnings(),
                sdk.schemaTypes(),
                linked.api(),
                request.testKit() ? emitTestKit(linked.api(), request) : List.of());
    }

    /**
     * Loads and links a spec for a generation, keeping what emitting and the lifecycle need and dropping the parsed
     * document.
     *
     * @param request what to generate
     * @return the linked API, its snapshot, the spec's warnings and the texts of its files
     * @throws dev.kiln.problems.SpecException when the spec is missing, malformed or has errors
     */
    LinkedSpec link(GenerationRequest request) {
        LoadedSpec spec = new SpecLoader(request.specSettings()).load(request.spec(), request.specDisplayName());
        String clientName = request.clientName().orElseGet(() -> derivedClientName(spec));
        Api linked = new Linker(target.symbols())
                .link(
                        spec,
                        clientName,
                        request.maxDroppedPercent(),
                        request.operations(),
                        request.pagination(),
                        request.mappings(),
                        request.names());
        Api api = request.idempotencyHeader().map(linked::withIdempotencyHeader).orElse(linked);
        Map<Path, String> texts = new LinkedHashMap<>();
        spec.files().forEach(file -> texts.put(file.path(), file.text()));
        return new LinkedSpec(api, ApiSnapshot.of(api), spec.problems().warnings(), texts);
    }

    /**
     * The SDK's files, each emitted when asked.
     *
     * @param api the linked API
     * @param request what to generate
     * @return the SDK
     */
    EmittedSdk emit(Api api, GenerationRequest request) {
        return target.emit(api, settings(request));
    }

    /**
     * The files of the SDK's test kit.
     *
     * @param api the linked API
     * @param request what to generate
     * @return the test kit's files
     */
    List<GeneratedFile> emitTestKit(Api api, GenerationRequest request) {
        return target.emitTestKit(api, settings(request));
    }

    private static EmitSettings settings(GenerationRequest request) {
        return new EmitSettings(request.basePackage(), fileComment(request), KilnVersion.get());
    }

    /**
     * Loads and links a spec without emitting anything: the API as the next generation would see it.
     *
     * @param spec the spec file
     * @param specDisplayName how to name the spec in messages
     * @return the linked API, its client named from the spec's title
     * @throws dev.kiln.problems.SpecException when the spec is missing, malformed or has errors
     */
    public Api api(Path spec, String specDisplayName) {
        LoadedSpec loaded = new SpecLoader().load(spec, specDisplayName);
        return new Linker(target.symbols()).link(loaded, derivedClientName(loaded));
    }

    /**
     * Loads and links a spec without emitting anything, and takes the snapshot its change report compares.
     *
     * @param spec the spec file
     * @param specDisplayName how to name the spec in messages
     * @return the API as the next generation's callers would see it
     * @throws dev.kiln.problems.SpecException when the spec is missing, malformed or has errors
     */
    public ApiSnapshot snapshot(Path spec, String specDisplayName) {
        return ApiSnapshot.of(api(spec, specDisplayName));
    }

    private String derivedClientName(LoadedSpec spec) {
        return target.symbols().clientName(spec.title());
    }

    private static String fileComment(GenerationRequest request) {
        String specName = request.spec().getFileName().toString();
        return "Generated by Kiln from " + specName + ". Do not edit: change the spec and regenerate.";
    }
}
