package dev.kiln.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.ir.TypeModel;
import dev.kiln.ir.UnionModel;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits a union as a sealed interface with a record per variant and an {@code Unknown} record for anything
 * else. Reading picks the variant by the discriminator's value when the spec gives one; otherwise, and when the
 * value is missing, it picks the first variant in spec order whose type reads the JSON completely (decodes and
 * validates); JSON that fits none is kept as {@code Unknown}. Writing gives back exactly what was read.
 */
final class UnionEmitter {
    private final SdkLayout layout;
    private final JavaTypes javaTypes;
    private final TypeEmitter types;
    private final TypeIndex index;

    UnionEmitter(SdkLayout layout, JavaTypes javaTypes, TypeEmitter types, TypeIndex index) {
        this.layout = layout;
        this.javaTypes = javaTypes;
        this.types = types;
        this.index = index;
    }

    TypeSpec emit(UnionModel model) {
        ClassName self = layout.model(model.id());
        ClassName unknown = self.nestedClass(model.unknownName());
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(self)
                .addJavadoc(Javadoc.of(model.docs(), "One of several shapes."))
                .addJavadoc("\n<p>One record per variant, and {@link $L} for JSON that fits none of them, so a value a newer "
                        + "server sends still parses and is written back unchanged. $L\n", model.unknownName(), rule(model))
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addSuperinterface(layout.core("JsonModel"));
        if (model.docs().deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        if (model.variants().stream().anyMatch(variant -> index.mentionsDeprecated(variant.type()))) {
            type.addAnnotation(Annotations.SUPPRESS_DEPRECATION);
        }
        type.addMethod(MethodSpec.methodBuilder("validate")
                .addJavadoc("{@return this value, once the variant's value is checked completely}\n@throws $T when a required field is absent\n",
                        layout.core("JsonDataException"))
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(self)
                .build());
        type.addMethod(MethodSpec.methodBuilder("codec")
                .addJavadoc("{@return the codec that reads and writes {@code $L}}\n", self.simpleName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(layout.core("Codec"), self))
                .addStatement("return $T.object($T::decode, $T::toJsonNode, $T::validate)", layout.core("Codecs"), self, self, self)
                .build());
        type.addMethod(MethodSpec.methodBuilder("fromJson")
                .addJavadoc("{@return the {@code $L} the JSON text holds}\n@param json the JSON text\n", self.simpleName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(String.class, "json")
                .addStatement("return decode($T.parse(json), $T.ROOT)", layout.core("Json"), layout.core("JsonPaths"))
                .build());
        type.addMethod(decode(model, self, unknown));
        for (UnionModel.Variant variant : model.variants()) {
            type.addType(variant(self, variant));
        }
        type.addType(unknownRecord(self, unknown));
        for (TypeModel inner : model.nested()) {
            type.addType(types.emitNested(inner));
        }
        return type.build();
    }

    private static String rule(UnionModel model) {
        if (model.discriminator().isPresent() && model.variants().stream().anyMatch(v -> !v.tags().isEmpty())) {
            return "The variant is chosen by {@code " + Javadoc.sanitize(model.discriminator().get())
                    + "}; without it, the first variant in spec order that reads the JSON completely.";
        }
        return "The variant is the first, in spec order, that reads the JSON completely (all required fields present, "
                + "literals matching).";
    }

    private MethodSpec decode(UnionModel model, ClassName self, ClassName unknown) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("decode")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(self)
                .addParameter(JavaTypes.JSON_NODE, "json")
                .addParameter(String.class, "path");
        boolean tagged = model.discriminator().isPresent() && model.variants().stream().anyMatch(v -> !v.tags().isEmpty());
        if (tagged) {
            method.addStatement("$T tag = json.isObject() ? json.get($S) : null", JavaTypes.JSON_NODE, model.discriminator().get());
            method.beginControlFlow("if (tag != null && tag.isTextual())").beginControlFlow("switch (tag.textValue())");
            for (UnionModel.Variant variant : model.variants()) {
                if (variant.tags().isEmpty()) {
                    continue;
                }
                for (String tag : variant.tags()) {
                    method.addCode("case $S:\n", tag);
                }
                method.addStatement("$>return new $T($L.decode(json, path))$<", self.nestedClass(variant.javaName()), javaTypes.codec(variant.type()));
            }
            method.addCode("default:\n").addStatement("$>return new $T(json)$<", unknown);
            method.endControlFlow().endControlFlow();
        }
        for (UnionModel.Variant variant : model.variants()) {
            String local = "as" + variant.javaName();
            method.addStatement("$T<$T> $N = $T.attempt($L, json, path)", Optional.class, javaTypes.boxed(variant.type()), local,
                    layout.core("Codecs"), javaTypes.codec(variant.type()));
            method.beginControlFlow("if ($N.isPresent())", local)
                    .addStatement("return new $T($N.get())", self.nestedClass(variant.javaName()), local)
                    .endControlFlow();
        }
        return method.addStatement("return new $T(json)", unknown).build();
    }

    private TypeSpec variant(ClassName self, UnionModel.Variant variant) {
        ClassName name = self.nestedClass(variant.javaName());
        TypeName valueType = javaTypes.boxed(variant.type());
        return TypeSpec.recordBuilder(name)
                .addJavadoc("The variant holding a {@code $L}$L.\n\n@param value the value\n",
                        Javadoc.sanitize(valueType.toString().replaceAll("[a-z0-9_.]+\\.", "")),
                        variant.tags().isEmpty() ? "" : ", tagged " + String.join(", ", variant.tags().stream().map(t -> "{@code " + Javadoc.sanitize(t) + "}").toList()))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(self)
                .recordConstructor(MethodSpec.compactConstructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(ParameterSpec.builder(valueType, "value").build())
                        .addStatement("$T.requireNonNull(value, $S)", java.util.Objects.class, "value")
                        .build())
                .addMethod(MethodSpec.methodBuilder("validate")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(name)
                        .addStatement("$L.validate(value)", javaTypes.codec(variant.type()))
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder("toJsonNode")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(JavaTypes.JSON_NODE)
                        .addStatement("return $L.encode(value)", javaTypes.codec(variant.type()))
                        .build())
                .build();
    }

    private TypeSpec unknownRecord(ClassName self, ClassName unknown) {
        return TypeSpec.recordBuilder(unknown)
                .addJavadoc("JSON that fits none of the variants this SDK knows, kept as it was sent.\n\n@param json the JSON\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(self)
                .recordConstructor(MethodSpec.compactConstructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(ParameterSpec.builder(JavaTypes.JSON_NODE, "json").build())
                        .addStatement("$T.requireNonNull(json, $S)", java.util.Objects.class, "json")
                        .build())
                .addMethod(MethodSpec.methodBuilder("validate")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(unknown)
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder("toJsonNode")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(JavaTypes.JSON_NODE)
                        .addStatement("return json")
                        .build())
                .build();
    }

}
