package dev.kiln.runtime.core;

/**
 * Reads a JSON number of at most 15 significant digits, scaled by a power of ten up to 22 either way, to the nearest
 * {@code double} straight from the parser's characters: such a number's digits and its power of ten are both exact
 * doubles, and one correctly rounded multiplication or division of the two is the nearest double to the number, as
 * {@link Double#parseDouble} gives it (Clinger's fast path). It spares the string and the copy that parsing a number's
 * text costs, a million times for a thousand embeddings; any other number is left to the parser.
 */
final class ShortDecimal {
    private static final int MAX_DIGITS = 15;

    /** The powers of ten a double holds exactly. */
    private static final double[] POWERS = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };

    private ShortDecimal() {}

    /**
     * The number written in {@code chars[offset..offset+length)} as the nearest double, {@code -0.0} as {@code 0.0};
     * NaN when it is not short enough to read here (or not a JSON number).
     */
    static double toDouble(char[] chars, int offset, int length) {
        int i = offset;
        int end = offset + length;
        boolean negative = i < end && chars[i] == '-';
        if (negative) {
            i++;
        }
        long digits = 0;
        int significant = 0;
        int scale = 0;
        boolean fraction = false;
        for (; i < end; i++) {
            char c = chars[i];
            if (c >= '0' && c <= '9') {
                if (significant == 0 && c == '0') {
                    scale += fraction ? 1 : 0;
                } else if (++significant > MAX_DIGITS) {
                    return Double.NaN;
                } else {
                    digits = digits * 10 + (c - '0');
                    scale += fraction ? 1 : 0;
                }
            } else if (c == '.' && !fraction) {
                fraction = true;
            } else {
                break;
            }
        }
        int exponent = 0;
        if (i < end) {
            if (chars[i] != 'e' && chars[i] != 'E') {
                return Double.NaN;
            }
            i++;
            boolean negativeExponent = i < end && chars[i] == '-';
            if (i < end && (chars[i] == '-' || chars[i] == '+')) {
                i++;
            }
            if (i == end) {
                return Double.NaN;
            }
            for (; i < end; i++) {
                char c = chars[i];
                if (c < '0' || c > '9' || exponent > 1_000) {
                    return Double.NaN;
                }
                exponent = exponent * 10 + (c - '0');
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (digits == 0) {
            return 0.0;
        }
        int power = exponent - scale;
        if (power < -(POWERS.length - 1) || power > POWERS.length - 1) {
            return Double.NaN;
        }
        double value = power < 0 ? digits / POWERS[-power] : digits * POWERS[power];
        return negative ? -value : value;
    }
}
