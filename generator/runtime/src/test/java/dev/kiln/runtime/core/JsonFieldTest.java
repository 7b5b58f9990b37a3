package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonFieldTest {
    private static final String OBJECT_PATH = "$.data[0]";

    @Test
    void missingFieldIsOnlyMissingAndHasNoValue() {
        JsonField<String> field = JsonField.missing();

        assertTrue(field.isMissing());
        assertFalse(field.isNull());
        assertFalse(field.isPresent());
        assertEquals(Optional.empty(), field.value());
        assertEquals(Optional.empty(), field.source());
    }

    @Test
    void nullFieldIsOnlyNullAndHasNoValue() {
        JsonField<String> field = JsonField.ofNull();

        assertFalse(field.isMissing());
        assertTrue(field.isNull());
        assertFalse(field.isPresent());
        assertEquals(Optional.empty(), field.value());
    }

    @Test
    void fieldWithValueIsOnlyPresent() {
        JsonField<String> field = JsonField.of("a100");

        assertFalse(field.isMissing());
        assertFalse(field.isNull());
        assertTrue(field.isPresent());
        assertEquals(Optional.of("a100"), field.value());
        assertEquals(Optional.empty(), field.source(), "a field set in Java has no source JSON");
    }

    @Test
    void ofRejectsNullSoThatNullIsAlwaysExplicit() {
        assertThrows(NullPointerException.class, () -> JsonField.of(null));
    }

    @Test
    void ofNullableChoosesBetweenValueAndExplicitNull() {
        assertEquals(JsonField.ofNull(), JsonField.ofNullable(null));
        assertEquals(JsonField.of("x"), JsonField.ofNullable("x"));
    }

    @Test
    void theThreeStatesAreNotEqualToEachOther() {
        assertNotEquals(JsonField.missing(), JsonField.ofNull());
        assertNotEquals(JsonField.ofNull(), JsonField.missing());
        assertNotEquals(JsonField.missing(), JsonField.of("x"));
        assertNotEquals(JsonField.ofNull(), JsonField.of("x"));
        assertNotEquals(JsonField.of("x"), JsonField.of("y"));
    }

    @Test
    void fieldReadFromJsonKeepsItsSource() {
        JsonField<Double> field = JsonField.read(80.0, Json.parse("80"));

        assertTrue(field.isPresent());
        assertEquals(Optional.of(80.0), field.value());
        assertEquals("80", Json.write(field.source().orElseThrow()));
    }

    @Test
    void equalityAndHashCodeIgnoreTheSourceJson() {
        JsonField<BigDecimal> fromInteger = JsonField.read(new BigDecimal("80"), Json.parse("80"));
        JsonField<BigDecimal> fromOtherText = JsonField.read(new BigDecimal("80"), Json.parse("\"80\""));
        JsonField<BigDecimal> setInJava = JsonField.of(new BigDecimal("80"));

        assertEquals(setInJava, fromInteger);
        assertEquals(fromInteger, fromOtherText);
        assertEquals(setInJava.hashCode(), fromInteger.hashCode());
        assertEquals(fromInteger.hashCode(), fromOtherText.hashCode());
    }

    @Test
    void requiredReturnsThePresentValue() {
        assertEquals("a100", JsonField.of("a100").required("hardware", OBJECT_PATH));
    }

    @Test
    void requiredOnMissingFieldNamesThePathAndSaysMissing() {
        JsonDataException e = assertThrows(
                JsonDataException.class, () -> JsonField.<String>missing().required("hardware", OBJECT_PATH));

        assertEquals("$.data[0].hardware", e.path());
        assertEquals("$.data[0].hardware: required field 'hardware' is missing", e.getMessage());
    }

    @Test
    void requiredOnNullFieldNamesThePathAndSaysNull() {
        JsonDataException e = assertThrows(
                JsonDataException.class, () -> JsonField.<String>ofNull().required("hardware", OBJECT_PATH));

        assertEquals("$.data[0].hardware", e.path());
        assertEquals("$.data[0].hardware: required field 'hardware' is null", e.getMessage());
    }

    @Test
    void requiredNullableAcceptsValueAndNull() {
        assertEquals(Optional.of("a100"), JsonField.of("a100").requiredNullable("hardware", OBJECT_PATH));
        assertEquals(Optional.empty(), JsonField.<String>ofNull().requiredNullable("hardware", OBJECT_PATH));
    }

    @Test
    void requiredNullableOnMissingFieldNamesThePathAndSaysMissing() {
        JsonDataException e = assertThrows(
                JsonDataException.class, () -> JsonField.<String>missing().requiredNullable("hardware", OBJECT_PATH));

        assertEquals("$.data[0].hardware", e.path());
        assertEquals("$.data[0].hardware: required field 'hardware' is missing", e.getMessage());
    }

    @Test
    void requiredQuotesANameThatIsNotAnIdentifier() {
        JsonDataException e = assertThrows(
                JsonDataException.class, () -> JsonField.<String>missing().required("min-replicas", "$"));

        assertEquals("$['min-replicas']", e.path());
    }
}
