package dev.kiln.runtime.core;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds a setting of a builder is checked against as it is set: each returns the value it was given, and fails
 * with a message that names the setting and the value, {@code timeout must be positive, was PT0S}.
 */
final class SettingChecks {
    private SettingChecks() {}

    /** A duration longer than zero. */
    static Duration positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    /** A number above zero, such as a limit in bytes. */
    static int positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    /** A number of zero or more, such as a number of retries. */
    static int notNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
        return value;
    }
}
