package dev.kiln.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Parameter;
import dev.kiln.ir.TypeModel;
import dev.kiln.naming.ReservedNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Emits the immutable class holding an operation's query and header parameters, with its builder. */
final class ParamsEmitter {
    private final SdkLayout layout;
    private final JavaTypes javaTypes;
    private final TypeEmitter types;
    private final TypeIndex index;

    ParamsEmitter(SdkLayout layout, JavaTypes javaTypes, TypeEmitter types, TypeIndex index) {
        this.layout = layout;
        this.javaTypes = javaTypes;
        this.types = types;
        this.index = index;
    }

    TypeSpec emit(Operation operation) {
        ClassName self = layout.model(operation.paramsType().orElseThrow());
        ClassName builder = layout.names().builder(self);
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc(
                        "The query and header parameters of {@code $L} ({@code $L $L}).\n",
                        operation.operationId(),
                        operation.httpMethod(),
                        operation.path())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        if (operation.parameters().stream().anyMatch(p -> index.mentionsDeprecated(p.type()))) {
            type.addAnnotation(Annotations.SUPPRESS_DEPRECATION);
        }
        TypeSpec.Builder builderType = TypeSpec.classBuilder(builder)
                .addJavadoc("Builds {@code $L}; every parameter starts unset.\n", self.simpleName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(builder, ReservedNames.BUILDER);
        MethodSpec.Builder build = MethodSpec.methodBuilder(ReservedNames.BUILD)
                .addJavadoc(
                        "Builds the parameters.\n\n@return the parameters\n@throws $T when a required parameter was not set\n",
                        IllegalStateException.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(self);
        List<String> required = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            String name = parameter.name();
            TypeName boxed = javaTypes.boxed(parameter.type());
            type.addField(boxed, name, Modifier.PRIVATE, Modifier.FINAL);
            builderType.addField(boxed, name, Modifier.PRIVATE);
            constructor.addStatement("this.$N = builder.$N", name, name);
            MethodSpec.Builder accessor = MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc(
                            Javadoc.of(parameter.docs(), "The " + Javadoc.code(parameter.wireName()) + " parameter."));
            if (parameter.required()) {
                accessor.addJavadoc("\n@return the value\n").returns(boxed).addStatement("return $N", name);
                required.add(name);
            } else {
                accessor.addJavadoc("\n@return the value, or empty when not set\n")
                        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), boxed))
                        .addStatement("return $T.ofNullable($N)", Optional.class, name);
            }
            MethodSpec.Builder setter = MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc(Javadoc.of(
                            parameter.docs(), "Sets the " + Javadoc.code(parameter.wireName()) + " parameter."))
                    .addJavadoc("\n@param $N the value\n@return this builder\n", name)
                    .returns(builder)
                    .addParameter(javaTypes.unboxed(parameter.type()), name);
            if (javaTypes.unboxed(parameter.type()).isPrimitive()) {
                setter.addStatement("this.$N = $N", name, name);
            } else {
                setter.addStatement("this.$N = $T.requireNonNull($N, $S)", name, Objects.class, name, name);
            }
            if (parameter.docs().deprecated()) {
                accessor.addAnnotation(Deprecated.class);
                setter.addAnnotation(Deprecated.class);
            }
            type.addMethod(accessor.build());
            builderType.addMethod(setter.addStatement("return this").build());
        }
        for (String name : required) {
            build.beginControlFlow("if ($N == null)", name)
                    .addStatement(
                            "throw new $T($S)", IllegalStateException.class, "the parameter " + name + " is required")
                    .endControlFlow();
        }
        builderType.addMethod(
                MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        builderType.addMethod(build.addStatement("return new $T(this)", self).build());
        type.addMethod(constructor.build());
        type.addMethod(MethodSpec.methodBuilder(ReservedNames.BUILDER)
                .addJavadoc("Starts building parameters.\n\n@return a new builder\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addStatement("return new Builder()")
                .build());
        type.addType(builderType.build());
        for (TypeModel nested : operation.paramsNested()) {
            type.addType(types.emitNested(nested));
        }
        return type.build();
    }
}
