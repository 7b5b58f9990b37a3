package dev.kiln.emit;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.ir.Api;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Service;
import dev.kiln.ir.TypeModel;
import dev.kiln.language.EmittedSdk;
import dev.kiln.language.GeneratedFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns the whole API into the parts of an SDK, each emitted when asked, in a stable order; does no I/O. */
public final class SdkEmitter {
    private static final String INDENT = "    ";

    private final SdkLayout layout;

    /**
     * Creates the emitter.
     *
     * @param layout where each kind of class goes
     */
    public SdkEmitter(SdkLayout layout) {
        this.layout = layout;
    }

    /**
     * The SDK's parts, each emitted when asked: a model type, the parameters several operations share, an
     * operation's parameters, a service with its types, the exceptions, the client, and the shipped runtime. Each
     * reads only what the emitters were built with, so parts are emitted in parallel; they are listed in a fixed
     * order, so the files are handed over in that order.
     *
     * @param api the API
     * @return the parts
     */
    public List<EmittedSdk.Part> parts(Api api) {
        JavaTypes javaTypes = new JavaTypes(layout);
        TypeIndex index = new TypeIndex(api);
        TypeEmitter types = new TypeEmitter(layout, javaTypes, index);
        ParamsEmitter params = new ParamsEmitter(layout, javaTypes, types, index);
        ServiceEmitter services = new ServiceEmitter(layout, javaTypes, index);
        ErrorsEmitter errors = new ErrorsEmitter(layout, javaTypes);
        ClientEmitter client = new ClientEmitter(layout, services, errors);
        SharedParams shared = SharedParams.of(api, layout.names());

        List<EmittedSdk.Part> parts = new ArrayList<>();
        for (TypeModel model : api.types()) {
            parts.add(() -> List.of(file(layout.models(), types.emit(model))));
        }
        for (SharedParams.Base base : shared.bases()) {
            parts.add(() -> List.of(file(layout.models(), params.emitShared(base))));
        }
        for (Service service : api.services()) {
            for (Operation operation : service.operations()) {
                if (operation.paramsType().isPresent()) {
                    parts.add(() -> List.of(file(layout.models(), params.emit(operation, shared.of(operation)))));
                }
            }
            parts.add(() -> services.emit(service, api.children(service)).stream()
                    .map(type -> file(layout.services(), type))
                    .toList());
        }
        parts.add(() -> errors.emit(api).stream()
                .map(type -> file(layout.errors(), type))
                .toList());
        parts.add(() -> List.of(
                file(layout.basePackage(), client.emit(api)), file(layout.basePackage(), client.emitAsync(api))));
        parts.add(() -> new RuntimeSources(layout).files());
        return parts;
    }

    /**
     * Emits the files of the SDK's test kit, which its users compile with their tests: the fixed part shipped as
     * source, and the class naming each operation with the spec's examples.
     *
     * @param api the API
     * @return the files, sorted by path
     */
    public List<GeneratedFile> emitTestKit(Api api) {
        List<GeneratedFile> files = new ArrayList<>(new RuntimeSources(layout).testKitFiles());
        files.add(file(layout.names().testing(), new TestKitEmitter(layout).emit(api)));
        files.sort(Comparator.comparing(GeneratedFile::relativePath));
        return List.copyOf(files);
    }

    private GeneratedFile file(String packageName, TypeSpec type) {
        JavaFile javaFile = JavaFile.builder(packageName, type)
                .addFileComment("$L", layout.fileComment())
                .indent(INDENT)
                .skipJavaLangImports(true)
                .build();
        String path = packageName.replace('.', '/') + "/" + type.name() + ".java";
        String text = javaFile.toString();
        // the models and errors are laid out to the line limit; the services and the client not yet, but for their
        // comments of one short line
        boolean wrapped = packageName.equals(layout.models()) || packageName.equals(layout.errors());
        return new GeneratedFile(path, wrapped ? SourceLayout.of(text) : SourceLayout.oneLineComments(text));
    }
}
