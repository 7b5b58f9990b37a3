package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Decimal text without an exponent is written as it was sent exactly when a {@code BigDecimal} of it would write the
 * same text; any other text is written through a {@code BigDecimal}.
 */
class DecimalTextTest {
    @Property(seed = "20261207")
    void plainTextIsWhatABigDecimalWrites(@ForAll("decimals") String text) {
        boolean plain = DecimalText.plain(text.toCharArray(), 0, text.length());
        boolean exponent = text.indexOf('e') >= 0 || text.indexOf('E') >= 0;
        // text with an exponent is never written as it is; it goes through a BigDecimal, which is always right
        assertEquals(!exponent && new BigDecimal(text).toString().equals(text), plain, text);
    }

    @Provide
    Arbitrary<String> decimals() {
        Arbitrary<String> sign = Arbitraries.of("", "-");
        Arbitrary<String> integer = Arbitraries.of("0", "1", "12", "900");
        Arbitrary<String> zeros = Arbitraries.integers().between(0, 9).map("0"::repeat);
        Arbitrary<String> digits = Arbitraries.of("", "0", "5", "123", "4000", "01");
        Arbitrary<String> exponent = Arbitraries.of("", "", "", "e5", "E-7", "e+2");
        return Combinators.combine(sign, integer, zeros, digits, exponent)
                .as((s, i, z, d, e) -> z.isEmpty() && d.isEmpty() ? s + i + e : s + i + "." + z + d + e);
    }

    @Example
    void theEdgesOfPlainText() {
        for (String text : new String[] {"0.0", "-0.0", "0.000001", "0.0000001", "1.50", "0.000000", "0.0000000"}) {
            plainTextIsWhatABigDecimalWrites(text);
        }
    }
}
