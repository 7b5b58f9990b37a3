package dev.kiln.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.ir.InterfaceModel;
import dev.kiln.ir.Property;
import dev.kiln.ir.TypeModel;
import dev.kiln.naming.MemberNames;
import dev.kiln.naming.ReservedNames;
import dev.kiln.runtime.core.Codec;
import dev.kiln.runtime.core.Codecs;
import dev.kiln.runtime.core.JsonDataException;
import dev.kiln.runtime.core.JsonField;
import dev.kiln.runtime.core.JsonModel;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Emits a schema that others extend with {@code allOf} as an interface declaring the fields they share. */
final class InterfaceEmitter {
    private final SdkLayout layout;
    private final JavaTypes javaTypes;
    private final TypeEmitter types;
    private final TypeIndex index;

    InterfaceEmitter(SdkLayout layout, JavaTypes javaTypes, TypeEmitter types, TypeIndex index) {
        this.layout = layout;
        this.javaTypes = javaTypes;
        this.types = types;
        this.index = index;
    }

    TypeSpec emit(InterfaceModel model) {
        ClassName self = layout.model(model.id());
        TypeSpec.Builder type = Javadoc.documented(
                        TypeSpec.interfaceBuilder(self),
                        model.docs(),
                        "The fields shared by every {@code " + model.id().simpleName() + "}.")
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(layout.runtime(JsonModel.class));
        if (model.properties().stream().anyMatch(p -> index.mentionsDeprecated(p.type()))) {
            type.addAnnotation(Annotations.SUPPRESS_DEPRECATION);
        }
        model.parents().forEach(parent -> type.addSuperinterface(layout.model(parent)));
        for (Property property : model.properties()) {
            MethodSpec.Builder accessor = MethodSpec.methodBuilder(property.name())
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .addJavadoc(ObjectEmitter.accessorDoc(property))
                    .returns(accessorType(property));
            MethodSpec.Builder raw = MethodSpec.methodBuilder(MemberNames.rawAccessorName(property.name()))
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .addJavadoc(ObjectEmitter.rawAccessorDoc(property))
                    .returns(ParameterizedTypeName.get(
                            layout.runtime(JsonField.class), javaTypes.boxed(property.type())));
            if (property.docs().deprecated()) {
                accessor.addAnnotation(Deprecated.class);
                raw.addAnnotation(Deprecated.class);
            }
            type.addMethod(accessor.build());
            type.addMethod(raw.build());
        }
        ClassName implementation = layout.model(model.implementation());
        ParameterizedTypeName codecType = ParameterizedTypeName.get(layout.runtime(Codec.class), self);
        type.addMethod(MethodSpec.methodBuilder(ReservedNames.VALIDATE)
                .addJavadoc(
                        "{@return this object, once every required field is known present, every field of its type, and "
                                + "nested objects valid too}\n@throws $T for the first field, in spec order, that is absent though required "
                                + "or holds a value of another type, naming its JSON path\n",
                        layout.runtime(JsonDataException.class))
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(self)
                .build());
        type.addMethod(MethodSpec.methodBuilder(ReservedNames.CODEC)
                .addJavadoc(
                        "{@return the codec for fields typed {@code $L}: it reads $L {@link $T}}\n",
                        self.simpleName(),
                        Javadoc.article(implementation.simpleName()),
                        implementation)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(codecType)
                .addStatement(
                        "$T<$T> implementation = $T.codec()",
                        layout.runtime(Codec.class),
                        implementation,
                        implementation)
                .addStatement(
                        "return $T.object(implementation::decode, $T::toJsonNode, $T::validate)",
                        layout.runtime(Codecs.class),
                        self,
                        self)
                .build());
        type.addMethod(MethodSpec.methodBuilder(ReservedNames.BUILDER)
                .addJavadoc(
                        "{@return a new builder of $L {@code $L} with only the fields it declares}\n",
                        Javadoc.article(self.simpleName()),
                        self.simpleName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(layout.names().builder(implementation))
                .addStatement("return $T.builder()", implementation)
                .build());
        type.addMethod(MethodSpec.methodBuilder(ReservedNames.FROM_JSON)
                .addJavadoc(
                        "{@return the {@code $L} the JSON text holds}\n@param json the JSON text\n", self.simpleName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(String.class, "json")
                .addStatement("return $T.fromJson(json)", implementation)
                .build());
        for (TypeModel inner : model.nested()) {
            type.addType(types.emitNested(inner));
        }
        return type.build();
    }

    private TypeName accessorType(Property property) {
        if (property.required() && !property.nullable()) {
            return javaTypes.unboxed(property.type());
        }
        return ParameterizedTypeName.get(ClassName.get(Optional.class), javaTypes.boxed(property.type()));
    }
}
