package dev.kiln.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.ir.Docs;
import dev.kiln.ir.ObjectModel;
import dev.kiln.ir.Property;
import dev.kiln.ir.TypeModel;
import dev.kiln.ir.TypeRef;
import dev.kiln.naming.Naming;
import dev.kiln.runtime.core.Codec;
import dev.kiln.runtime.core.Codecs;
import dev.kiln.runtime.core.Json;
import dev.kiln.runtime.core.JsonDataException;
import dev.kiln.runtime.core.JsonField;
import dev.kiln.runtime.core.JsonModel;
import dev.kiln.runtime.core.JsonObjectReader;
import dev.kiln.runtime.core.JsonObjectWriter;
import dev.kiln.runtime.core.JsonPaths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits an object model: an immutable class with one accessor per field, a raw {@code _field()} accessor that
 * tells absent from null, a builder, JSON reading and writing that keeps unknown fields, and value semantics.
 * Reading is tolerant: a field the server sent with a value of another type is kept as sent, and only its
 * accessor (or {@code validate()}) throws.
 */
final class ObjectEmitter {
    /**
     * The field holding where the object was read, for the messages of its required accessors. No field accessor
     * can take this name: the naming authority starts a field name with {@code _} only before a digit.
     */
    private static final String PATH_FIELD = "_path";

    private static final ClassName JSON_CREATOR = ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");
    private static final ClassName JSON_VALUE = ClassName.get("com.fasterxml.jackson.annotation", "JsonValue");

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
        Set<String> inherited = inheritedNames(model);
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc(Javadoc.of(model.docs(), "The {@code " + model.id().simpleName() + "} object."))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        if (model.interfaces().isEmpty()) {
            type.addSuperinterface(layout.runtime(JsonModel.class));
        }
        if (nested) {
            type.addModifiers(Modifier.STATIC);
        }
        if (model.docs().deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        if (model.properties().stream().anyMatch(p -> index.mentionsDeprecated(p.type()))
                || model.interfaces().stream().anyMatch(id -> index.mentionsDeprecated(new TypeRef.Named(id)))) {
            type.addAnnotation(Annotations.SUPPRESS_DEPRECATION);
        }
        model.interfaces().forEach(parent -> type.addSuperinterface(layout.model(parent)));

        ParameterizedTypeName codecType = ParameterizedTypeName.get(layout.runtime(Codec.class), self);
        type.addField(FieldSpec.builder(codecType, "CODEC", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(
                        "$T.object($Z$T::decode,$W$T::toJsonNode,$W$T::validate)",
                        layout.runtime(Codecs.class),
                        self,
                        self,
                        self)
                .build());
        for (Property property : model.properties()) {
            type.addField(fieldType(property), property.javaName(), Modifier.PRIVATE, Modifier.FINAL);
        }
        type.addField(additionalType(model), "additionalProperties", Modifier.PRIVATE, Modifier.FINAL);
        type.addField(String.class, PATH_FIELD, Modifier.PRIVATE, Modifier.FINAL);

        type.addMethod(constructor(model, self));
        for (Property property : model.properties()) {
            type.addMethod(accessor(property, inherited.contains(property.javaName())));
            type.addMethod(rawAccessor(property, inherited.contains(property.javaName())));
        }
        type.addMethod(additionalPropertiesAccessor(model));
        type.addMethod(validate(model, self));
        type.addMethod(toJsonNode(model));
        type.addMethod(fromJson(self));
        type.addMethod(fromJsonNode(self));
        type.addMethod(codecAccessor(self, codecType));
        type.addMethod(decode(model, self));
        type.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc(
                        "Starts building $L {@code $L}.$L\n\n@return a new builder\n",
                        Javadoc.article(self.simpleName()),
                        self.simpleName(),
                        requiredFieldsDoc(model))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(layout.names().builder(self))
                .addStatement("return new Builder()")
                .build());
        type.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addJavadoc("{@return a builder holding this object's fields}\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(layout.names().builder(self))
                .addStatement("return new Builder(this)")
                .build());
        type.addMethod(equalsMethod(model, self));
        type.addMethod(hashCodeMethod(model));
        type.addMethod(toStringMethod(model, self));
        type.addType(new BuilderEmitter(layout, javaTypes, index)
                .emit(model, self, fieldTypes(model), additionalType(model)));
        for (TypeModel inner : model.nested()) {
            type.addType(types.emitNested(inner));
        }
        return type.build();
    }

    /** Names the fields {@code build()} requires, literals aside (the builder fills them in). */
    private String requiredFieldsDoc(ObjectModel model) {
        List<String> required = model.properties().stream()
                .filter(property -> property.required()
                        && index.enumModel(property.type())
                                .filter(e -> e.literal())
                                .isEmpty())
                .map(property -> "{@code " + property.javaName() + "}")
                .toList();
        if (required.isEmpty()) {
            return " Every field is optional.";
        }
        return " Required: " + String.join(", ", required) + ".";
    }

    private Set<String> inheritedNames(ObjectModel model) {
        // Every field of an implemented interface was copied into the model unchanged; interfaces declare them all.
        if (model.interfaces().isEmpty()) {
            return Set.of();
        }
        return index.interfaceFieldNames(model.interfaces());
    }

    private Map<String, TypeName> fieldTypes(ObjectModel model) {
        Map<String, TypeName> fields = new LinkedHashMap<>();
        for (Property property : model.properties()) {
            fields.put(property.javaName(), fieldType(property));
        }
        return fields;
    }

    private TypeName fieldType(Property property) {
        return ParameterizedTypeName.get(layout.runtime(JsonField.class), javaTypes.boxed(property.type()));
    }

    TypeName additionalType(ObjectModel model) {
        TypeName value = model.additionalProperties().map(javaTypes::boxed).orElse(JavaTypes.JSON_NODE);
        return ParameterizedTypeName.get(JavaTypes.MAP, ClassName.get(String.class), value);
    }

    /**
     * Takes the fields from a builder rather than one parameter each: a constructor of hundreds of parameters
     * would pass the JVM's limit of 255, and a call of hundreds of arguments is slow to compile.
     */
    private MethodSpec constructor(ObjectModel model, ClassName self) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(layout.names().builder(self), "builder")
                .addParameter(additionalType(model), "additionalProperties")
                .addParameter(String.class, PATH_FIELD);
        for (Property property : model.properties()) {
            if (property.type() instanceof TypeRef.ListOf || property.type() instanceof TypeRef.MapOf) {
                // a list or map the builder grew with addX or putX is copied once, here, so the builder can go on
                constructor.addStatement(
                        "this.$N = $T.frozen(builder.$N)",
                        property.javaName(),
                        layout.runtime(JsonField.class),
                        property.javaName());
            } else {
                constructor.addStatement("this.$N = builder.$N", property.javaName(), property.javaName());
            }
        }
        constructor.addStatement("this.additionalProperties = additionalProperties");
        constructor.addStatement("this.$N = $N", PATH_FIELD, PATH_FIELD);
        return constructor.build();
    }

    private MethodSpec accessor(Property property, boolean inherited) {
        MethodSpec.Builder method =
                MethodSpec.methodBuilder(property.javaName()).addModifiers(Modifier.PUBLIC);
        if (!inherited) {
            method.addJavadoc(accessorDoc(property));
        }
        annotate(method, property, inherited);
        if (property.required() && !property.nullable()) {
            method.returns(javaTypes.unboxed(property.type()))
                    .addStatement("return $N.required($S, $N)", property.javaName(), property.jsonName(), PATH_FIELD);
        } else if (property.required()) {
            method.returns(optionalOf(property))
                    .addStatement(
                            "return $N.requiredNullable($S, $N)", property.javaName(), property.jsonName(), PATH_FIELD);
        } else {
            method.returns(optionalOf(property)).addStatement("return $N.optional()", property.javaName());
        }
        return method.build();
    }

    private MethodSpec rawAccessor(Property property, boolean inherited) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(Naming.rawAccessorName(property.javaName()))
                .addModifiers(Modifier.PUBLIC)
                .returns(fieldType(property))
                .addStatement("return $N", property.javaName());
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
        return CodeBlock.of(
                "{@return the field $L as sent: absent, explicitly null, or a value}\n",
                Javadoc.code(property.jsonName()));
    }

    static CodeBlock accessorDoc(Property property) {
        CodeBlock.Builder doc = CodeBlock.builder()
                .add(Javadoc.of(
                        new Docs(property.docs().summary(), false),
                        "The " + Javadoc.code(property.jsonName()) + " field."));
        property.defaultValue()
                .ifPresent(value -> doc.add("\n<p>The server's default is {@code $L}.\n", Javadoc.sanitize(value)));
        if (property.required() && !property.nullable()) {
            doc.add(
                    "\n@return the value\n@throws $L when the server left this required field out or sent a value of another type\n",
                    "JsonDataException");
        } else if (property.required()) {
            doc.add(
                    "\n@return the value, or empty when it is null\n@throws $L when the server left this required field out or "
                            + "sent a value of another type\n",
                    "JsonDataException");
        } else {
            doc.add(
                    "\n@return the value, or empty when absent" + (property.nullable() ? " or null" : "")
                            + "\n@throws $L when the " + "server sent a value of another type\n",
                    "JsonDataException");
        }
        if (property.docs().deprecated()) {
            doc.add("@deprecated the API marks this field as deprecated\n");
        }
        return doc.build();
    }

    private TypeName optionalOf(Property property) {
        return ParameterizedTypeName.get(ClassName.get(Optional.class), javaTypes.boxed(property.type()));
    }

    private MethodSpec additionalPropertiesAccessor(ObjectModel model) {
        return MethodSpec.methodBuilder("additionalProperties")
                .addJavadoc("{@return the members the spec does not declare, in the order received, so that nothing a "
                        + "newer server sends is lost}\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(additionalType(model))
                .addStatement("return additionalProperties")
                .build();
    }

    private MethodSpec validate(ObjectModel model, ClassName self) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("validate")
                .addModifiers(Modifier.PUBLIC)
                .returns(self);
        if (model.interfaces().isEmpty()) {
            method.addJavadoc(
                    "{@return this object, once every required field is known present, every field of its type, and "
                            + "nested objects valid too}\n@throws $T for the first field, in spec order, that is absent though required "
                            + "or holds a value of another type, naming its JSON path\n",
                    layout.runtime(JsonDataException.class));
        } else {
            method.addAnnotation(Override.class);
        }
        for (Property property : model.properties()) {
            String field = property.javaName();
            if (property.required() && !property.nullable()) {
                method.addStatement("$N.required($S, $N)", field, property.jsonName(), PATH_FIELD);
            } else if (property.required()) {
                method.addStatement("$N.requiredNullable($S, $N)", field, property.jsonName(), PATH_FIELD);
            }
            CodeBlock nestedCheck = nestedValidation(property.type());
            if (!property.required()) {
                // reading an optional field throws only when the server sent a value of another type
                if (nestedCheck != null) {
                    method.addStatement("$N.optional().ifPresent($L)", field, nestedCheck);
                } else {
                    method.addStatement("$N.optional()", field);
                }
            } else if (nestedCheck != null) {
                method.addStatement("$N.value().ifPresent($L)", field, nestedCheck);
            }
        }
        if (model.additionalProperties().isPresent()
                && index.isObject(model.additionalProperties().get())) {
            method.addStatement(
                    "additionalProperties.values().forEach($T::validate)",
                    layout.model(JavaTypes.namedId(model.additionalProperties().get())));
        }
        return method.addStatement("return this").build();
    }

    private CodeBlock nestedValidation(TypeRef type) {
        if (index.isObject(type)) {
            return CodeBlock.of("$T::validate", layout.model(JavaTypes.namedId(type)));
        }
        if (type instanceof TypeRef.ListOf list && index.isObject(list.element())) {
            return CodeBlock.of(
                    "items -> items.forEach($T::validate)", layout.model(JavaTypes.namedId(list.element())));
        }
        if (type instanceof TypeRef.MapOf map && index.isObject(map.value())) {
            return CodeBlock.of(
                    "values -> values.values().forEach($T::validate)", layout.model(JavaTypes.namedId(map.value())));
        }
        return null;
    }

    /** One statement per field, not one fluent chain: a chain of hundreds of generic calls is slow to compile. */
    private MethodSpec toJsonNode(ObjectModel model) {
        ClassName writer = layout.runtime(JsonObjectWriter.class);
        CodeBlock.Builder body = CodeBlock.builder().addStatement("$T writer = $T.create()", writer, writer);
        for (Property property : model.properties()) {
            body.addStatement(
                    "writer.field($S, this.$N,$W$L)",
                    property.jsonName(),
                    property.javaName(),
                    javaTypes.codec(property.type()));
        }
        if (model.additionalProperties().isPresent()) {
            body.addStatement(
                    "return writer.members(additionalProperties, $L).build()",
                    javaTypes.codec(model.additionalProperties().get()));
        } else {
            body.addStatement("return writer.members(additionalProperties).build()");
        }
        return MethodSpec.methodBuilder("toJsonNode")
                .addAnnotation(Override.class)
                .addAnnotation(JSON_VALUE)
                .addModifiers(Modifier.PUBLIC)
                .returns(JavaTypes.JSON_NODE)
                .addCode(body.build())
                .build();
    }

    private MethodSpec fromJson(ClassName self) {
        return MethodSpec.methodBuilder("fromJson")
                .addJavadoc(
                        "{@return the {@code $L} the JSON text holds; a required field left out or a value of another type "
                                + "fails only its accessor (see {@code validate()})}\n@param json the JSON text\n@throws $T when the JSON is "
                                + "malformed or not an object\n",
                        self.simpleName(),
                        layout.runtime(JsonDataException.class))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(String.class, "json")
                .addStatement(
                        "return decode($T.parse(json), $T.ROOT)",
                        layout.runtime(Json.class),
                        layout.runtime(JsonPaths.class))
                .build();
    }

    private MethodSpec fromJsonNode(ClassName self) {
        return MethodSpec.methodBuilder("fromJsonNode")
                .addJavadoc(
                        "{@return the {@code $L} the JSON tree holds}\n@param json the JSON tree\n"
                                + "@throws $T when the JSON is not an object\n",
                        self.simpleName(),
                        layout.runtime(JsonDataException.class))
                .addAnnotation(AnnotationSpec.builder(JSON_CREATOR)
                        .addMember("mode", "$T.Mode.DELEGATING", JSON_CREATOR)
                        .build())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(JavaTypes.JSON_NODE, "json")
                .addStatement("return decode(json, $T.ROOT)", layout.runtime(JsonPaths.class))
                .build();
    }

    private MethodSpec codecAccessor(ClassName self, TypeName codecType) {
        return MethodSpec.methodBuilder("codec")
                .addJavadoc(
                        "{@return the codec that reads and writes {@code $L}, for lists and maps of it}\n",
                        self.simpleName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(codecType)
                .addStatement("return CODEC")
                .build();
    }

    /** Reads each field into a builder, one statement per field, then builds without the builder's checks. */
    private MethodSpec decode(ObjectModel model, ClassName self) {
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement(
                        "$T reader = $T.of(json, path)",
                        layout.runtime(JsonObjectReader.class),
                        layout.runtime(JsonObjectReader.class))
                .addStatement("Builder builder = new Builder()");
        for (Property property : model.properties()) {
            body.addStatement(
                    "builder.$N = reader.field($S,$W$L)",
                    property.javaName(),
                    property.jsonName(),
                    javaTypes.codec(property.type()));
        }
        if (model.additionalProperties().isPresent()) {
            body.addStatement(
                    "return new $T(builder,$Wreader.remaining($L),$Wpath)",
                    self,
                    javaTypes.codec(model.additionalProperties().get()));
        } else {
            body.addStatement("return new $T(builder, reader.remaining(), path)", self);
        }
        return MethodSpec.methodBuilder("decode")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(self)
                .addParameter(JavaTypes.JSON_NODE, "json")
                .addParameter(String.class, "path")
                .addCode(body.build())
                .build();
    }

    private MethodSpec equalsMethod(ObjectModel model, ClassName self) {
        List<CodeBlock> comparisons = new ArrayList<>();
        for (Property property : model.properties()) {
            comparisons.add(CodeBlock.of("this.$N.equals(that.$N)", property.javaName(), property.javaName()));
        }
        comparisons.add(CodeBlock.of("this.additionalProperties.equals(that.additionalProperties)"));
        return MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(ParameterSpec.builder(Object.class, "other").build())
                .beginControlFlow("if (this == other)")
                .addStatement("return true")
                .endControlFlow()
                .beginControlFlow("if (!(other instanceof $T that))", self)
                .addStatement("return false")
                .endControlFlow()
                .addStatement("return $L", CodeBlock.join(comparisons, "$W&& "))
                .build();
    }

    private MethodSpec hashCodeMethod(ObjectModel model) {
        List<CodeBlock> fields = new ArrayList<>();
        model.properties().forEach(property -> fields.add(CodeBlock.of("$N", property.javaName())));
        fields.add(CodeBlock.of("additionalProperties"));
        return MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addStatement("return $T.hash($L)", Objects.class, CodeBlock.join(fields, ",$W"))
                .build();
    }

    private MethodSpec toStringMethod(ObjectModel model, ClassName self) {
        CodeBlock.Builder text = CodeBlock.builder().add("$S", self.simpleName() + "{");
        String separator = "";
        for (Property property : model.properties()) {
            text.add("$W+ $S + $N", separator + property.javaName() + "=", property.javaName());
            separator = ", ";
        }
        text.add("$W+ $S + additionalProperties", separator + "additionalProperties=");
        text.add("$W+ $S", "}");
        return MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $L", text.build())
                .build();
    }
}
