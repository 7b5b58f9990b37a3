package dev.kiln.runtime.core;

import java.util.Map;
import java.util.Optional;

/** A model whose undeclared members are typed, as a spec's {@code additionalProperties: {type: integer}} makes one. */
final class Scores extends JsonObjectModel<Scores, Scores.Builder, Long> {
    private static final ModelSchema<Scores, Builder> SCHEMA =
            new ModelSchema<>(Scores.class, Scores::new, Builder::new, Scores::fields);

    private Scores(Object[] values, Map<String, ?> additional, String path) {
        super(SCHEMA, values, additional, path);
    }

    Optional<Scores> inner() {
        return optional(0);
    }

    JsonField<Scores> _inner() {
        return field(0);
    }

    static Codec<Scores> codec() {
        return SCHEMA;
    }

    private static void fields(ModelSchema.Fields fields) {
        fields.optional("inner", "inner", SCHEMA);
        fields.additional(Codecs.INT64);
    }

    static final class Builder extends ModelBuilder<Scores, Builder> {
        private Builder() {
            super(SCHEMA);
        }
    }
}
