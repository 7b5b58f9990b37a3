package dev.kiln.link;

import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeModel;
import dev.kiln.language.NameScope;
import dev.kiln.language.Symbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where the inline schemas met while linking one schema go. A type's inline schemas are nested in it; a schema
 * that is no type of its own (an alias such as an array of inline objects, or a body) hoists them to top-level
 * types named after it.
 *
 * <p>Nesting is capped at {@value #MAX_NESTING} levels below a top-level type ({@code Config.Server.Tls.Certificate}),
 * so that no file grows into one deep tower of classes: an inline schema below the cap is promoted to a top-level
 * type named after its top-level owner and its field ({@code ConfigIssuer}), and nests its own inline schemas
 * again.
 */
final class Owner {
    /** How many levels of nested types a top-level type may hold. */
    static final int MAX_NESTING = 3;

    private final Symbols symbols;
    private final TypeId id;
    private final String hoistPrefix;
    private final NameScope names;
    private final TopLevel topLevel;
    private final List<TypeModel> nested = new ArrayList<>();

    /**
     * Where promoted types go.
     *
     * @param names the top-level names already taken
     * @param sink takes each promoted type once it is linked
     */
    record TopLevel(NameScope names, Consumer<TypeModel> sink) {}

    private Owner(Symbols symbols, TypeId id, String hoistPrefix, NameScope names, TopLevel topLevel) {
        this.symbols = symbols;
        this.id = id;
        this.hoistPrefix = hoistPrefix;
        this.names = names;
        this.topLevel = topLevel;
    }

    /**
     * The owner of the inline schemas of the top-level type {@code id}, which are nested in it; for a type whose
     * inline schemas cannot reach the nesting cap.
     */
    static Owner of(Symbols symbols, TypeId id) {
        return new Owner(symbols, id, null, symbols.typeScope(), null);
    }

    /**
     * The owner of the inline schemas of type {@code id}, which are nested in it down to the nesting cap and
     * promoted to {@code topLevel} below it.
     */
    static Owner of(Symbols symbols, TypeId id, TopLevel topLevel) {
        return new Owner(symbols, id, null, symbols.typeScope(), topLevel);
    }

    /**
     * The owner of the inline schemas of an interface (a schema others extend with {@code allOf}). The classes
     * implementing it inherit its nested types, whose names would hide the top-level types of the same name there,
     * so the nested types take none of {@code topLevelTypeNames}.
     */
    static Owner ofInterface(Symbols symbols, TypeId id, TopLevel topLevel, Set<String> topLevelTypeNames) {
        return new Owner(symbols, id, null, symbols.typeScope(topLevelTypeNames), topLevel);
    }

    /**
     * The owner of the inline schemas of something that is not a type: they become top-level types whose names
     * start with {@code prefix}.
     */
    static Owner hoisting(Symbols symbols, String prefix, NameScope topLevelNames) {
        return new Owner(symbols, null, prefix, topLevelNames, null);
    }

    /** The id of the type owning the inline schemas; only for an owner that nests. */
    TypeId id() {
        if (id == null) {
            throw new IllegalStateException("a hoisting owner is no type");
        }
        return id;
    }

    /** Whether inline schemas become top-level types rather than nested ones. */
    boolean hoists() {
        return id == null;
    }

    /** Names the type for the inline schema of field {@code fieldName}. */
    TypeId childId(String fieldName) {
        if (hoists()) {
            String candidate = fieldName.equals(hoistPrefix) ? hoistPrefix : hoistPrefix + " " + fieldName;
            return TypeId.topLevel(symbols.typeName(candidate, names));
        }
        if (topLevel != null && id.names().size() > MAX_NESTING) {
            return TypeId.topLevel(symbols.promotedTypeName(id.names(), fieldName, topLevel.names()));
        }
        return id.nested(symbols.nestedTypeName(fieldName, id.names(), names));
    }

    /** Names the implementation nested in this owner, an object type that other object types extend. */
    TypeId implementationId() {
        return id().nested(symbols.implementationName(names));
    }

    /** Places a type named by {@link #childId}: nested in this owner, or promoted to the top level. */
    void addNested(TypeModel type) {
        if (!hoists() && !type.id().isNested()) {
            topLevel.sink().accept(type);
        } else {
            nested.add(type);
        }
    }

    /** The types nested in this owner (for an owner that hoists, the types it hoisted), in the order linked. */
    List<TypeModel> nested() {
        return List.copyOf(nested);
    }
}
