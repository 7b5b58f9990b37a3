package dev.kiln.ir;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * One value of an enum as it travels on the wire, typed once when the spec is linked: a string, an integer, a
 * number or a boolean. Two values are equal when JSON would call them equal: {@code 2} and {@code 2.0} are one
 * number.
 */
public sealed interface WireValue
        permits WireValue.OfString, WireValue.OfInteger, WireValue.OfNumber, WireValue.OfBoolean {

    /**
     * The value as plain text: a string's characters without quotes, a number's digits written out ({@code 10},
     * never {@code 1E+1}), {@code true} or {@code false}.
     *
     * @return the text
     */
    String text();

    /**
     * The value as JSON text: a string quoted and escaped ({@code "on-demand"}), any other value as {@link #text()}.
     *
     * @return the JSON text
     */
    String json();

    /**
     * A string value.
     *
     * @param value the characters
     */
    record OfString(String value) implements WireValue {
        @Override
        public String text() {
            return value;
        }

        @Override
        public String json() {
            return quote(value);
        }
    }

    /**
     * An integer value.
     *
     * @param value the integer
     */
    record OfInteger(BigInteger value) implements WireValue {
        @Override
        public String text() {
            return value.toString();
        }

        @Override
        public String json() {
            return text();
        }
    }

    /**
     * A number value, kept without trailing zeros, so {@code 1.50} and {@code 1.5} are one value.
     *
     * @param value the number
     */
    record OfNumber(BigDecimal value) implements WireValue {
        /** Drops the trailing zeros. */
        public OfNumber {
            value = value.stripTrailingZeros();
        }

        @Override
        public String text() {
            return value.toPlainString();
        }

        @Override
        public String json() {
            return text();
        }
    }

    /**
     * A boolean value.
     *
     * @param value the boolean
     */
    record OfBoolean(boolean value) implements WireValue {
        @Override
        public String text() {
            return String.valueOf(value);
        }

        @Override
        public String json() {
            return text();
        }
    }

    /**
     * Types a value the spec lists for an enum whose values are of {@code type}. A string is taken as it is; an
     * integer, a number or a boolean from the value's text, so {@code "5"} and {@code 5.0} in an integer enum are the
     * integer 5.
     *
     * @param type what the enum's values are on the wire
     * @param specValue the value as the spec parser gave it: a {@link String}, {@link Number} or {@link Boolean}
     * @return the typed value, or empty when the value is no value of that type (an integer enum's {@code 1.5}, a boolean enum's {@code yes}),
     *     which no generated constant could hold
     */
    static Optional<WireValue> of(EnumModel.WireType type, Object specValue) {
        String text = String.valueOf(specValue);
        try {
            return Optional.ofNullable(
                    switch (type) {
                        case STRING -> new OfString(text);
                        case INTEGER ->
                            integer(new BigDecimal(text)).map(OfInteger::new).orElse(null);
                        case NUMBER -> new OfNumber(new BigDecimal(text));
                        case BOOLEAN ->
                            text.equals("true") || text.equals("false")
                                    ? new OfBoolean(Boolean.parseBoolean(text))
                                    : null;
                    });
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The integer a number is, when it is one: {@code 2.0} is 2, {@code 1.5} none. A number with a huge exponent
     * ({@code 1E+100000}), which no Java integer type holds, is none either, rather than a long computation.
     */
    private static Optional<BigInteger> integer(BigDecimal number) {
        int maxDigits = 40; // more than a long has, so no value a Java integer type holds is left out
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() > 0 || stripped.precision() - stripped.scale() > maxDigits) {
            return Optional.empty();
        }
        return Optional.of(stripped.toBigIntegerExact());
    }

    /**
     * A string as JSON text, escaped as Jackson writes it: {@code "} and {@code \} with a backslash, the control
     * characters as {@code \n}, {@code \t}... or a six-character Unicode escape in upper-case hex, every other
     * character as it is.
     */
    private static String quote(String value) {
        StringBuilder json = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\b' -> json.append("\\b");
                case '\t' -> json.append("\\t");
                case '\n' -> json.append("\\n");
                case '\f' -> json.append("\\f");
                case '\r' -> json.append("\\r");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04X", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
