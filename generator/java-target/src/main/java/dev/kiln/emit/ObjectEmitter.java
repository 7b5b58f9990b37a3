package dev.kiln.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.kiln.ir.EnumModel;
import dev.kiln.ir.ObjectModel;
import dev.kiln.ir.Property;
import dev.kiln.ir.TypeModel;
import dev.kiln.ir.TypeRef;
import dev.kiln.naming.MemberNames;
import dev.kiln.naming.ReservedNames;
import dev.kiln.runtime.core.Codec;
import dev.kiln.runtime.core.JsonField;
import dev.kiln.runtime.core.JsonObjectModel;
import dev.kiln.runtime.core.ModelSchema;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits an object model: a class that names its fields and leaves the rest to the runtime. It extends
 * {@link JsonObjectModel} (equality, hashing, printing, checking, JSON in and out, undeclared members kept), describes
 * its fields once in a {@link ModelSchema} (one statement each, in spec order), and has one accessor per field, a raw
 * {@code _field()} accessor that tells absent from null, and a builder ({@link BuilderEmitter}).
 */
final class ObjectEmitter {
    /** The model's schema: its fields, its codec, how to make it and its builder. */
    static final String SCHEMA = "SCHEMA";

    /** The method that describes the fields, run once by the schema. */
    private static final String FIELDS = "fields";

    private static final ClassName JSON_CREATOR = ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");

    private final SdkLayout layout;
    private final JavaTypes javaTypes;
    private final TypeIndex index;
    private final TypeEmitter types;

    ObjectEmitter(SdkLayout layout, JavaTypes javaTypes, TypeIndex index, TypeEmitter types) {
        this.layout = layout;
        this.javaTypes = javaTypes;
        this.index = index;
        this.types = types;
    }

    TypeSpec emit(ObjectModel model, boolean nested) {
        ClassName self = layout.model(model.id());
        ClassName builder = layout.names().builder(self);
        Set<String> inherited = inheritedNames(model);
        TypeSpec.Builder type = Javadoc.documented(
                        TypeSpec.classBuilder(self),
                        model.docs(),
                        "The {@code " + model.id().simpleName() + "} object.")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(
                        layout.runtime(JsonObjectModel.class), self, builder, membersType(model)));
        if (nested) {
            type.addModifiers(Modifier.STATIC);
        }
        if (model.properties().stream().anyMatch(p -> index.mentionsDeprecated(p.type()))
                || model.interfaces().stream().anyMatch(id -> index.mentionsDeprecated(new TypeRef.Named(id)))) {
            type.addAnnotation(Annotations.SUPPRESS_DEPRECATION);
        }
        model.interfaces().forEach(parent -> type.addSuperinterface(layout.model(parent)));

        ClassName schema = layout.runtime(ModelSchema.class);
        type.addField(FieldSpec.builder(
                        ParameterizedTypeName.get(schema, self, builder),
                        SCHEMA,
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .initializer("new $T<>($T.class, $T::new, $T::new, $T::$N)", schema, self, self, builder, self, FIELDS)
                .build());
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(Object[].class, "values")
                .addParameter(
                        ParameterizedTypeName.get(
                                JavaTypes.MAP, ClassName.get(String.class), WildcardTypeName.subtypeOf(Object.class)),
                        "additional")
                .addParameter(String.class, "path")
                .addStatement("super($N, values, additional, path)", SCHEMA)
                .build());
        for (int i = 0; i < model.properties().size(); i++) {
            Property property = model.properties().get(i);
            boolean isInherited = inherited.contains(property.name());
            type.addMethod(accessor(property, i, isInherited));
            type.addMethod(rawAccessor(property, i, isInherited));
        }
        type.addMethod(MethodSpec.methodBuilder(ReservedNames.FROM_JSON)
                .addJavadoc(
                        "{@return the {@code $L} the JSON text holds}\n@param json the JSON text\n", self.simpleName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(String.class, "json")
                .addStatement("return $N.fromJson(json)", SCHEMA)
                .build());
        type.addMethod(MethodSpec.methodBuilder(ReservedNames.FROM_JSON_NODE)
                .addJavadoc(
                        "{@return the {@code $L} the JSON tree holds}\n@param json the JSON tree\n", self.simpleName())
                .addAnnotation(AnnotationSpec.builder(JSON_CREATOR)
                        .addMember("mode", "$T.Mode.DELEGATING", JSON_CREATOR)
                        .build())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(JavaTypes.JSON_NODE, "json")
                .addStatement("return $N.fromJsonNode(json)", SCHEMA)
                .build());
        type.addMethod(MethodSpec.methodBuilder(ReservedNames.CODEC)
                .addJavadoc("{@return the codec that reads and writes {@code $L}}\n", self.simpleName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(layout.runtime(Codec.class), self))
                .addStatement("return $N", SCHEMA)
                .build());
        type.addMethod(MethodSpec.methodBuilder(ReservedNames.BUILDER)
                .addJavadoc("{@return a new builder}$L\n", requiredFieldsDoc(model))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addStatement("return new $T()", builder)
                .build());
        type.addMethod(fields(model));
        type.addType(new BuilderEmitter(layout, javaTypes, index).emit(model, self, membersType(model)));
        for (TypeModel inner : model.nested()) {
            type.addType(types.emitNested(inner));
        }
        return type.build();
    }

    /** Names the fields {@code build()} requires, literals aside (the builder fills them in). */
    private String requiredFieldsDoc(ObjectModel model) {
        List<String> required = model.properties().stream()
                .filter(property ->
                        property.required() && literal(property.type()).isEmpty())
                .map(property -> "{@code " + property.name() + "}")
                .toList();
        return required.isEmpty() ? " Every field is optional." : " Required: " + String.join(", ", required) + ".";
    }

    private Set<String> inheritedNames(ObjectModel model) {
        // Every field of an implemented interface was copied into the model unchanged; interfaces declare them all.
        if (model.interfaces().isEmpty()) {
            return Set.of();
        }
        return index.interfaceFieldNames(model.interfaces());
    }

    /** The type of the undeclared members: the spec's, or JSON. */
    private TypeName membersType(ObjectModel model) {
        return model.additionalProperties().map(javaTypes::boxed).orElse(JavaTypes.JSON_NODE);
    }

    /**
     * The description of the fields, one statement each (a chain or a list of hundreds of generic calls is slow to
     * compile): {@code required}, {@code requiredNullable} or {@code optional}, with the literal a builder fills in.
     */
    private MethodSpec fields(ObjectModel model) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(FIELDS)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(layout.runtime(ModelSchema.class).nestedClass("Fields"), FIELDS);
        for (Property property : model.properties()) {
            String kind = property.required() ? (property.nullable() ? "requiredNullable" : "required") : "optional";
            CodeBlock codec = javaTypes.codec(property.type());
            Optional<EnumModel> literal = literal(property.type());
            if (literal.isPresent()) {
                method.addStatement(
                        "$N.$N($S, $S, $L, $T.$N)",
                        FIELDS,
                        kind,
                        property.jsonName(),
                        property.name(),
                        codec,
                        layout.model(literal.get().id()),
                        literal.get().constants().get(0).name());
            } else {
                method.addCode(JoinedBlock.statement(
                        "$N.$N($S, $S, $L)", FIELDS, kind, property.jsonName(), property.name(), codec));
            }
        }
        model.additionalProperties()
                .ifPresent(type -> method.addStatement("$N.additional($L)", FIELDS, javaTypes.codec(type)));
        return method.build();
    }

    private MethodSpec accessor(Property property, int index, boolean inherited) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(property.name()).addModifiers(Modifier.PUBLIC);
        if (!inherited) {
            method.addJavadoc(accessorDoc(property));
        }
        annotate(method, property, inherited);
        if (property.required() && !property.nullable()) {
            method.returns(javaTypes.unboxed(property.type()))
                    .addCode(JoinedBlock.statement("return required($L)", index));
        } else if (property.required()) {
            method.returns(optionalOf(property)).addCode(JoinedBlock.statement("return requiredNullable($L)", index));
        } else {
            method.returns(optionalOf(property)).addCode(JoinedBlock.statement("return optional($L)", index));
        }
        return method.build();
    }

    private MethodSpec rawAccessor(Property property, int index, boolean inherited) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(MemberNames.rawAccessorName(property.name()))
                .addModifiers(Modifier.PUBLIC)
                .returns(fieldType(property))
                .addCode(JoinedBlock.statement("return field($L)", index));
        if (!inherited) {
            method.addJavadoc(rawAccessorDoc(property));
        }
        annotate(method, property, inherited);
        return method.build();
    }

    private void annotate(MethodSpec.Builder method, Property property, boolean inherited) {
        if (inherited) {
            method.addAnnotation(Override.class);
        }
        if (property.docs().deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
    }

    /** The raw accessor's Javadoc: one line, the field's description being on its typed accessor. */
    static CodeBlock rawAccessorDoc(Property property) {
        return JoinedBlock.of(
                "{@return $L as sent: absent, null, a value, or JSON of another type}\n",
                Javadoc.code(property.jsonName()));
    }

    /**
     * A typed accessor's Javadoc: the spec's description and default, and what an empty result means; without a
     * description, the one line that the return tag needs. What reading throws is said once, on the runtime's model
     * class, not on every field.
     */
    static CodeBlock accessorDoc(Property property) {
        String emptyWhen = property.required() && !property.nullable()
                ? ""
                : property.required()
                        ? ", or empty when it is null"
                        : ", or empty when absent" + (property.nullable() ? " or null" : "");
        JoinedBlock doc = JoinedBlock.builder();
        if (property.docs().summary().isEmpty() && property.defaultValue().isEmpty()) {
            doc.add("{@return the $L field$L}\n", Javadoc.code(property.jsonName()), emptyWhen);
        } else {
            property.docs().summary().ifPresent(summary -> doc.add("$L\n", Javadoc.sanitize(summary)));
            property.defaultValue()
                    .ifPresent(value -> doc.add(
                            (property.docs().summary().isPresent() ? "\n<p>" : "")
                                    + "The server's default is {@code $L}.\n",
                            Javadoc.sanitize(value)));
            doc.add("@return the value$L\n", emptyWhen);
        }
        if (property.docs().deprecated()) {
            doc.add("@deprecated the API marks this field as deprecated\n");
        }
        return doc.build();
    }

    private TypeName fieldType(Property property) {
        return ParameterizedTypeName.get(layout.runtime(JsonField.class), javaTypes.boxed(property.type()));
    }

    private TypeName optionalOf(Property property) {
        return ParameterizedTypeName.get(ClassName.get(Optional.class), javaTypes.boxed(property.type()));
    }

    private Optional<EnumModel> literal(TypeRef type) {
        return index.enumModel(type).filter(EnumModel::literal);
    }
}
