package dev.kiln.runtime.core;

import java.util.Map;

/**
 * The builder of a model whose undeclared members have a type the spec gives (see {@link AbstractModelBuilder}).
 *
 * @param <M> the model
 * @param <B> the builder
 * @param <V> the undeclared members' type
 */
public abstract class TypedModelBuilder<M extends JsonObjectModel<M, B, ?>, B extends TypedModelBuilder<M, B, V>, V>
        extends AbstractModelBuilder<M, B> {
    /**
     * Creates an empty builder: every field absent but the literals.
     *
     * @param schema the model's schema
     */
    protected TypedModelBuilder(ModelSchema<M, B> schema) {
        super(schema);
    }

    /**
     * Replaces the undeclared members.
     *
     * @param additionalProperties the members
     * @return this builder
     */
    public B additionalProperties(Map<String, V> additionalProperties) {
        return replaceAdditional(additionalProperties);
    }

    /**
     * Adds an undeclared member.
     *
     * @param name the member's JSON name
     * @param value its value
     * @return this builder
     */
    public B putAdditionalProperty(String name, V value) {
        return putAdditional(name, value);
    }
}
