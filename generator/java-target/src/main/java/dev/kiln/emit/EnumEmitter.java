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
import dev.kiln.naming.ReservedNames;
import dev.kiln.runtime.core.Codec;
import dev.kiln.runtime.core.Codecs;
import dev.kiln.runtime.core.Json;
import dev.kiln.runtime.core.OpenEnum;
import dev.kiln.runtime.core.OpenEnumType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
        TypeSpec.Builder type = Javadoc.documented(
                        TypeSpec.enumBuilder(self),
                        model.docs(),
                        "The literal {@code "
                                + Javadoc.sanitize(constant.wireValue().json()) + "}.")
                .addModifiers(Modifier.PUBLIC)
                .addEnumConstant(
                        constant.name(),
                        TypeSpec.anonymousClassBuilder("")
                                .addJavadoc(constantDoc(constant))
                                .build());
        type.addField(FieldSpec.builder(
                        ParameterizedTypeName.get(layout.runtime(Codec.class), self),
                        ReservedNames.CODEC_CONSTANT,
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .initializer(
                        "$T.literal($L, $N)",
                        layout.runtime(Codecs.class),
                        wireNode(constant.wireValue()),
                        constant.name())
                .build());
        type.addMethod(MethodSpec.methodBuilder(ReservedNames.CODEC)
                .addJavadoc("{@return the codec that reads and writes this literal}\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(layout.runtime(Codec.class), self))
                .addStatement("return $N", ReservedNames.CODEC_CONSTANT)
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

    /**
     * An open enum: a constant per known value and the Java enum to {@code switch} on, the rest (equality, printing,
     * the lookup by wire value, the codec) in the runtime's {@link OpenEnum} and {@link OpenEnumType}.
     */
    private TypeSpec open(EnumModel model) {
        ClassName self = layout.model(model.id());
        ClassName known = layout.names().knownValues(self);
        TypeName wire = wireJavaType(model.wireType());
        String accessor = layout.names().wireValueAccessor(model.wireType());
        TypeSpec.Builder type = Javadoc.documented(
                        TypeSpec.classBuilder(self),
                        model.docs(),
                        "The values of {@code " + model.id().simpleName() + "}.")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(layout.runtime(OpenEnum.class), wire, known));

        TypeSpec.Builder values = TypeSpec.enumBuilder(known)
                .addJavadoc(
                        "The known values of {@code $L}, and {@code $L} for any other.\n",
                        self.simpleName(),
                        ReservedNames.UNKNOWN_CONSTANT)
                .addModifiers(Modifier.PUBLIC);
        List<CodeBlock> constants = new ArrayList<>();
        for (EnumConstant constant : model.constants()) {
            values.addEnumConstant(
                    constant.name(),
                    TypeSpec.anonymousClassBuilder("")
                            .addJavadoc(constantDoc(constant))
                            .build());
            type.addField(FieldSpec.builder(self, constant.name(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc(constantDoc(constant))
                    .initializer("new $T($L, $T.$N)", self, wireLiteral(constant.wireValue()), known, constant.name())
                    .build());
            constants.add(CodeBlock.of("$N", constant.name()));
        }
        values.addEnumConstant(
                ReservedNames.UNKNOWN_CONSTANT,
                TypeSpec.anonymousClassBuilder("")
                        .addJavadoc("A value this SDK does not know.\n")
                        .build());

        ClassName enumType = layout.runtime(OpenEnumType.class);
        type.addField(FieldSpec.builder(
                        ParameterizedTypeName.get(enumType, self, wire, known),
                        ReservedNames.CODEC_CONSTANT,
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                // an array initializer, not a call of hundreds of arguments: javac compiles it in linear time
                .initializer(
                        "new $T<>($T.$L, $T::new, $T.$N, new $T[] {$L})",
                        enumType,
                        layout.runtime(Codecs.class),
                        layout.names().wireCodec(model.wireType()),
                        self,
                        known,
                        ReservedNames.UNKNOWN_CONSTANT,
                        self,
                        CodeBlock.join(constants, ", "))
                .build());
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(wire, "wireValue")
                .addParameter(known, "value")
                .addStatement("super(wireValue, value)")
                .build());
        type.addMethod(MethodSpec.methodBuilder("of")
                .addJavadoc("{@return the constant for a known value, or a new instance that keeps an unknown one}\n"
                        + "@param wireValue the value as sent on the wire\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(wire, "wireValue")
                .addStatement("return $N.of(wireValue)", ReservedNames.CODEC_CONSTANT)
                .build());
        type.addMethod(MethodSpec.methodBuilder(accessor)
                .addJavadoc("{@return the value as sent on the wire}\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(wire)
                .addStatement("return wire()")
                .build());
        type.addMethod(MethodSpec.methodBuilder(ReservedNames.CODEC)
                .addJavadoc("{@return the codec that reads and writes these values}\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(layout.runtime(Codec.class), self))
                .addStatement("return $N", ReservedNames.CODEC_CONSTANT)
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
        if (constant.name().equals(constant.wireValue().text())) {
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
