package dev.kiln.language;

import dev.kiln.ir.Api;
import dev.kiln.ir.EnumModel;
import dev.kiln.ir.InterfaceModel;
import dev.kiln.ir.ObjectModel;
import dev.kiln.ir.Property;
import dev.kiln.ir.TypeModel;
import dev.kiln.ir.TypeRef;
import dev.kiln.ir.UnionModel;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A target for the core's tests: it names with {@link PlainSymbols} and writes one small text file per top-level
 * type, {@code <base package as folders>/models/<Type>.java}, listing what the type holds, so a change to a type
 * changes exactly its file.
 */
public final class PlainTarget implements Target {

    @Override
    public Symbols symbols() {
        return new PlainSymbols();
    }

    @Override
    public EmittedSdk emit(Api api, EmitSettings settings) {
        String folder = settings.basePackage().replace('.', '/') + "/models/";
        List<GeneratedFile> files = api.types().stream()
                .map(type -> new GeneratedFile(
                        folder + type.id().simpleName() + ".java", settings.fileComment() + "\n" + describe(type)))
                .sorted(Comparator.comparing(GeneratedFile::relativePath))
                .toList();
        return EmittedSdk.of(files, Map.of());
    }

    private static String describe(TypeModel type) {
        StringBuilder text =
                new StringBuilder(kind(type)).append(' ').append(type.id()).append('\n');
        properties(type)
                .forEach(property -> text.append("  ")
                        .append(property.jsonName())
                        .append(": ")
                        .append(describe(property.type()))
                        .append('\n'));
        if (type instanceof EnumModel enumModel) {
            enumModel
                    .constants()
                    .forEach(constant -> text.append("  ")
                            .append(constant.wireValue().json())
                            .append('\n'));
        }
        if (type instanceof UnionModel union) {
            union.variants()
                    .forEach(variant ->
                            text.append("  | ").append(describe(variant.type())).append('\n'));
        }
        type.nested().forEach(nested -> text.append(describe(nested)));
        return text.toString();
    }

    private static String kind(TypeModel type) {
        if (type instanceof ObjectModel) {
            return "object";
        }
        if (type instanceof InterfaceModel) {
            return "interface";
        }
        return type instanceof EnumModel ? "enum" : "union";
    }

    private static List<Property> properties(TypeModel type) {
        if (type instanceof ObjectModel object) {
            return object.properties();
        }
        return type instanceof InterfaceModel shared ? shared.properties() : List.of();
    }

    private static String describe(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return scalar.kind().name();
        }
        if (type instanceof TypeRef.Named named) {
            return named.id().toString();
        }
        if (type instanceof TypeRef.ListOf list) {
            return "list<" + describe(list.element()) + ">";
        }
        if (type instanceof TypeRef.MapOf map) {
            return "map<" + describe(map.value()) + ">";
        }
        return "json";
    }
}
