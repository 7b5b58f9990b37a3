package dev.kiln.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.kiln.ir.TypeModel;
import dev.kiln.ir.UnionModel;
import dev.kiln.naming.MemberNames;
import dev.kiln.naming.ReservedNames;
import dev.kiln.runtime.core.Codec;
import dev.kiln.runtime.core.Codecs;
import dev.kiln.runtime.core.Json;
import dev.kiln.runtime.core.JsonDataException;
import dev.kiln.runtime.core.JsonModel;
import dev.kiln.runtime.core.JsonPaths;
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
        TypeSpec.Builder type = Javadoc.documented(
                        TypeSpec.interfaceBuilder(self), model.docs(), "One of several shapes.")
                .addJavadoc(tag(model))
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addSuperinterface(layout.runtime(JsonModel.class));
        if (model.variants().stream().anyMatch(variant -> index.mentionsDeprecated(variant.type()))) {
            type.addAnnotation(Annotations.SUPPRESS_DEPRECATION);
        }
        type.addMethod(MethodSpec.methodBuilder(ReservedNames.VALIDATE)
                .addJavadoc(
                        "{@return this value, once the variant's value is checked completely}\n@throws $T when a required field is absent or a "
                                + "field holds a value of another type\n",
                        layout.runtime(JsonDataException.class))
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(self)
                .build());
        type.addMethod(MethodSpec.methodBuilder(ReservedNames.CODEC)
                .addJavadoc("{@return the codec that reads and writes {@code $L}}\n", self.simpleName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(layout.runtime(Codec.class), self))
                .addStatement(
                        "return $T.object($T::decode, $T::toJsonNode, $T::validate)",
                        layout.runtime(Codecs.class),
                        self,
                        self,
                        self)
                .build());
        type.addMethod(MethodSpec.methodBuilder(ReservedNames.FROM_JSON)
                .addJavadoc(
                        "{@return the {@code $L} the JSON text holds}\n@param json the JSON text\n", self.simpleName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(String.class, "json")
                .addStatement(
                        "return decode($T.parse(json), $T.ROOT)",
                        layout.runtime(Json.class),
                        layout.runtime(JsonPaths.class))
                .build());
        type.addMethod(decode(model, self, unknown));
        UnionMemberNames names = UnionMemberNames.of(model);
        TypeVariableName result = TypeVariableName.get(names.resultVariable());
        ClassName visitor = self.nestedClass(names.visitorType());
        for (int i = 0; i < model.variants().size(); i++) {
            UnionModel.Variant variant = model.variants().get(i);
            type.addMethods(readers(self, variant, names.variants().get(i)));
        }
        type.addMethod(MethodSpec.methodBuilder(ReservedNames.ACCEPT)
                .addJavadoc(
                        "{@return what the visitor's method for this value's variant returns, or its {@code unknown} "
                                + "method for JSON that fits none}\n@param visitor the visitor\n@param <$L> what the visitor "
                                + "returns\n",
                        result)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addTypeVariable(result)
                .returns(result)
                .addParameter(ParameterizedTypeName.get(visitor, result), "visitor")
                .build());
        type.addType(visitorType(model, self, visitor, result, names));
        for (int i = 0; i < model.variants().size(); i++) {
            UnionModel.Variant variant = model.variants().get(i);
            type.addType(variant(
                    self, variant, visitor, result, names.variants().get(i).visit()));
        }
        type.addType(unknownRecord(self, unknown, visitor, result));
        for (TypeModel inner : model.nested()) {
            type.addType(types.emitNested(inner));
        }
        return type.build();
    }

    /**
     * Names the member whose value picks the variant, when the spec gives one; how a variant is picked otherwise is the
     * same for every union, so the SDK guide says it.
     */
    private static CodeBlock tag(UnionModel model) {
        if (model.discriminator().isPresent()
                && model.variants().stream().anyMatch(v -> !v.tags().isEmpty())) {
            return CodeBlock.of(
                    "\n<p>The variant is chosen by $L.\n",
                    Javadoc.code(model.discriminator().get()));
        }
        return CodeBlock.of("");
    }

    private MethodSpec decode(UnionModel model, ClassName self, ClassName unknown) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(ReservedNames.DECODE)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(self)
                .addParameter(JavaTypes.JSON_NODE, "json")
                .addParameter(String.class, "path");
        boolean tagged = model.discriminator().isPresent()
                && model.variants().stream().anyMatch(v -> !v.tags().isEmpty());
        if (tagged) {
            method.addStatement(
                    "$T tag = json.isObject() ? json.get($S) : null",
                    JavaTypes.JSON_NODE,
                    model.discriminator().get());
            method.beginControlFlow("if (tag != null && tag.isTextual())").beginControlFlow("switch (tag.textValue())");
            for (UnionModel.Variant variant : model.variants()) {
                if (variant.tags().isEmpty()) {
                    continue;
                }
                for (String tag : variant.tags()) {
                    method.addCode("case $S:\n", tag);
                }
                method.addStatement(
                        "$>return new $T($L.decode(json, path))$<",
                        self.nestedClass(variant.name()),
                        javaTypes.codec(variant.type()));
            }
            method.addCode("default:\n").addStatement("$>return new $T(json)$<", unknown);
            method.endControlFlow().endControlFlow();
        }
        for (UnionModel.Variant variant : model.variants()) {
            String local = MemberNames.variantAttemptName(variant.name());
            method.addStatement(
                    "var $N = $T.attempt($L, json, path)",
                    local,
                    layout.runtime(Codecs.class),
                    javaTypes.codec(variant.type()));
            method.beginControlFlow("if ($N.isPresent())", local)
                    .addStatement("return new $T($N.get())", self.nestedClass(variant.name()), local)
                    .endControlFlow();
        }
        return method.addStatement("return new $T(json)", unknown).build();
    }

    /**
     * A variant's static factory, its test and its accessor: {@code ofString(value)}, {@code isString()} and
     * {@code string()}, each one line, so that nobody writes {@code new OfString(...)} and Java 17 code reads a union
     * without an {@code instanceof} chain.
     */
    private List<MethodSpec> readers(ClassName self, UnionModel.Variant variant, UnionMemberNames.Variant names) {
        ClassName record = self.nestedClass(variant.name());
        TypeName valueType = javaTypes.boxed(variant.type());
        String shape = shape(valueType);
        MethodSpec factory = MethodSpec.methodBuilder(names.factory())
                .addJavadoc(
                        "{@return the {@link $N} variant holding {@code value}}\n@param value the {@code $L}\n",
                        variant.name(),
                        shape)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(javaTypes.unboxed(variant.type()), "value")
                .addStatement("return new $T(value)", record)
                .build();
        MethodSpec test = MethodSpec.methodBuilder(names.test())
                .addJavadoc("{@return whether this is the {@link $N} variant}\n", variant.name())
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(boolean.class)
                .addStatement("return this instanceof $T", record)
                .build();
        MethodSpec accessor = MethodSpec.methodBuilder(names.accessor())
                .addJavadoc(
                        "{@return the {@code $L} of the {@link $N} variant, or empty when this is another variant}\n",
                        shape,
                        variant.name())
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), valueType))
                .addStatement(
                        "return this instanceof $T variant ? $T.of(variant.value()) : $T.empty()",
                        record,
                        Optional.class,
                        Optional.class)
                .build();
        return List.of(factory, test, accessor);
    }

    /**
     * The visitor: a method per variant, and {@code unknown} for JSON that fits none, which fails by default with a
     * message saying so, so a visitor need not handle a variant this SDK does not know yet.
     */
    private TypeSpec visitorType(
            UnionModel model, ClassName self, ClassName visitor, TypeVariableName result, UnionMemberNames names) {
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(visitor)
                .addJavadoc(
                        "Reads $L {@code $L} by its variant, with {@link $T#accept}.\n@param <$L> what the visitor returns\n",
                        Javadoc.article(self.simpleName()),
                        self.simpleName(),
                        self,
                        result)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addTypeVariable(result);
        for (int i = 0; i < model.variants().size(); i++) {
            UnionModel.Variant variant = model.variants().get(i);
            MethodSpec.Builder visit = MethodSpec.methodBuilder(
                            names.variants().get(i).visit())
                    .addJavadoc(
                            "{@return the result for the {@link $T.$N} variant}\n@param value its value\n",
                            self,
                            variant.name())
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(result)
                    .addParameter(javaTypes.boxed(variant.type()), "value");
            type.addMethod(visit.build());
        }
        type.addMethod(MethodSpec.methodBuilder(ReservedNames.UNKNOWN)
                .addJavadoc(
                        "{@return the result for JSON that fits none of the variants this SDK knows}\n"
                                + "@param json the JSON\n@throws $T unless overridden\n",
                        layout.runtime(JsonDataException.class))
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(result)
                .addParameter(JavaTypes.JSON_NODE, "json")
                .addStatement(
                        "throw $T.unknownVariant($S, json)", layout.runtime(JsonDataException.class), self.simpleName())
                .build());
        return type.build();
    }

    /** A type as its Javadoc names it: simple names, {@code List<Pet>}. */
    private static String shape(TypeName type) {
        return Javadoc.sanitize(type.toString().replaceAll("[a-z0-9_.]+\\.", ""));
    }

    private static MethodSpec acceptCalling(TypeVariableName result, ClassName visitor, CodeBlock call) {
        return MethodSpec.methodBuilder(ReservedNames.ACCEPT)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addTypeVariable(result)
                .returns(result)
                .addParameter(ParameterizedTypeName.get(visitor, result), "visitor")
                .addStatement("return $L", call)
                .build();
    }

    private TypeSpec variant(
            ClassName self, UnionModel.Variant variant, ClassName visitor, TypeVariableName result, String visit) {
        ClassName name = self.nestedClass(variant.name());
        TypeName valueType = javaTypes.boxed(variant.type());
        return TypeSpec.recordBuilder(name)
                .addJavadoc(
                        "The variant holding $L {@code $L}$L.\n@param value the value\n",
                        Javadoc.article(shape(valueType)),
                        shape(valueType),
                        variant.tags().isEmpty()
                                ? ""
                                : ", tagged "
                                        + String.join(
                                                ", ",
                                                variant.tags().stream()
                                                        .map(t -> "{@code " + Javadoc.sanitize(t) + "}")
                                                        .toList()))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(self)
                .recordConstructor(MethodSpec.compactConstructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(ParameterSpec.builder(valueType, "value").build())
                        .addStatement("$T.requireNonNull(value, $S)", java.util.Objects.class, "value")
                        .build())
                .addMethod(MethodSpec.methodBuilder(ReservedNames.VALIDATE)
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(name)
                        .addStatement("$L.validate(value)", javaTypes.codec(variant.type()))
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder(ReservedNames.TO_JSON_NODE)
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(JavaTypes.JSON_NODE)
                        .addStatement("return $L.encode(value)", javaTypes.codec(variant.type()))
                        .build())
                .addMethod(acceptCalling(result, visitor, CodeBlock.of("visitor.$N(value)", visit)))
                .build();
    }

    private TypeSpec unknownRecord(ClassName self, ClassName unknown, ClassName visitor, TypeVariableName result) {
        return TypeSpec.recordBuilder(unknown)
                .addJavadoc(
                        "JSON that fits none of the variants this SDK knows, kept as it was sent.\n@param json the JSON\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(self)
                .recordConstructor(MethodSpec.compactConstructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(ParameterSpec.builder(JavaTypes.JSON_NODE, "json")
                                .build())
                        .addStatement("$T.requireNonNull(json, $S)", java.util.Objects.class, "json")
                        .build())
                .addMethod(MethodSpec.methodBuilder(ReservedNames.VALIDATE)
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(unknown)
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder(ReservedNames.TO_JSON_NODE)
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(JavaTypes.JSON_NODE)
                        .addStatement("return json")
                        .build())
                .addMethod(acceptCalling(result, visitor, CodeBlock.of("visitor.unknown(json)")))
                .build();
    }
}
