package dev.kiln.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiln.ir.EnumModel.WireType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WireValueTest {

    @Test
    void aStringIsItsCharactersAndQuotedAsJson() {
        WireValue value = WireValue.of(WireType.STRING, "on-demand").orElseThrow();

        assertEquals(new WireValue.OfString("on-demand"), value);
        assertEquals("on-demand", value.text());
        assertEquals("\"on-demand\"", value.json());
    }

    @Test
    void aNumberLosesItsTrailingZerosAndIsWrittenOut() {
        WireValue ten = WireValue.of(WireType.NUMBER, new BigDecimal("10.00")).orElseThrow();

        assertEquals("10", ten.text());
        assertEquals("10", ten.json());
        assertEquals("1.5", WireValue.of(WireType.NUMBER, 1.50).orElseThrow().text());
        assertEquals(
                WireValue.of(WireType.NUMBER, 2).orElseThrow(),
                WireValue.of(WireType.NUMBER, 2.0).orElseThrow());
        assertNotEquals(
                WireValue.of(WireType.NUMBER, 2).orElseThrow(),
                WireValue.of(WireType.NUMBER, 2.5).orElseThrow());
    }

    @Test
    void anIntegerIsTypedFromItsTextWhateverTheParserGave() {
        assertEquals(Optional.of(new WireValue.OfInteger(BigInteger.valueOf(24))), WireValue.of(WireType.INTEGER, 24));
        assertEquals(Optional.of(new WireValue.OfInteger(BigInteger.valueOf(5))), WireValue.of(WireType.INTEGER, "5"));
        assertEquals(
                "9223372036854775807",
                WireValue.of(WireType.INTEGER, Long.MAX_VALUE).orElseThrow().text());
        assertEquals(Optional.of(new WireValue.OfInteger(BigInteger.TWO)), WireValue.of(WireType.INTEGER, 2.0));
        assertEquals(
                Optional.of(new WireValue.OfInteger(BigInteger.valueOf(100))),
                WireValue.of(WireType.INTEGER, new BigDecimal("1E+2")));
    }

    @Test
    void aBooleanIsTrueOrFalse() {
        assertEquals(Optional.of(new WireValue.OfBoolean(true)), WireValue.of(WireType.BOOLEAN, true));
        assertEquals(Optional.of(new WireValue.OfBoolean(false)), WireValue.of(WireType.BOOLEAN, "false"));
        assertEquals("true", new WireValue.OfBoolean(true).json());
    }

    @Test
    void aValueOfAnotherTypeIsNoValue() {
        assertEquals(Optional.empty(), WireValue.of(WireType.INTEGER, 1.5));
        assertEquals(Optional.empty(), WireValue.of(WireType.INTEGER, "many"));
        assertEquals(Optional.empty(), WireValue.of(WireType.INTEGER, new BigDecimal("1E+100000")));
        assertEquals(Optional.empty(), WireValue.of(WireType.NUMBER, "many"));
        assertEquals(Optional.empty(), WireValue.of(WireType.BOOLEAN, "yes"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "plain",
                "quote \" and \\ backslash",
                "line\nbreak\ttab\rreturn\bback\fform",
                "\u0000\u0001\u001f\u007f",
                "é 名前 \u2028 😀",
                "</script>"
            })
    void aStringIsQuotedAsJacksonQuotesIt(String text) throws Exception {
        assertEquals(new ObjectMapper().writeValueAsString(text), new WireValue.OfString(text).json());
    }

    @Test
    void everyCharacterIsQuotedAsJacksonQuotesIt() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            all.append(c);
        }
        assertEquals(mapper.writeValueAsString(all.toString()), new WireValue.OfString(all.toString()).json());
    }
}
