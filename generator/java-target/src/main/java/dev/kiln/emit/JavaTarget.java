package dev.kiln.emit;

import dev.kiln.ir.Api;
import dev.kiln.ir.TypeModel;
import dev.kiln.language.EmitSettings;
import dev.kiln.language.EmittedSdk;
import dev.kiln.language.GeneratedFile;
import dev.kiln.language.Symbols;
import dev.kiln.language.Target;
import dev.kiln.naming.JavaSymbols;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Kiln's Java target: Java names from {@link JavaSymbols}, and Java 17 sources emitted with JavaPoet. */
public final class JavaTarget implements Target {
    @Override
    public Symbols symbols() {
        return new JavaSymbols();
    }

    @Override
    public EmittedSdk emit(Api api, EmitSettings settings) {
        SdkLayout layout = new SdkLayout(
                settings.basePackage(), api.clientName(), settings.fileComment(), settings.generatorVersion());
        return new EmittedSdk(new SdkEmitter(layout).parts(api), schemaClasses(api, layout));
    }

    @Override
    public List<GeneratedFile> emitTestKit(Api api, EmitSettings settings) {
        SdkLayout layout = new SdkLayout(
                settings.basePackage(), api.clientName(), settings.fileComment(), settings.generatorVersion());
        return new SdkEmitter(layout).emitTestKit(api);
    }

    private static Map<String, String> schemaClasses(Api api, SdkLayout layout) {
        Map<String, String> classes = new LinkedHashMap<>();
        for (TypeModel type : api.types()) {
            Optional<String> schema = type.pointer().componentSchemaName();
            if (schema.isPresent() && !type.id().isNested()) {
                classes.put(schema.get(), layout.model(type.id()).reflectionName());
            }
        }
        return classes;
    }
}
