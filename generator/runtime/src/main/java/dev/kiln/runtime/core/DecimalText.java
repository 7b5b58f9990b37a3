package dev.kiln.runtime.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Writes a decimal number read from a document as its tree writes it: a tree keeps a decimal as a
 * {@link BigDecimal}, which writes itself with {@link BigDecimal#toString()}. That is the text as it was sent when the
 * text is plain (no exponent) and not too small (at most five zeros after the point before the first digit), and not
 * a negative zero; such text is written as it is, without making a {@code BigDecimal} of it.
 */
final class DecimalText {
    /** How many zeros may follow the point before {@link BigDecimal#toString()} writes an exponent. */
    private static final int PLAIN_ZEROS = 5;

    private DecimalText() {}

    /** Writes the parser's current decimal number token. */
    static void write(JsonGenerator generator, JsonParser parser) throws IOException {
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int length = parser.getTextLength();
        if (plain(chars, offset, length)) {
            generator.writeNumber(chars, offset, length);
        } else {
            generator.writeNumber(parser.getDecimalValue());
        }
    }

    /** Writes a decimal number given as the text it was sent as. */
    static void write(JsonGenerator generator, String text) throws IOException {
        if (plain(text.toCharArray(), 0, text.length())) {
            generator.writeNumber(text);
        } else {
            generator.writeNumber(new BigDecimal(text));
        }
    }

    /** Whether {@code new BigDecimal(text).toString()} is the text itself. */
    static boolean plain(char[] chars, int offset, int length) {
        int end = offset + length;
        int i = offset;
        boolean negative = i < end && chars[i] == '-';
        if (negative) {
            i++;
        }
        boolean integerPartZero = i < end && chars[i] == '0';
        boolean nonZero = false;
        int scale = -1;
        int zerosAfterPoint = 0;
        for (; i < end; i++) {
            char c = chars[i];
            if (c == 'e' || c == 'E') {
                return false;
            }
            if (c == '.') {
                scale = 0;
                continue;
            }
            if (scale >= 0) {
                scale++;
                if (c == '0' && !nonZero) {
                    zerosAfterPoint++;
                }
            }
            if (c != '0') {
                nonZero = true;
            }
        }
        if (!nonZero) {
            // BigDecimal drops the sign of zero, and writes a zero of more than six decimals with an exponent
            return !negative && scale <= 6;
        }
        return !integerPartZero || zerosAfterPoint <= PLAIN_ZEROS;
    }
}
