package dev.kiln.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.ir.EnumModel;
import dev.kiln.ir.EnumModel.EnumConstant;
import dev.kiln.ir.WireValue;
import dev.kiln.runtime.core.Codec;
import dev.kiln.runtime.core.Codecs;
import dev.kiln.runtime.core.Json;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits enums. A literal is a Java enum of one constant whose codec rejects any other value. Any other enum is
 * open: a final class with a constant per known value, a {@link Enum} view for {@code switch}, and instances for
 * values the spec does not know, which keep their wire value.
 */
final class EnumEmitter {
    private final SdkLayout layout;

    EnumEmitter(SdkLayout layout) {
        this.layout = layout;
    }

    TypeSpec emit(EnumModel model) {
        return model.literal() ? literal(model) : open(model);
    }

    private TypeSpec literal(EnumModel model) {
        ClassName self = layout.model(model.id());
        EnumConstant constant = model.constants().get(0);
        TypeSpec.Builder type = TypeSpec.enumBuilder(self)
                .addJavadoc(Javadoc.of(
                        model.docs(),
                        "The literal {@code "
                                + Javadoc.sanitize(constant.wireValue().json()) + "}."))
                .addJavadoc(
                        "\n<p>Always {@code $L}: builders fill it in; another value read from JSON is kept as sent, and reading its field "
                                + "throws.\n",
                        Javadoc.sanitize(constant.wireValue().json()))
                .addModifiers(Modifier.PUBLIC)
                .addEnumConstant(
                        constant.javaName(),
                        TypeSpec.anonymousClassBuilder("")
                                .addJavadoc(constantDoc(constant))
                                .build());
        type.addField(FieldSpec.builder(
                        ParameterizedTypeName.get(layout.runtime(Codec.class), self),
                        "CODEC",
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .initializer(
                        "$T.literal($L, $N)",
                        layout.runtime(Codecs.class),
                        wireNode(constant.wireValue()),
                        constant.javaName())
                .build());
        type.addMethod(MethodSpec.methodBuilder("codec")
                .addJavadoc("{@return the codec that reads and writes this literal}\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(layout.runtime(Codec.class), self))
                .addStatement("return CODEC")
                .build());
        type.addMethod(MethodSpec.methodBuilder("asString")
                .addJavadoc("{@return the value as sent on the wire}\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $S", constant.wireValue().text())
                .build());
        type.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return asString()")
                .build());
        return type.build();
    }

    private TypeSpec open(EnumModel model) {
        ClassName self = layout.model(model.id());
        ClassName known = layout.names().knownValues(self);
        TypeName wire = wireJavaType(model.wireType());
        String accessor = layout.names().wireValueAccessor(model.wireType());
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc(Javadoc.of(
                        model.docs(), "The values of {@code " + model.id().simpleName() + "}."))
                .addJavadoc("\n<p>Open: a value this SDK does not know yet still parses, keeps its wire value, and is "
                        + "written back unchanged; {@link #value()} gives an enum to {@code switch} on.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        if (model.docs().deprecated()) {
            type.addAnnotation(Deprecated.class);
        }

        TypeSpec.Builder values = TypeSpec.enumBuilder(known)
                .addJavadoc("The known values of {@code $L}, and {@code _UNKNOWN} for any other.\n", self.simpleName())
                .addModifiers(Modifier.PUBLIC);
        CodeBlock.Builder constants = CodeBlock.builder();
        String separator = "";
        for (EnumConstant constant : model.constants()) {
            values.addEnumConstant(
                    constant.javaName(),
                    TypeSpec.anonymousClassBuilder("")
                            .addJavadoc(constantDoc(constant))
                            .build());
            type.addField(FieldSpec.builder(self, constant.javaName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc(constantDoc(constant))
                    .initializer(
                            "new $T($L, $T.$N)", self, wireLiteral(constant.wireValue()), known, constant.javaName())
                    .build());
            constants.add("$L\n$N", separator, constant.javaName());
            separator = ",";
        }
        values.addEnumConstant(
                "_UNKNOWN",
                TypeSpec.anonymousClassBuilder("")
                        .addJavadoc("A value this SDK does not know.\n")
                        .build());

        TypeName key = model.wireType() == EnumModel.WireType.NUMBER ? ClassName.get(String.class) : wire;
        type.addField(FieldSpec.builder(
                        ParameterizedTypeName.get(ClassName.get(Map.class), key, self),
                        "KNOWN",
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .initializer("new $T<>()", HashMap.class)
                .build());
        type.addStaticBlock(knownIndex(model.wireType(), self, constants.build()));
        type.addField(FieldSpec.builder(
                        ParameterizedTypeName.get(layout.runtime(Codec.class), self),
                        "CODEC",
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .initializer(
                        "$T.$L.map($Z$T::of,$W$T::$N)",
                        layout.runtime(Codecs.class),
                        layout.names().wireCodec(model.wireType()),
                        self,
                        self,
                        accessor)
                .build());
        type.addField(wire, "wireValue", Modifier.PRIVATE, Modifier.FINAL);
        type.addField(known, "value", Modifier.PRIVATE, Modifier.FINAL);

        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(wire, "wireValue")
                .addParameter(known, "value")
                .addStatement("this.wireValue = wireValue")
                .addStatement("this.value = value")
                .build());
        type.addMethod(MethodSpec.methodBuilder("of")
                .addJavadoc("{@return the constant for a known value, or a new instance that keeps an unknown one}\n"
                        + "@param wireValue the value as sent on the wire\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(wire, "wireValue")
                .addStatement(
                        "$T known = KNOWN.get($L)",
                        self,
                        normalized(
                                model.wireType(),
                                CodeBlock.of("$T.requireNonNull(wireValue, $S)", Objects.class, "wireValue")))
                .addStatement("return known != null ? known : new $T(wireValue, $T._UNKNOWN)", self, known)
                .build());
        type.addMethod(MethodSpec.methodBuilder(accessor)
                .addJavadoc("{@return the value as sent on the wire}\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(wire)
                .addStatement("return wireValue")
                .build());
        type.addMethod(MethodSpec.methodBuilder("value")
                .addJavadoc("{@return the known value, or {@link Value#_UNKNOWN}, for use in {@code switch}}\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(known)
                .addStatement("return value")
                .build());
        type.addMethod(MethodSpec.methodBuilder("isKnown")
                .addJavadoc("{@return whether the spec lists this value}\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addStatement("return value != $T._UNKNOWN", known)
                .build());
        type.addMethod(MethodSpec.methodBuilder("codec")
                .addJavadoc("{@return the codec that reads and writes these values}\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(layout.runtime(Codec.class), self))
                .addStatement("return CODEC")
                .build());
        type.addMethod(MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(Object.class, "other")
                .addStatement("return other instanceof $T that && wireValue.equals(that.wireValue)", self)
                .build());
        type.addMethod(MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addStatement("return wireValue.hashCode()")
                .build());
        type.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $T.valueOf(wireValue)", String.class)
                .build());
        type.addType(values.build());
        return type.build();
    }

    /**
     * A constant's Javadoc: its wire value when the Java name spells it otherwise ({@code _24H} for {@code "24h"},
     * {@code ACTIVE} for {@code "active"}); when the name is the wire value itself, a doc repeating it would say
     * nothing, so it says just that.
     */
    private static CodeBlock constantDoc(EnumConstant constant) {
        if (constant.javaName().equals(constant.wireValue().text())) {
            return CodeBlock.of("Sent on the wire as named.\n");
        }
        return CodeBlock.of(
                "{@code $L}\n", Javadoc.sanitize(constant.wireValue().json()));
    }

    private CodeBlock wireNode(WireValue value) {
        ClassName json = layout.runtime(Json.class);
        if (value instanceof WireValue.OfString) {
            return CodeBlock.of("$T.nodes().textNode($S)", json, value.text());
        }
        if (value instanceof WireValue.OfInteger) {
            return CodeBlock.of("$T.nodes().numberNode($LL)", json, value.text());
        }
        if (value instanceof WireValue.OfNumber) {
            return CodeBlock.of("$T.nodes().numberNode(new $T($S))", json, BigDecimal.class, value.text());
        }
        return CodeBlock.of("$T.nodes().booleanNode($L)", json, value.text());
    }

    /** The value as a Java expression of the type the enum keeps its values in ({@link #wireJavaType}). */
    private static CodeBlock wireLiteral(WireValue value) {
        if (value instanceof WireValue.OfString) {
            return CodeBlock.of("$S", value.text());
        }
        if (value instanceof WireValue.OfInteger) {
            return CodeBlock.of("$LL", value.text());
        }
        if (value instanceof WireValue.OfNumber) {
            return CodeBlock.of("new $T($S)", BigDecimal.class, value.text());
        }
        return CodeBlock.of("$L", value.text());
    }

    /**
     * Numbers are looked up by their plain text without trailing zeros, so that 1.50 finds the constant 1.5 and
     * 10.0 finds 10 (a {@link BigDecimal} key would tell 10 from 1E+1).
     */
    private static CodeBlock normalized(EnumModel.WireType wireType, CodeBlock value) {
        return wireType == EnumModel.WireType.NUMBER
                ? CodeBlock.of("$L.stripTrailingZeros().toPlainString()", value)
                : value;
    }

    /**
     * Fills {@code KNOWN} in a loop over an array of the constants, keyed by wire value (a number by its normalized
     * text). Unlike one {@code Map.ofEntries(Map.entry(...), ...)} expression, whose type inference javac does in
     * time far worse than linear in the number of entries, an array initializer and a loop compile in linear time
     * however many values the spec lists.
     */
    private static CodeBlock knownIndex(EnumModel.WireType wireType, ClassName self, CodeBlock constants) {
        return CodeBlock.builder()
                .add("$T[] constants = {", self)
                .indent()
                .add(constants)
                .unindent()
                .add("\n};\n")
                .beginControlFlow("for ($T constant : constants)", self)
                .addStatement("KNOWN.put($L, constant)", normalized(wireType, CodeBlock.of("constant.wireValue")))
                .endControlFlow()
                .build();
    }

    private static TypeName wireJavaType(EnumModel.WireType wireType) {
        switch (wireType) {
            case INTEGER:
                return ClassName.get(Long.class);
            case NUMBER:
                return ClassName.get(BigDecimal.class);
            case BOOLEAN:
                return ClassName.get(Boolean.class);
            default:
                return ClassName.get(String.class);
        }
    }
}
