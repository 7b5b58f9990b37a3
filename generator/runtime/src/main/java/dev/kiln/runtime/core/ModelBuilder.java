package dev.kiln.runtime.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The builder of a model whose undeclared members are kept as JSON (see {@link AbstractModelBuilder}).
 *
 * @param <M> the model
 * @param <B> the builder
 */
public abstract class ModelBuilder<M extends JsonObjectModel<M, B, ?>, B extends ModelBuilder<M, B>>
        extends AbstractModelBuilder<M, B> {
    /**
     * Creates an empty builder: every field absent but the literals.
     *
     * @param schema the model's schema
     */
    protected ModelBuilder(ModelSchema<M, B> schema) {
        super(schema);
    }

    /**
     * Replaces the undeclared members.
     *
     * @param additionalProperties the members
     * @return this builder
     */
    public B additionalProperties(Map<String, JsonNode> additionalProperties) {
        return replaceAdditional(additionalProperties);
    }

    /**
     * Adds an undeclared member.
     *
     * @param name the member's JSON name
     * @param value its value: a {@code JsonNode}, or a plain Java value ({@code Map}, {@code List}, a model, a string,
     *     a number...), null for JSON null
     * @return this builder
     */
    public B putAdditionalProperty(String name, Object value) {
        return putAdditional(name, value);
    }
}
