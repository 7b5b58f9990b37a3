package dev.kiln.emit;

import com.palantir.javapoet.TypeSpec;
import dev.kiln.ir.EnumModel;
import dev.kiln.ir.InterfaceModel;
import dev.kiln.ir.ObjectModel;
import dev.kiln.ir.TypeModel;
import dev.kiln.ir.UnionModel;
import javax.lang.model.element.Modifier;

/** Emits any model type, dispatching on its kind; nested types are emitted inside their owner. */
final class TypeEmitter {
    private final ObjectEmitter objects;
    private final InterfaceEmitter interfaces;
    private final EnumEmitter enums;
    private final UnionEmitter unions;

    TypeEmitter(SdkLayout layout, JavaTypes javaTypes, TypeIndex index) {
        this.objects = new ObjectEmitter(layout, javaTypes, index, this);
        this.interfaces = new InterfaceEmitter(layout, javaTypes, this, index);
        this.enums = new EnumEmitter(layout);
        this.unions = new UnionEmitter(layout, javaTypes, this, index);
    }

    TypeSpec emit(TypeModel model) {
        return emit(model, false);
    }

    /** Emits a type nested in another, made {@code static} (which Java implies for enums and interfaces). */
    TypeSpec emitNested(TypeModel model) {
        TypeSpec type = emit(model, true);
        if (type.modifiers().contains(Modifier.STATIC)) {
            return type;
        }
        return type.toBuilder().addModifiers(Modifier.STATIC).build();
    }

    private TypeSpec emit(TypeModel model, boolean nested) {
        if (model instanceof ObjectModel object) {
            return objects.emit(object, nested);
        }
        if (model instanceof InterfaceModel iface) {
            return interfaces.emit(iface);
        }
        if (model instanceof UnionModel union) {
            return unions.emit(union);
        }
        return enums.emit((EnumModel) model);
    }
}
