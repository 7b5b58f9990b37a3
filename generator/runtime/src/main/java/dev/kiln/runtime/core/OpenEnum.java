package dev.kiln.runtime.core;

import java.util.Objects;

/**
 * What every generated open enum is: a value of the API's set that keeps its wire value, one constant per value the
 * spec lists, and a new instance for any value it does not list yet, so a value a newer server sends still parses
 * and is written back unchanged. {@link #value()} gives a Java enum to {@code switch} on, whose {@code _UNKNOWN}
 * constant stands for every value the spec does not list. Two values are equal when their wire values are.
 *
 * @param <W> the wire value's type: {@code String}, {@code Long}, {@code BigDecimal} or {@code Boolean}
 * @param <V> the Java enum of the known values
 */
public abstract class OpenEnum<W, V extends Enum<V>> {
    /**
     * The name of the constant of {@link #value()} that stands for the values the spec does not list, as the
     * generator emits it.
     */
    private static final String UNKNOWN = "_UNKNOWN";

    private final W wireValue;
    private final V value;

    /**
     * Creates a value; only its generated subclass calls this.
     *
     * @param wireValue the value on the wire
     * @param value the known value, or the {@code _UNKNOWN} constant
     */
    protected OpenEnum(W wireValue, V value) {
        this.wireValue = Objects.requireNonNull(wireValue, "wireValue");
        this.value = Objects.requireNonNull(value, "value");
    }

    /**
     * Returns the value as sent on the wire, for the generated accessor named after its type ({@code asString()}).
     *
     * @return the wire value
     */
    protected final W wire() {
        return wireValue;
    }

    /**
     * Returns the known value, or {@code _UNKNOWN}, for use in {@code switch}.
     *
     * @return the Java enum constant
     */
    public final V value() {
        return value;
    }

    /**
     * Tells whether the spec lists this value.
     *
     * @return true for a known value
     */
    public final boolean isKnown() {
        return !UNKNOWN.equals(value.name());
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && wireValue.equals(((OpenEnum<?, ?>) other).wireValue);
    }

    @Override
    public final int hashCode() {
        return wireValue.hashCode();
    }

    /** Prints the wire value. */
    @Override
    public final String toString() {
        return String.valueOf(wireValue);
    }
}
