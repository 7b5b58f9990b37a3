package dev.kiln.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.ir.InterfaceModel;
import dev.kiln.ir.Property;
import dev.kiln.ir.TypeModel;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Emits a schema that others extend with {@code allOf} as an interface declaring the fields they share. */
final class InterfaceEmitter {
    private final SdkLayout layout;
    private final JavaTypes javaTypes;
    private final TypeEmitter types;

    InterfaceEmitter(SdkLayout layout, JavaTypes javaTypes, TypeEmitter types) {
        this.layout = layout;
        this.javaTypes = javaTypes;
        this.types = types;
    }

    TypeSpec emit(InterfaceModel model) {
        ClassName self = layout.model(model.id());
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(self)
                .addJavadoc(Javadoc.of(model.docs(), "The fields shared by every {@code " + model.id().simpleName() + "}."))
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(layout.core("JsonModel"));
        if (model.docs().deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        model.parents().forEach(parent -> type.addSuperinterface(layout.model(parent)));
        for (Property property : model.properties()) {
            MethodSpec.Builder accessor = MethodSpec.methodBuilder(property.javaName())
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .addJavadoc(ObjectEmitter.accessorDoc(property))
                    .returns(accessorType(property));
            MethodSpec.Builder raw = MethodSpec.methodBuilder("_" + property.javaName())
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .addJavadoc("Returns the field {@code $L} as sent: absent, explicitly null, or a value.\n\n"
                            + "@return the raw field\n", property.jsonName())
                    .returns(ParameterizedTypeName.get(layout.core("JsonField"), javaTypes.boxed(property.type())));
            if (property.docs().deprecated()) {
                accessor.addAnnotation(Deprecated.class);
                raw.addAnnotation(Deprecated.class);
            }
            type.addMethod(accessor.build());
            type.addMethod(raw.build());
        }
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
