package dev.kiln.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.ir.EnumModel;
import dev.kiln.ir.ObjectModel;
import dev.kiln.ir.Property;
import dev.kiln.ir.TypeRef;
import dev.kiln.ir.UnionModel;
import dev.kiln.language.NameScope;
import dev.kiln.naming.MemberNames;
import dev.kiln.runtime.core.JsonField;
import dev.kiln.runtime.core.ModelBuilder;
import dev.kiln.runtime.core.TypedModelBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * Emits a model's builder: one setter per field (none for literals, which are filled in) and the conveniences
 * (an {@code Optional} setter, a raw {@code JsonField} setter, {@code addX}/{@code putX} for lists and maps, a setter
 * per union variant), each one statement into its runtime superclass ({@link ModelBuilder}, or
 * {@link TypedModelBuilder} when the undeclared members are typed), which also builds, checking required fields.
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

    TypeSpec emit(ObjectModel model, ClassName self, TypeName membersType) {
        ClassName builder = layout.names().builder(self);
        TypeName superclass = model.additionalProperties().isPresent()
                ? ParameterizedTypeName.get(layout.runtime(TypedModelBuilder.class), self, builder, membersType)
                : ParameterizedTypeName.get(layout.runtime(ModelBuilder.class), self, builder);
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addJavadoc("Builds $L {@code $L}.\n", Javadoc.article(self.simpleName()), self.simpleName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(superclass)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addStatement("super($N)", ObjectEmitter.SCHEMA)
                        .build());

        NameScope members = MemberNames.builderScope(
                model.properties().stream().map(Property::name).toList());
        for (int i = 0; i < model.properties().size(); i++) {
            Property property = model.properties().get(i);
            List<MethodSpec> setters = new ArrayList<>();
            List<MethodSpec> conveniences = new ArrayList<>();
            MethodSpec raw = rawSetter(property, i, builder, members);
            if (literal(property.type()).isEmpty()) {
                setters.addAll(setters(property, i, builder));
                optionalSetter(property, i, builder).ifPresent(conveniences::add);
            }
            conveniences.add(raw);
            if (literal(property.type()).isEmpty()) {
                conveniences.addAll(collectionSetters(property, i, builder, members));
                List<MethodSpec> overloads = new ArrayList<>(setters);
                overloads.addAll(conveniences);
                conveniences.addAll(variantSetters(property, builder, members, overloads));
            }
            Stream.concat(setters.stream(), conveniences.stream())
                    .map(method -> deprecatedWith(property, method))
                    .forEach(type::addMethod);
        }
        return type.build();
    }

    /**
     * The field's setter, and for a nullable number or boolean one taking the primitive too, so that
     * {@code timeout(60)} compiles. A nullable field's setter takes {@code null} for an explicit null.
     */
    private List<MethodSpec> setters(Property property, int index, ClassName builder) {
        String name = property.name();
        TypeRef type = property.type();
        MethodSpec.Builder setter = convenience(builder, name)
                .addJavadoc(
                        setterDoc(property, builder, property.nullable() ? ", or null to send an explicit null" : ""));
        if (!property.nullable()) {
            return List.of(setter.addParameter(javaTypes.unboxed(type), name)
                    .addCode(JoinedBlock.statement("return set($L, $N)", index, name))
                    .build());
        }
        MethodSpec main = setter.addParameter(javaTypes.boxed(type), name)
                .addCode(JoinedBlock.statement("return setNullable($L, $N)", index, name))
                .build();
        if (!javaTypes.boxed(type).isBoxedPrimitive()) {
            return List.of(main);
        }
        MethodSpec.Builder primitive = convenience(builder, name)
                .addJavadoc(setterDoc(property, builder, ""))
                .addParameter(javaTypes.unboxed(type), name)
                .addCode(JoinedBlock.statement("return set($L, $N)", index, name));
        return List.of(main, primitive.build());
    }

    /**
     * For an optional field that is not nullable, a setter taking an {@code Optional}, so a value read from one
     * object passes on to another's builder; empty leaves the field out. A nullable field has none: its setter
     * takes {@code null} for an explicit null, and {@code x(null)} would not compile beside an overload taking an
     * {@code Optional}.
     */
    private Optional<MethodSpec> optionalSetter(Property property, int index, ClassName builder) {
        if (property.required() || property.nullable()) {
            return Optional.empty();
        }
        String name = property.name();
        return Optional.of(convenience(builder, name)
                .addJavadoc(
                        "{@return this builder, with $L set from an {@code Optional}: empty leaves it out}\n"
                                + "@param $N the value\n",
                        Javadoc.code(property.jsonName()),
                        name)
                .addParameter(
                        ParameterizedTypeName.get(ClassName.get(Optional.class), javaTypes.boxed(property.type())),
                        name)
                .addCode(JoinedBlock.statement("return setOptional($L, $N)", index, name))
                .build());
    }

    /**
     * Sets the field as a {@code JsonField}, the counterpart of the model's {@code _x()}: absent, explicitly null, a
     * value, or raw JSON its type does not describe ({@code JsonField.raw(...)}) for a server that accepts more than
     * its spec says. It has a name of its own rather than overloading {@code x}, so that {@code x(null)} still
     * sends an explicit null.
     */
    private MethodSpec rawSetter(Property property, int index, ClassName builder, NameScope members) {
        String field = property.name();
        ClassName jsonField = layout.runtime(JsonField.class);
        return convenience(builder, MemberNames.rawSetterName(field, members))
                .addJavadoc(
                        "{@return this builder, with $L set as a {@link $T}, raw JSON included}\n"
                                + "@param $N the field\n",
                        Javadoc.code(property.jsonName()),
                        jsonField,
                        field)
                .addParameter(ParameterizedTypeName.get(jsonField, javaTypes.boxed(property.type())), field)
                .addCode(JoinedBlock.statement("return setField($L, $N)", index, field))
                .build();
    }

    /** For a list, {@code addX(item)}; for a map, {@code putX(key, value)} and {@code putAllX(map)}. */
    private List<MethodSpec> collectionSetters(Property property, int index, ClassName builder, NameScope members) {
        if (property.type() instanceof TypeRef.ListOf list) {
            return List.of(convenience(builder, MemberNames.adderName(property.jsonName(), members))
                    .addJavadoc(
                            "{@return this builder, with an item added to $L}\n@param item the item\n",
                            Javadoc.code(property.jsonName()))
                    .addParameter(javaTypes.unboxed(list.element()), "item")
                    .addCode(JoinedBlock.statement("return add($L, item)", index))
                    .build());
        }
        if (property.type() instanceof TypeRef.MapOf map) {
            TypeName value = javaTypes.boxed(map.value());
            MethodSpec put = convenience(builder, MemberNames.putterName(property.jsonName(), members))
                    .addJavadoc(
                            "{@return this builder, with an entry put into $L}\n@param key the key\n@param value the value\n",
                            Javadoc.code(property.jsonName()))
                    .addParameter(String.class, "key")
                    .addParameter(javaTypes.unboxed(map.value()), "value")
                    .addCode(JoinedBlock.statement("return put($L, key, value)", index))
                    .build();
            MethodSpec putAll = convenience(builder, MemberNames.putAllName(property.jsonName(), members))
                    .addJavadoc(
                            "{@return this builder, with every entry of a map put into $L}\n@param entries the entries\n",
                            Javadoc.code(property.jsonName()))
                    .addParameter(
                            ParameterizedTypeName.get(JavaTypes.MAP, ClassName.get(String.class), value), "entries")
                    .addCode(JoinedBlock.statement("return putAll($L, entries)", index))
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
        String field = property.name();
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
                    : MemberNames.variantSetterName(field, variant.name(), members);
            MethodSpec.Builder setter = convenience(builder, name)
                    .addJavadoc(
                            "{@return this builder, with $L set to the {@link $T.$N} variant}\n@param value the variant's value\n",
                            Javadoc.code(property.jsonName()),
                            unionType,
                            variant.name())
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

    /**
     * The method, deprecated when its field is: annotated, which {@code javadoc} shows; the field's accessor says why
     * in its {@code @deprecated} tag, once.
     */
    private static MethodSpec deprecatedWith(Property property, MethodSpec method) {
        if (!property.docs().deprecated()) {
            return method;
        }
        return method.toBuilder().addAnnotation(Deprecated.class).build();
    }

    /**
     * A setter's Javadoc: a link to the accessor, which carries the field's description, so that it is written once
     * per field.
     */
    private static CodeBlock setterDoc(Property property, ClassName builder, String nullHint) {
        return JoinedBlock.of(
                "{@return this builder, with {@link $T#$N() $N} set}\n@param $N the value$L\n",
                builder.enclosingClassName(),
                property.name(),
                property.name(),
                property.name(),
                nullHint);
    }

    private Optional<EnumModel> literal(TypeRef type) {
        return index.enumModel(type).filter(EnumModel::literal);
    }
}
