package dev.kiln.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Parameter;
import dev.kiln.ir.TypeModel;
import dev.kiln.naming.ReservedNames;
import dev.kiln.runtime.core.RequestParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits the immutable class holding an operation's query and header parameters, with its builder: an accessor and a
 * setter per parameter, the rest in the runtime's {@link RequestParams}.
 */
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
        ClassName params = layout.runtime(RequestParams.class);
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc(
                        "The query and header parameters of {@code $L} ({@code $L $L}).\n",
                        operation.operationId(),
                        operation.httpMethod(),
                        operation.path())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(params)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(Object[].class, "values")
                        .addStatement("super(values)")
                        .build());
        if (operation.parameters().stream().anyMatch(p -> index.mentionsDeprecated(p.type()))) {
            type.addAnnotation(Annotations.SUPPRESS_DEPRECATION);
        }
        // the required parameters first, so that the builder checks them in one loop; each kind in spec order
        List<Parameter> ordered = new ArrayList<>();
        operation.parameters().stream().filter(Parameter::required).forEach(ordered::add);
        operation.parameters().stream().filter(p -> !p.required()).forEach(ordered::add);
        CodeBlock names =
                ordered.stream().map(p -> CodeBlock.of("$S", p.name())).collect(CodeBlock.joining(", "));
        TypeSpec.Builder builderType = TypeSpec.classBuilder(builder)
                .addJavadoc("Builds {@code $L}; every parameter starts unset.\n", self.simpleName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(params.nestedClass("Builder"), self, builder))
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addStatement(
                                "super($T::new, $L, $L)",
                                self,
                                operation.parameters().stream()
                                        .filter(Parameter::required)
                                        .count(),
                                names)
                        .build());
        for (Parameter parameter : operation.parameters()) {
            int slot = ordered.indexOf(parameter);
            String name = parameter.name();
            TypeName boxed = javaTypes.boxed(parameter.type());
            String emptyWhen = parameter.required() ? "" : ", or empty when not set";
            MethodSpec.Builder accessor = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC);
            if (parameter.docs().summary().isPresent()) {
                accessor.addJavadoc(
                        "$L\n@return the value$L\n",
                        Javadoc.sanitize(parameter.docs().summary().get()),
                        emptyWhen);
            } else {
                accessor.addJavadoc("{@return the $L parameter$L}\n", Javadoc.code(parameter.wireName()), emptyWhen);
            }
            if (parameter.docs().deprecated()) {
                accessor.addJavadoc("@deprecated the API marks this as deprecated\n");
            }
            if (parameter.required()) {
                accessor.returns(boxed).addStatement("return required($L)", slot);
            } else {
                accessor.returns(ParameterizedTypeName.get(ClassName.get(Optional.class), boxed))
                        .addStatement("return optional($L)", slot);
            }
            MethodSpec.Builder setter = MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc(
                            "{@return this builder, with {@link $T#$N() $N} set}\n@param $N the value\n",
                            self,
                            name,
                            name,
                            name)
                    .returns(builder)
                    .addParameter(javaTypes.unboxed(parameter.type()), name)
                    .addStatement("return set($L, $N)", slot, name);
            if (parameter.docs().deprecated()) {
                accessor.addAnnotation(Deprecated.class);
                setter.addAnnotation(Deprecated.class);
            }
            type.addMethod(accessor.build());
            builderType.addMethod(setter.build());
        }
        type.addMethod(MethodSpec.methodBuilder(ReservedNames.BUILDER)
                .addJavadoc("{@return a new builder of the parameters}\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addStatement("return new $T()", builder)
                .build());
        type.addType(builderType.build());
        for (TypeModel nested : operation.paramsNested()) {
            type.addType(types.emitNested(nested));
        }
        return type.build();
    }
}
