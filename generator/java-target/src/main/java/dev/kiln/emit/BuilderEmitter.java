package dev.kiln.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.ir.EnumModel;
import dev.kiln.ir.ObjectModel;
import dev.kiln.ir.Property;
import dev.kiln.ir.TypeRef;
import dev.kiln.ir.UnionModel;
import dev.kiln.naming.Naming;
import dev.kiln.runtime.core.Json;
import dev.kiln.runtime.core.JsonField;
import dev.kiln.runtime.core.JsonPaths;
import dev.kiln.target.NameScope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
        ClassName builder = layout.names().builder(self);
        ClassName jsonField = layout.runtime(JsonField.class);
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addJavadoc(
                        "Builds $L {@code $L}. Literal fields are filled in; every other field starts absent.\n",
                        Javadoc.article(self.simpleName()),
                        self.simpleName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        for (Property property : model.properties()) {
            Optional<EnumModel> literal = literal(property.type());
            CodeBlock initial = literal.isPresent()
                    ? CodeBlock.of(
                            "$T.of($Z$T.$N)",
                            jsonField,
                            layout.model(literal.get().id()),
                            literal.get().constants().get(0).javaName())
                    : CodeBlock.of("$T.missing()", jsonField);
            type.addField(FieldSpec.builder(fieldTypes.get(property.javaName()), property.javaName(), Modifier.PRIVATE)
                    .initializer(initial)
                    .build());
        }
        type.addField(FieldSpec.builder(additionalType, "additionalProperties", Modifier.PRIVATE)
                .initializer("new $T<>()", LinkedHashMap.class)
                .build());

        type.addMethod(
                MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        MethodSpec.Builder copy =
                MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(self, "source");
        for (Property property : model.properties()) {
            copy.addStatement("this.$N = source.$N", property.javaName(), property.javaName());
        }
        copy.addStatement("this.additionalProperties = new $T<>(source.additionalProperties)", LinkedHashMap.class);
        type.addMethod(copy.build());

        NameScope members = Naming.builderScope(
                model.properties().stream().map(Property::javaName).toList());
        for (Property property : model.properties()) {
            List<MethodSpec> setters = new ArrayList<>();
            List<MethodSpec> conveniences = new ArrayList<>();
            MethodSpec raw = rawSetter(property, builder, members);
            if (literal(property.type()).isEmpty()) {
                setters.addAll(setters(property, builder));
                optionalSetter(property, builder, raw.name()).ifPresent(conveniences::add);
            }
            conveniences.add(raw);
            if (literal(property.type()).isEmpty()) {
                conveniences.addAll(collectionSetters(property, builder, members));
                List<MethodSpec> overloads = new ArrayList<>(setters);
                overloads.addAll(conveniences);
                conveniences.addAll(variantSetters(property, builder, members, overloads));
            }
            setters.forEach(type::addMethod);
            conveniences.stream()
                    .map(method -> deprecatedWith(property, method))
                    .forEach(type::addMethod);
        }
        type.addMethod(MethodSpec.methodBuilder("additionalProperties")
                .addJavadoc(
                        "Replaces the undeclared members.\n@param additionalProperties the members\n@return this builder\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(additionalType, "additionalProperties")
                .addStatement("this.additionalProperties = new $T<>(additionalProperties)", LinkedHashMap.class)
                .addStatement("return this")
                .build());
        type.addMethod(putAdditionalProperty(model, builder));
        type.addMethod(build(model, self));
        return type.build();
    }

    /**
     * Adds an undeclared member. Untyped members take any plain Java value (a {@code Map}, a {@code List}, a model,
     * a {@code JsonNode}...), turned into JSON by the runtime; typed ones take their type.
     */
    private MethodSpec putAdditionalProperty(ObjectModel model, ClassName builder) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("putAdditionalProperty")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(String.class, "name");
        if (model.additionalProperties().isPresent()) {
            method.addJavadoc(
                            "Adds an undeclared member.\n@param name the member's JSON name\n@param value its value\n@return this builder\n")
                    .addParameter(javaTypes.boxed(model.additionalProperties().get()), "value")
                    .addStatement(
                            "additionalProperties.put($T.requireNonNull(name, $S),$W$T.requireNonNull(value, $S))",
                            Objects.class,
                            "name",
                            Objects.class,
                            "value");
        } else {
            method.addJavadoc(
                            "Adds an undeclared member.\n@param name the member's JSON name\n@param value its value: a "
                                    + "{@code JsonNode}, or a plain Java value ({@code Map}, {@code List}, a model, a string, a number...), "
                                    + "null for JSON null\n@return this builder\n")
                    .addParameter(Object.class, "value")
                    .addStatement(
                            "additionalProperties.put($T.requireNonNull(name, $S),$W$T.toJsonNode(value))",
                            Objects.class,
                            "name",
                            layout.runtime(Json.class));
        }
        return method.addStatement("return this").build();
    }

    /**
     * For an optional field that is not nullable, a setter taking an {@code Optional}, so a value read from one
     * object passes on to another's builder; empty leaves the field out. A nullable field has none: its setter
     * takes {@code null} for an explicit null, and {@code x(null)} would not compile beside an overload taking an
     * {@code Optional}.
     */
    private Optional<MethodSpec> optionalSetter(Property property, ClassName builder, String rawSetter) {
        if (property.required() || property.nullable()) {
            return Optional.empty();
        }
        String name = property.javaName();
        return Optional.of(convenience(builder, name)
                .addJavadoc(
                        "Sets $L from an {@code Optional}: empty leaves it out.\n@param $N the value\n@return this builder\n",
                        Javadoc.code(property.jsonName()),
                        name)
                .addParameter(
                        ParameterizedTypeName.get(ClassName.get(Optional.class), javaTypes.boxed(property.type())),
                        name)
                .addStatement(
                        "return $N.isPresent()$W? this.$N($N.get())$W: this.$N($T.missing())",
                        name,
                        name,
                        name,
                        rawSetter,
                        layout.runtime(JsonField.class))
                .build());
    }

    /**
     * Sets the field as a {@code JsonField}, the counterpart of the model's {@code _x()}: absent, explicitly null, a
     * value, or raw JSON its type does not describe ({@code JsonField.raw(...)}) for a server that accepts more than
     * its spec says. It has a name of its own rather than overloading {@code x}, so that {@code x(null)} still
     * sends an explicit null.
     */
    private MethodSpec rawSetter(Property property, ClassName builder, NameScope members) {
        String field = property.javaName();
        ClassName jsonField = layout.runtime(JsonField.class);
        return convenience(builder, Naming.rawSetterName(field, members))
                .addJavadoc(
                        "Sets $L as a {@code JsonField}: missing, null, a value, or raw JSON ({@link $T#raw}) the spec does "
                                + "not allow.\n@param $N the field\n@return this builder\n",
                        Javadoc.code(property.jsonName()),
                        jsonField,
                        field)
                .addParameter(ParameterizedTypeName.get(jsonField, javaTypes.boxed(property.type())), field)
                .addStatement("this.$N = $T.requireNonNull($N,$W$S)", field, Objects.class, field, field)
                .addStatement("return this")
                .build();
    }

    /** For a list, {@code addX(item)}; for a map, {@code putX(key, value)} and {@code putAllX(map)}. */
    private List<MethodSpec> collectionSetters(Property property, ClassName builder, NameScope members) {
        String field = property.javaName();
        ClassName jsonField = layout.runtime(JsonField.class);
        if (property.type() instanceof TypeRef.ListOf list) {
            return List.of(convenience(builder, Naming.adderName(property.jsonName(), members))
                    .addJavadoc(
                            "Adds an item to $L.\n@param item the item\n@return this builder\n",
                            Javadoc.code(property.jsonName()))
                    .addParameter(javaTypes.unboxed(list.element()), "item")
                    .addStatement("this.$N = $T.appending(this.$N, item)", field, jsonField, field)
                    .addStatement("return this")
                    .build());
        }
        if (property.type() instanceof TypeRef.MapOf map) {
            TypeName value = javaTypes.boxed(map.value());
            MethodSpec put = convenience(builder, Naming.putterName(property.jsonName(), members))
                    .addJavadoc(
                            "Puts an entry into $L.\n@param key the key\n@param value the value\n@return this builder\n",
                            Javadoc.code(property.jsonName()))
                    .addParameter(String.class, "key")
                    .addParameter(javaTypes.unboxed(map.value()), "value")
                    .addStatement("this.$N = $T.putting(this.$N, key, value)", field, jsonField, field)
                    .addStatement("return this")
                    .build();
            MethodSpec putAll = convenience(builder, Naming.putAllName(property.jsonName(), members))
                    .addJavadoc(
                            "Puts every entry of a map into $L.\n@param entries the entries\n@return this builder\n",
                            Javadoc.code(property.jsonName()))
                    .addParameter(
                            ParameterizedTypeName.get(JavaTypes.MAP, ClassName.get(String.class), value), "entries")
                    .addStatement("this.$N = $T.puttingAll(this.$N, entries)", field, jsonField, field)
                    .addStatement("return this")
                    .build();
            return List.of(put, putAll);
        }
        return List.of();
    }

    /**
     * For a field of a union type, a setter per variant taking the variant's value: an overload of the field's
     * setter, or, when Java would erase it to the signature of another one (two lists), a method of its own named
     * after the variant.
     */
    private List<MethodSpec> variantSetters(
            Property property, ClassName builder, NameScope members, List<MethodSpec> existing) {
        Optional<UnionModel> union = index.unionModel(property.type());
        if (union.isEmpty()) {
            return List.of();
        }
        String field = property.javaName();
        Set<TypeName> erasures = new HashSet<>();
        existing.stream()
                .filter(method ->
                        method.name().equals(field) && method.parameters().size() == 1)
                .forEach(method ->
                        erasures.add(erasure(method.parameters().get(0).type())));
        ClassName unionType = layout.model(union.get().id());
        UnionMemberNames names = UnionMemberNames.of(union.get());
        List<MethodSpec> setters = new ArrayList<>();
        for (int i = 0; i < union.get().variants().size(); i++) {
            UnionModel.Variant variant = union.get().variants().get(i);
            TypeName parameter = javaTypes.unboxed(variant.type());
            String name = erasures.add(erasure(parameter))
                    ? field
                    : Naming.variantSetterName(field, variant.javaName(), members);
            MethodSpec.Builder setter = convenience(builder, name)
                    .addJavadoc(
                            "Sets $L to the {@link $T.$N} variant.\n@param value the variant's value\n@return this builder\n",
                            Javadoc.code(property.jsonName()),
                            unionType,
                            variant.javaName())
                    .addParameter(parameter, "value")
                    .addStatement(
                            "return this.$N($T.$N(value))",
                            field,
                            unionType,
                            names.variants().get(i).factory());
            if (index.mentionsDeprecated(variant.type())) {
                setter.addAnnotation(Annotations.SUPPRESS_DEPRECATION);
            }
            setters.add(setter.build());
        }
        return setters;
    }

    private static TypeName erasure(TypeName type) {
        return type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
    }

    /** A public builder method returning the builder. */
    private static MethodSpec.Builder convenience(ClassName builder, String name) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(builder);
    }

    /** The method, deprecated when its field is. */
    private static MethodSpec deprecatedWith(Property property, MethodSpec method) {
        if (!property.docs().deprecated()) {
            return method;
        }
        return method.toBuilder()
                .addAnnotation(Deprecated.class)
                .addJavadoc("@deprecated the API marks this field as deprecated\n")
                .build();
    }

    /** For a nullable number or boolean, a setter taking the primitive, so that {@code timeout(60)} compiles. */
    private MethodSpec primitiveOverload(Property property, ClassName builder) {
        String name = property.javaName();
        MethodSpec.Builder setter = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addJavadoc(setterDoc(property, builder, ""))
                .addParameter(javaTypes.unboxed(property.type()), name)
                .addStatement("this.$N = $T.of($N)", name, layout.runtime(JsonField.class), name)
                .addStatement("return this");
        if (property.docs().deprecated()) {
            setter.addAnnotation(Deprecated.class).addJavadoc("@deprecated the API marks this field as deprecated\n");
        }
        return setter.build();
    }

    private List<MethodSpec> setters(Property property, ClassName builder) {
        MethodSpec extra = null;
        String name = property.javaName();
        ClassName jsonField = layout.runtime(JsonField.class);
        MethodSpec.Builder setter = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addJavadoc(
                        setterDoc(property, builder, property.nullable() ? ", or null to send an explicit null" : ""));
        if (property.docs().deprecated()) {
            setter.addAnnotation(Deprecated.class).addJavadoc("@deprecated the API marks this field as deprecated\n");
        }
        TypeRef type = property.type();
        if (property.nullable()) {
            setter.addParameter(javaTypes.boxed(type), name);
            if (type instanceof TypeRef.ListOf) {
                setter.addStatement(
                        "this.$N = $N == null$W? $T.ofNull()$W: $T.of($T.copyOf($N))",
                        name,
                        name,
                        jsonField,
                        jsonField,
                        List.class,
                        name);
            } else if (type instanceof TypeRef.MapOf) {
                setter.addStatement(
                        "this.$N = $N == null$W? $T.ofNull()$W: $T.of($T.unmodifiableMap(new $T<>($N)))",
                        name,
                        name,
                        jsonField,
                        jsonField,
                        Collections.class,
                        LinkedHashMap.class,
                        name);
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
                setter.addStatement(
                        "this.$N = $T.of($Z$T.unmodifiableMap(new $T<>($T.requireNonNull($N,$W$S))))",
                        name,
                        jsonField,
                        Collections.class,
                        LinkedHashMap.class,
                        Objects.class,
                        name,
                        name);
            } else if (parameter.isPrimitive()) {
                setter.addStatement("this.$N = $T.of($N)", name, jsonField, name);
            } else {
                setter.addStatement(
                        "this.$N = $T.of($T.requireNonNull($N,$W$S))", name, jsonField, Objects.class, name, name);
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
        List<Property> required =
                model.properties().stream().filter(Property::required).toList();
        if (!required.isEmpty()) {
            build.addJavadoc("@throws $T when a required field was not set\n", IllegalStateException.class);
            build.addStatement("$T<$T> missing = new $T<>()", List.class, String.class, ArrayList.class);
            for (Property property : required) {
                build.beginControlFlow("if (this.$N.isMissing())", property.javaName())
                        .addStatement("missing.add($S)", property.javaName())
                        .endControlFlow();
            }
            build.beginControlFlow("if (!missing.isEmpty())")
                    .addStatement(
                            "throw new $T($S + missing)",
                            IllegalStateException.class,
                            self.simpleName() + " is missing required fields: ")
                    .endControlFlow();
        }
        build.addStatement(
                "return new $T(this,$W$T.unmodifiableMap(new $T<>(additionalProperties)),$W$T.ROOT)",
                self,
                Collections.class,
                LinkedHashMap.class,
                layout.runtime(JsonPaths.class));
        return build.build();
    }

    /**
     * A setter's Javadoc: a link to the accessor, which carries the field's description, so that it is written once
     * per field.
     */
    private static CodeBlock setterDoc(Property property, ClassName builder, String nullHint) {
        return CodeBlock.of(
                "Sets {@link $T#$N() $N}.\n@param $N the value$L\n@return this builder\n",
                builder.enclosingClassName(),
                property.javaName(),
                property.javaName(),
                property.javaName(),
                nullHint);
    }

    private Optional<EnumModel> literal(TypeRef type) {
        return index.enumModel(type).filter(EnumModel::literal);
    }
}
