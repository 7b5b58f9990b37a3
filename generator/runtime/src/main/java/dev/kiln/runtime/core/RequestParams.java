package dev.kiln.runtime.core;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What every generated class of an operation's query and header parameters is: an immutable value, one slot per
 * parameter, each set or not. The builder ({@link Builder}) checks that every required parameter is set.
 */
public abstract class RequestParams {
    private final Object[] values;

    /**
     * Creates the parameters; only the generated subclass calls this, from its builder.
     *
     * @param values one slot per parameter, null when not set
     */
    protected RequestParams(Object[] values) {
        this.values = values;
    }

    /**
     * Returns a required parameter, which the builder made sure is set.
     *
     * @param index the parameter's index
     * @param <T> its type
     * @return its value
     */
    @SuppressWarnings("unchecked")
    protected final <T> T required(int index) {
        return (T) values[index];
    }

    /**
     * Returns an optional parameter.
     *
     * @param index the parameter's index
     * @param <T> its type
     * @return its value, or empty when not set
     */
    @SuppressWarnings("unchecked")
    protected final <T> Optional<T> optional(int index) {
        return Optional.ofNullable((T) values[index]);
    }

    /**
     * What every generated builder of parameters does: every parameter starts unset; {@link #build()} names the
     * first required one left unset.
     *
     * @param <P> the parameters
     * @param <B> the builder
     */
    public abstract static class Builder<P extends RequestParams, B extends Builder<P, B>> {
        private final Function<Object[], P> factory;
        private final int required;
        private final String[] names;
        private final Object[] values;

        /**
         * Creates an empty builder.
         *
         * @param factory the parameters' constructor
         * @param required how many of the parameters, the first ones, are required
         * @param names the parameters' Java names, the required ones first, each in spec order
         */
        protected Builder(Function<Object[], P> factory, int required, String... names) {
            this.factory = factory;
            this.required = required;
            this.names = names;
            this.values = new Object[names.length];
        }

        /**
         * Sets a parameter.
         *
         * @param index the parameter's index
         * @param value its value, not null
         * @return this builder
         */
        @SuppressWarnings("unchecked")
        protected final B set(int index, Object value) {
            values[index] = Objects.requireNonNull(value, names[index]);
            return (B) this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         * @throws IllegalStateException when a required parameter was not set, naming the first one
         */
        public P build() {
            for (int i = 0; i < required; i++) {
                if (values[i] == null) {
                    throw new IllegalStateException("the parameter " + names[i] + " is required");
                }
            }
            return factory.apply(values.clone());
        }
    }
}
