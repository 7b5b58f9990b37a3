package dev.kiln.ir;

import dev.kiln.problems.JsonPointer;
import java.util.List;
import java.util.Optional;

/**
 * A {@code oneOf} or {@code anyOf}: a sealed interface with one record per variant and an {@code Unknown} variant
 * that keeps any other JSON, so a variant the spec does not know yet still parses and is written back.
 *
 * @param id the type's name
 * @param docs description and deprecation
 * @param variants the alternatives, in spec order
 * @param discriminator the property whose value names the variant, when the spec gives one
 * @param nested inline types of the variants, nested in the union
 * @param pointer where the schema is in the spec
 * @param unknownName the name of the record for JSON no variant reads: {@code Unknown}, unless an enclosing type
 *     has that name
 */
public record UnionModel(
        TypeId id,
        Docs docs,
        List<Variant> variants,
        Optional<String> discriminator,
        List<TypeModel> nested,
        JsonPointer pointer,
        String unknownName)
        implements TypeModel {

    /**
     * One alternative.
     *
     * @param name the variant's name, such as {@code OfChatMessage}
     * @param type the value's type
     * @param tags the discriminator values that select this variant, in the order the spec gives them
     */
    public record Variant(String name, TypeRef type, List<String> tags) {
        public Variant {
            tags = List.copyOf(tags);
        }
    }

    public UnionModel {
        variants = List.copyOf(variants);
        nested = List.copyOf(nested);
    }
}
