package dev.kiln.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Parameter;
import dev.kiln.ir.TypeModel;
import dev.kiln.naming.ReservedNames;
import dev.kiln.runtime.core.RequestParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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

    /**
     * Emits an operation's parameters class: every member, or when it shares its parameters with other operations,
     * its constructor and builder over the shared class.
     */
    TypeSpec emit(Operation operation, Optional<SharedParams.Base> shared) {
        ClassName self = layout.model(operation.paramsType().orElseThrow());
        ClassName builder = layout.names().builder(self);
        ClassName superclass = shared.map(SharedParams.Base::name).orElse(layout.runtime(RequestParams.class));
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc(
                        "The query and header parameters of {@code $L} ({@code $L $L}).\n",
                        operation.operationId(),
                        operation.httpMethod(),
                        operation.path())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(superclass)
                .addMethod(constructor(Modifier.PRIVATE));
        TypeSpec.Builder builderType = TypeSpec.classBuilder(builder)
                .addJavadoc("Builds {@code $L}; every parameter starts unset.\n", self.simpleName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(
                        shared.isPresent()
                                ? layout.names().builder(superclass)
                                : layout.runtime(RequestParams.Builder.class),
                        self,
                        builder));
        if (shared.isPresent()) {
            builderType.addMethod(MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addStatement("super($T::new)", self)
                    .build());
        } else {
            List<Parameter> parameters = operation.parameters();
            suppressDeprecation(type, parameters);
            builderType.addMethod(MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addStatement("super($T::new, $L)", self, slots(parameters))
                    .build());
            addMembers(type, builderType, parameters, builder, Optional.of(self));
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

    /**
     * Emits the package-private class that the parameters classes of several operations extend, with their accessors
     * and, in its builder, their setters; {@code javadoc} shows them on each public class that inherits them.
     */
    TypeSpec emitShared(SharedParams.Base shared) {
        ClassName self = shared.name();
        ClassName builder = layout.names().builder(self);
        ClassName params = layout.runtime(RequestParams.class);
        TypeVariableName p = TypeVariableName.get("P", params);
        TypeVariableName b =
                TypeVariableName.get("B", ParameterizedTypeName.get(builder, p, TypeVariableName.get("B")));
        List<Operation> users = shared.users();
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc(
                        "The parameters the operations {@code $L} and $L more have in common.\n",
                        users.get(0).operationId(),
                        users.size() - 1)
                .addModifiers(Modifier.ABSTRACT)
                .superclass(params)
                .addMethod(constructor());
        suppressDeprecation(type, shared.parameters());
        TypeSpec.Builder builderType = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.ABSTRACT, Modifier.STATIC)
                .addTypeVariable(p)
                .addTypeVariable(b)
                .superclass(ParameterizedTypeName.get(layout.runtime(RequestParams.Builder.class), p, b))
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(
                                ParameterizedTypeName.get(
                                        ClassName.get(Function.class), ArrayTypeName.of(Object.class), p),
                                "factory")
                        .addStatement("super(factory, $L)", slots(shared.parameters()))
                        .build());
        addMembers(type, builderType, shared.parameters(), b, Optional.empty());
        type.addType(builderType.build());
        return type.build();
    }

    private static MethodSpec constructor(Modifier... modifiers) {
        return MethodSpec.constructorBuilder()
                .addModifiers(modifiers)
                .addParameter(Object[].class, "values")
                .addStatement("super(values)")
                .build();
    }

    private void suppressDeprecation(TypeSpec.Builder type, List<Parameter> parameters) {
        if (parameters.stream().anyMatch(p -> index.mentionsDeprecated(p.type()))) {
            type.addAnnotation(Annotations.SUPPRESS_DEPRECATION);
        }
    }

    /** How many parameters are required, then every parameter's name: the required ones first, each kind in order. */
    private static CodeBlock slots(List<Parameter> parameters) {
        CodeBlock names = ordered(parameters).stream()
                .map(p -> CodeBlock.of("$S", p.name()))
                .collect(CodeBlock.joining(", "));
        return CodeBlock.of(
                "$L, $L", parameters.stream().filter(Parameter::required).count(), names);
    }

    /** The parameters by slot: the required ones first, so that the builder checks them in one loop. */
    private static List<Parameter> ordered(List<Parameter> parameters) {
        List<Parameter> ordered = new ArrayList<>();
        parameters.stream().filter(Parameter::required).forEach(ordered::add);
        parameters.stream().filter(p -> !p.required()).forEach(ordered::add);
        return ordered;
    }

    /**
     * Adds each parameter's accessor to the class and its setter to the builder.
     *
     * @param builder what a setter returns
     * @param linked the class whose accessor a setter's comment links to; empty in a shared class, whose name a user's
     *     {@code javadoc} does not show
     */
    private void addMembers(
            TypeSpec.Builder type,
            TypeSpec.Builder builderType,
            List<Parameter> parameters,
            TypeName builder,
            Optional<ClassName> linked) {
        List<Parameter> ordered = ordered(parameters);
        for (Parameter parameter : parameters) {
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
                    .addJavadoc(linked.map(owner -> CodeBlock.of(
                                    "{@return this builder, with {@link $T#$N() $N} set}", owner, name, name))
                            .orElseGet(() -> CodeBlock.of("{@return this builder, with {@code $N} set}", name)))
                    .addJavadoc("\n@param $N the value\n", name)
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
    }
}
