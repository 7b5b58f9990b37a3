package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** A short decimal read without a string is the double {@link Double#parseDouble} gives, and a long one is left. */
class ShortDecimalTest {
    @Test
    void aDecimalReadsAsParseDoubleReadsItOrIsLeftToTheParser(TestInfo test) {
        PropertyRun.check(test, 20261206L, decimals(), ShortDecimalTest::readsAsParseDouble);
    }

    private static void readsAsParseDouble(String text) {
        // inside a longer buffer, as a parser's characters are
        char[] buffer = ("[" + text + ",").toCharArray();
        double read = ShortDecimal.toDouble(buffer, 1, text.length());
        if (Double.isNaN(read)) {
            assertTrue(significantDigits(text) > 15 || Math.abs(power(text)) > 22, text + " was left to the parser");
            return;
        }
        double expected = Double.parseDouble(text);
        assertEquals(Double.doubleToLongBits(expected == 0.0 ? 0.0 : expected), Double.doubleToLongBits(read), text);
    }

    @Test
    void theEdges() {
        for (String text : new String[] {
            "0.0",
            "-0.0",
            "-0.00000000",
            "0.1",
            "-0.09999999",
            "0.08574112",
            "1e22",
            "1e-22",
            "9.99999999999999e22",
            "123456789012345",
            "0.000000000000000000001",
            "4.9e-324",
            "1.7976931348623157e308",
            "2.5E+3",
            "7.0e-0"
        }) {
            readsAsParseDouble(text);
        }
        assertEquals(0.08574112, ShortDecimal.toDouble("0.08574112".toCharArray(), 0, 10));
        assertEquals(0.0, ShortDecimal.toDouble("-0.0".toCharArray(), 0, 4));
        assertEquals(
                Double.doubleToLongBits(0.0),
                Double.doubleToLongBits(ShortDecimal.toDouble("-0.0".toCharArray(), 0, 4)));
        assertTrue(Double.isNaN(ShortDecimal.toDouble("0.1234567890123456".toCharArray(), 0, 18)));
        assertTrue(Double.isNaN(ShortDecimal.toDouble("1e23".toCharArray(), 0, 4)));
    }

    /** A sign, an integer part, maybe a fraction (leading zeros, then digits) and maybe an exponent. */
    private static Gen<String> decimals() {
        Gen<String> sign = Generate.pick(List.of("", "-"));
        Gen<String> integer = Generate.pick(List.of("0", "1", "7", "42", "900719925474099", "9007199254740993"));
        Gen<String> zeros = Generate.range(0, 12).map("0"::repeat);
        Gen<String> digits = Generate.longRange(0, 999_999_999_999_999L).zip(Generate.range(1, 15), (n, k) -> {
            String all = Long.toString(n);
            return all.substring(0, Math.min(k, all.length()));
        });
        Gen<String> exponent = Generate.pick(List.of("", "", "", "e5", "E-7", "e+2", "e22", "e-22", "e23", "e-25"));
        Gen<String> fraction = zeros.zip(digits, (z, d) -> "." + z + d);
        return sign.zip(integer, fraction, exponent, (s, i, f, e) -> s + i + f + e);
    }

    private static int significantDigits(String text) {
        String mantissa = text.replaceFirst("[eE].*", "").replace("-", "").replace(".", "");
        String trimmed = mantissa.replaceFirst("^0+", "");
        return trimmed.length();
    }

    /** The power of ten the significant digits are scaled by. */
    private static int power(String text) {
        String[] parts = text.split("[eE]");
        int exponent = parts.length > 1 ? Integer.parseInt(parts[1].replace("+", "")) : 0;
        String mantissa = parts[0].replace("-", "");
        int dot = mantissa.indexOf('.');
        int scale = dot < 0 ? 0 : mantissa.length() - dot - 1;
        return exponent - scale;
    }
}
