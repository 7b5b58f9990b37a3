package dev.kiln.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.ir.EnumModel;
import dev.kiln.ir.ObjectModel;
import dev.kiln.ir.Property;
import dev.kiln.ir.TypeRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits a model's builder: one setter per field (none for literals, which are filled in), additional properties,
 * and a {@code build()} that names every required field left unset.
 */
final class BuilderEmitter {
    private final SdkLayout layout;
    private final JavaTypes javaTypes;
    private final TypeIndex index;

    BuilderEmitter(SdkLayout layout, JavaTypes javaTypes, TypeIndex index) {
        this.layout = layout;
        this.javaTypes = javaTypes;
        this.index = index;
    }

    TypeSpec emit(ObjectModel model, ClassName self, Map<String, TypeName> fieldTypes, TypeName additionalType) {
        ClassName builder = self.nestedClass("Builder");
        ClassName jsonField = layout.core("JsonField");
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addJavadoc("Builds a {@code $L}. Literal fields are filled in; every other field starts absent.\n", self.simpleName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        for (Property property : model.properties()) {
            Optional<EnumModel> literal = literal(property.type());
            CodeBlock initial = literal.isPresent()
                    ? CodeBlock.of("$T.of($T.$N)", jsonField, layout.model(literal.get().id()), literal.get().constants().get(0).javaName())
                    : CodeBlock.of("$T.missing()", jsonField);
            type.addField(FieldSpec.builder(fieldTypes.get(property.javaName()), property.javaName(), Modifier.PRIVATE)
                    .initializer(initial)
                    .build());
        }
        type.addField(FieldSpec.builder(additionalType, "additionalProperties", Modifier.PRIVATE)
                .initializer("new $T<>()", LinkedHashMap.class)
                .build());

        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        MethodSpec.Builder copy = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(self, "source");
        for (Property property : model.properties()) {
            copy.addStatement("this.$N = source.$N", property.javaName(), property.javaName());
        }
        copy.addStatement("this.additionalProperties = new $T<>(source.additionalProperties)", LinkedHashMap.class);
        type.addMethod(copy.build());

        for (Property property : model.properties()) {
            if (literal(property.type()).isEmpty()) {
                setters(property, builder).forEach(type::addMethod);
            }
        }
        TypeName additionalValue = model.additionalProperties().map(javaTypes::boxed).orElse(JavaTypes.JSON_NODE);
        type.addMethod(MethodSpec.methodBuilder("additionalProperties")
                .addJavadoc("Replaces the undeclared members.\n@param additionalProperties the members\n@return this builder\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(additionalType, "additionalProperties")
                .addStatement("this.additionalProperties = new $T<>(additionalProperties)", LinkedHashMap.class)
                .addStatement("return this")
                .build());
        type.addMethod(MethodSpec.methodBuilder("putAdditionalProperty")
                .addJavadoc("Adds an undeclared member.\n@param name the member's JSON name\n@param value its value\n@return this builder\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(String.class, "name")
                .addParameter(additionalValue, "value")
                .addStatement("additionalProperties.put($T.requireNonNull(name, $S), $T.requireNonNull(value, $S))",
                        Objects.class, "name", Objects.class, "value")
                .addStatement("return this")
                .build());
        type.addMethod(build(model, self));
        return type.build();
    }

    /** For a nullable number or boolean, a setter taking the primitive, so that {@code timeout(60)} compiles. */
    private MethodSpec primitiveOverload(Property property, ClassName builder) {
        String name = property.javaName();
        MethodSpec.Builder setter = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addJavadoc(setterDoc(property, builder, ""))
                .addParameter(javaTypes.unboxed(property.type()), name)
                .addStatement("this.$N = $T.of($N)", name, layout.core("JsonField"), name)
                .addStatement("return this");
        if (property.docs().deprecated()) {
            setter.addAnnotation(Deprecated.class).addJavadoc("@deprecated the API marks this field as deprecated\n");
        }
        return setter.build();
    }

    private List<MethodSpec> setters(Property property, ClassName builder) {
        MethodSpec extra = null;
        String name = property.javaName();
        ClassName jsonField = layout.core("JsonField");
        MethodSpec.Builder setter = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addJavadoc(setterDoc(property, builder, property.nullable() ? ", or null to send an explicit null" : ""));
        if (property.docs().deprecated()) {
            setter.addAnnotation(Deprecated.class).addJavadoc("@deprecated the API marks this field as deprecated\n");
        }
        TypeRef type = property.type();
        if (property.nullable()) {
            setter.addParameter(javaTypes.boxed(type), name);
            if (type instanceof TypeRef.ListOf) {
                setter.addStatement("this.$N = $N == null ? $T.ofNull() : $T.of($T.copyOf($N))", name, name, jsonField, jsonField, List.class, name);
            } else if (type instanceof TypeRef.MapOf) {
                setter.addStatement("this.$N = $N == null ? $T.ofNull() : $T.of($T.unmodifiableMap(new $T<>($N)))",
                        name, name, jsonField, jsonField, Collections.class, LinkedHashMap.class, name);
            } else {
                setter.addStatement("this.$N = $T.ofNullable($N)", name, jsonField, name);
            }
            if (javaTypes.boxed(type).isBoxedPrimitive()) {
                extra = primitiveOverload(property, builder);
            }
        } else {
            TypeName parameter = javaTypes.unboxed(type);
            setter.addParameter(parameter, name);
            if (type instanceof TypeRef.ListOf) {
                setter.addStatement("this.$N = $T.of($T.copyOf($N))", name, jsonField, List.class, name);
            } else if (type instanceof TypeRef.MapOf) {
                setter.addStatement("this.$N = $T.of($T.unmodifiableMap(new $T<>($T.requireNonNull($N, $S))))",
                        name, jsonField, Collections.class, LinkedHashMap.class, Objects.class, name, name);
            } else if (parameter.isPrimitive()) {
                setter.addStatement("this.$N = $T.of($N)", name, jsonField, name);
            } else {
                setter.addStatement("this.$N = $T.of($T.requireNonNull($N, $S))", name, jsonField, Objects.class, name, name);
            }
        }
        MethodSpec main = setter.addStatement("return this").build();
        return extra == null ? List.of(main) : List.of(main, extra);
    }

    private MethodSpec build(ObjectModel model, ClassName self) {
        MethodSpec.Builder build = MethodSpec.methodBuilder("build")
                .addJavadoc("{@return the {@code $L}}\n", self.simpleName())
                .addModifiers(Modifier.PUBLIC)
                .returns(self);
        List<Property> required = model.properties().stream().filter(Property::required).toList();
        if (!required.isEmpty()) {
            build.addJavadoc("@throws $T when a required field was not set\n", IllegalStateException.class);
            build.addStatement("$T<$T> missing = new $T<>()", List.class, String.class, ArrayList.class);
            for (Property property : required) {
                build.beginControlFlow("if (this.$N.isMissing())", property.javaName())
                        .addStatement("missing.add($S)", property.javaName())
                        .endControlFlow();
            }
            build.beginControlFlow("if (!missing.isEmpty())")
                    .addStatement("throw new $T($S + missing)", IllegalStateException.class,
                            self.simpleName() + " is missing required fields: ")
                    .endControlFlow();
        }
        build.addStatement("return new $T(this, $T.unmodifiableMap(new $T<>(additionalProperties)), $T.ROOT)",
                self, Collections.class, LinkedHashMap.class, layout.core("JsonPaths"));
        return build.build();
    }

    /**
     * A setter's Javadoc: a link to the accessor, which carries the field's description, so that it is written once
     * per field.
     */
    private static CodeBlock setterDoc(Property property, ClassName builder, String nullHint) {
        return CodeBlock.of("Sets {@link $T#$N() $N}.\n@param $N the value$L\n@return this builder\n",
                builder.enclosingClassName(), property.javaName(), property.javaName(), property.javaName(), nullHint);
    }

    private Optional<EnumModel> literal(TypeRef type) {
        return index.enumModel(type).filter(EnumModel::literal);
    }
}
