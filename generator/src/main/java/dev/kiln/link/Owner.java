package dev.kiln.link;

import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeModel;
import dev.kiln.naming.NameScope;
import java.util.ArrayList;
import java.util.List;

/** A type being linked, which inline schemas of its fields are nested in. */
final class Owner {
    private final TypeId id;
    private final NameScope nestedNames = new NameScope();
    private final List<TypeModel> nested = new ArrayList<>();

    Owner(TypeId id) {
        this.id = id;
    }

    TypeId id() {
        return id;
    }

    NameScope nestedNames() {
        return nestedNames;
    }

    void addNested(TypeModel type) {
        nested.add(type);
    }

    List<TypeModel> nested() {
        return List.copyOf(nested);
    }
}
