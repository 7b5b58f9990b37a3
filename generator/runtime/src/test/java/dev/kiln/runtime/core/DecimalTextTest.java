package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Decimal text without an exponent is written as it was sent exactly when a {@code BigDecimal} of it would write the
 * same text; any other text is written through a {@code BigDecimal}.
 */
class DecimalTextTest {
    @Test
    void plainTextIsWhatABigDecimalWrites(TestInfo test) {
        PropertyRun.check(test, 20261207L, decimals(), DecimalTextTest::isPlainExactlyWhenABigDecimalWritesIt);
    }

    private static void isPlainExactlyWhenABigDecimalWritesIt(String text) {
        boolean plain = DecimalText.plain(text.toCharArray(), 0, text.length());
        boolean exponent = text.indexOf('e') >= 0 || text.indexOf('E') >= 0;
        // text with an exponent is never written as it is; it goes through a BigDecimal, which is always right
        assertEquals(!exponent && new BigDecimal(text).toString().equals(text), plain, text);
    }

    /** A sign, an integer part, and maybe a fraction (leading zeros, then digits) and an exponent. */
    private static Gen<String> decimals() {
        Gen<String> sign = Generate.pick(List.of("", "-"));
        Gen<String> integer = Generate.pick(List.of("0", "1", "12", "900"));
        Gen<String> zeros = Generate.range(0, 9).map("0"::repeat);
        Gen<String> digits = Generate.pick(List.of("", "0", "5", "123", "4000", "01"));
        Gen<String> exponent = Generate.pick(List.of("", "", "", "e5", "E-7", "e+2"));
        Gen<String> fraction = zeros.zip(digits, (z, d) -> z.isEmpty() && d.isEmpty() ? "" : "." + z + d);
        return sign.zip(integer, fraction, exponent, (s, i, f, e) -> s + i + f + e);
    }

    @Test
    void theEdgesOfPlainText() {
        for (String text : new String[] {"0.0", "-0.0", "0.000001", "0.0000001", "1.50", "0.000000", "0.0000000"}) {
            isPlainExactlyWhenABigDecimalWritesIt(text);
        }
    }
}
