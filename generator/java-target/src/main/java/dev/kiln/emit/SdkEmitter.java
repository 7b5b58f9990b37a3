package dev.kiln.emit;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.ir.Api;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Service;
import dev.kiln.ir.TypeModel;
import dev.kiln.language.GeneratedFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/** Turns the whole API into the files of an SDK, in a stable order; does no I/O. */
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
     * Emits every file of the SDK.
     *
     * @param api the API
     * @return the files, sorted by path
     */
    public List<GeneratedFile> emit(Api api) {
        JavaTypes javaTypes = new JavaTypes(layout);
        TypeIndex index = new TypeIndex(api);
        TypeEmitter types = new TypeEmitter(layout, javaTypes, index);
        ParamsEmitter params = new ParamsEmitter(layout, javaTypes, types, index);
        ServiceEmitter services = new ServiceEmitter(layout, javaTypes, index);
        ErrorsEmitter errors = new ErrorsEmitter(layout, javaTypes);
        ClientEmitter client = new ClientEmitter(layout, services, errors);

        // Each job emits files no other job touches, from emitters that only read what they were built with, so
        // the jobs run in parallel; the files are sorted by path afterwards, so the result does not depend on it.
        List<Supplier<List<GeneratedFile>>> jobs = new ArrayList<>();
        for (TypeModel model : api.types()) {
            jobs.add(() -> List.of(file(layout.models(), types.emit(model))));
        }
        for (Service service : api.services()) {
            for (Operation operation : service.operations()) {
                if (operation.paramsType().isPresent()) {
                    jobs.add(() -> List.of(file(layout.models(), params.emit(operation))));
                }
            }
            jobs.add(() -> services.emit(service, api.children(service)).stream()
                    .map(type -> file(layout.services(), type))
                    .toList());
        }
        jobs.add(() -> errors.emit(api).stream()
                .map(type -> file(layout.errors(), type))
                .toList());
        jobs.add(() -> List.of(
                file(layout.basePackage(), client.emit(api)), file(layout.basePackage(), client.emitAsync(api))));
        List<GeneratedFile> files = new ArrayList<>(
                jobs.parallelStream().flatMap(job -> job.get().stream()).toList());
        files.addAll(new RuntimeSources(layout).files());
        files.sort(Comparator.comparing(GeneratedFile::relativePath));
        return List.copyOf(files);
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
        // the models and errors are laid out to the line limit; the services and the client not yet
        boolean wrapped = packageName.equals(layout.models()) || packageName.equals(layout.errors());
        return new GeneratedFile(path, wrapped ? SourceLayout.of(text) : text);
    }
}
