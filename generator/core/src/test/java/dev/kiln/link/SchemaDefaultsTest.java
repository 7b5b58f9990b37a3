package dev.kiln.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A default written as a string reads as the integer or boolean it spells when that is the schema's one type (as
 * swagger-parser reads it for OpenAPI 3.0); any other is kept as the spec writes it.
 */
class SchemaDefaultsTest {
    @Test
    void anIntegerOrABooleanWrittenAsAStringIsThatValue() {
        assertEquals(Optional.of(BigInteger.valueOf(8)), defaultOf(List.of("integer"), "8"));
        assertEquals(Optional.of(BigInteger.valueOf(-1)), defaultOf(List.of("integer", "null"), "-1"));
        assertEquals(Optional.of(Boolean.TRUE), defaultOf(List.of("boolean"), "true"));
        assertEquals(Optional.of(Boolean.FALSE), defaultOf(List.of("boolean"), "false"));
    }

    @Test
    void anythingElseIsKeptAsWritten() {
        assertEquals(Optional.of("auto"), defaultOf(List.of("boolean"), "auto"));
        assertEquals(Optional.of("08"), defaultOf(List.of("integer"), "08"));
        assertEquals(Optional.of("1.5"), defaultOf(List.of("integer"), "1.5"));
        assertEquals(Optional.of("0.9"), defaultOf(List.of("number"), "0.9"));
        assertEquals(Optional.of("8"), defaultOf(List.of("integer", "string"), "8"));
        assertEquals(Optional.of("8"), defaultOf(List.of("string"), "8"));
        assertEquals(Optional.of(3), defaultOf(List.of("integer"), 3));
        assertEquals(Optional.empty(), defaultOf(List.of("integer"), null));
    }

    private static Optional<Object> defaultOf(List<String> types, Object value) {
        Schema<Object> schema = new Schema<>();
        schema.setTypes(new LinkedHashSet<>(types));
        schema.setDefault(value);
        return SchemaFacts.of(schema).defaultValue();
    }
}
