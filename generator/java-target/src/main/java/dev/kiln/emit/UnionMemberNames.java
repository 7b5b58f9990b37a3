package dev.kiln.emit;

import dev.kiln.ir.TypeModel;
import dev.kiln.ir.TypeRef;
import dev.kiln.ir.UnionModel;
import dev.kiln.language.NameScope;
import dev.kiln.naming.MemberNames;
import dev.kiln.naming.TypeNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names of a union's convenience members, asked of the naming authority in one order so the union and the
 * builders that set it agree: a factory, a test, an accessor and a visitor method per variant, and the visitor's
 * type.
 *
 * @param variants the names for each variant, in the union's order
 * @param visitorType the simple name of the nested visitor interface: {@code Visitor}, unless a type the union
 *     declares, is nested in or mentions has that name
 * @param resultVariable the visitor's type variable: {@code R}, unless such a type has that name
 */
record UnionMemberNames(List<Variant> variants, String visitorType, String resultVariable) {
    /**
     * The names for one variant.
     *
     * @param factory the static factory, {@code ofString}
     * @param test the test, {@code isString}
     * @param accessor the accessor returning an {@code Optional}, {@code string}
     * @param visit the visitor's method, {@code visitString}
     */
    record Variant(String factory, String test, String accessor, String visit) {}

    UnionMemberNames {
        variants = List.copyOf(variants);
    }

    static UnionMemberNames of(UnionModel model) {
        NameScope members = MemberNames.unionScope();
        List<String> factories = new ArrayList<>();
        for (UnionModel.Variant variant : model.variants()) {
            factories.add(MemberNames.variantFactoryName(variant.name(), members));
        }
        NameScope visits = MemberNames.visitorScope();
        List<Variant> variants = new ArrayList<>();
        for (int i = 0; i < model.variants().size(); i++) {
            String record = model.variants().get(i).name();
            variants.add(new Variant(
                    factories.get(i),
                    MemberNames.variantTestName(record, members),
                    MemberNames.variantAccessorName(record, members),
                    MemberNames.visitMethodName(record, visits)));
        }
        Set<String> types = new HashSet<>(model.id().names());
        types.add(model.unknownName());
        model.variants().forEach(variant -> types.add(variant.name()));
        model.variants().forEach(variant -> mentionedNames(variant.type(), types));
        model.nested().stream().map(TypeModel::id).forEach(id -> types.add(id.simpleName()));
        String visitor = TypeNames.visitorTypeName(types);
        types.add(visitor);
        return new UnionMemberNames(variants, visitor, TypeNames.visitorResultVariable(types));
    }

    /** The simple names of the generated types a variant's type mentions, enclosing ones included. */
    private static void mentionedNames(TypeRef type, Set<String> names) {
        if (type instanceof TypeRef.Named named) {
            names.addAll(named.id().names());
        } else if (type instanceof TypeRef.ListOf list) {
            mentionedNames(list.element(), names);
        } else if (type instanceof TypeRef.MapOf map) {
            mentionedNames(map.value(), names);
        }
    }
}
