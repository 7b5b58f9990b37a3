package dev.kiln.cases;

import static dev.kiln.cases.CompiledSdk.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code mappings} case: {@code date-time}, {@code uuid} and {@code decimal} mapped to {@code Instant},
 * {@code UUID} and {@code BigDecimal}, and the {@code Money} schema to the user's own class, which Jackson reads and
 * writes and for which no model is generated.
 */
class MappingsBehaviourTest {
    private static final String ENTRY = "{\"id\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\","
            + "\"bookedAt\":\"2024-05-01T12:15:30+02:00\",\"rate\":0.10,"
            + "\"amount\":{\"currency\":\"EUR\",\"units\":1250},"
            + "\"history\":[{\"currency\":\"EUR\",\"units\":1000}]}";

    private static CompiledSdk sdk;

    @TempDir
    Path folder;

    @BeforeAll
    static void compile() {
        sdk = CompiledSdk.clean("mappings");
    }

    @Test
    void mappedFormatsAreReadAsTheirClasses() {
        Object entry = sdk.callStatic("Entry", "fromJson", ENTRY);

        assertEquals(UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427"), call(entry, "id"));
        assertEquals(Instant.parse("2024-05-01T10:15:30Z"), call(entry, "bookedAt"));
        assertEquals(Optional.of(new BigDecimal("0.10")), call(entry, "rate"));
    }

    @Test
    void aMappedSchemaIsTheUsersClassReadAndWrittenByJackson() throws Exception {
        Object entry = sdk.callStatic("Entry", "fromJson", ENTRY);
        Class<?> money = sdk.compiledClass("com.acme.money.Money");

        Object amount = call(entry, "amount");
        assertEquals(money, amount.getClass());
        assertEquals(money.getConstructor(String.class, long.class).newInstance("EUR", 1250L), amount);
        assertEquals(1, ((List<?>) ((Optional<?>) call(entry, "history")).orElseThrow()).size());
        ObjectMapper json = new ObjectMapper();
        assertEquals(
                json.readTree(ENTRY), json.readTree((String) call(entry, "toJson")), "read values go back as read");
        Object built = sdk.callStatic("Entry", "builder");
        built = call(built, "id", UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427"));
        built = call(built, "bookedAt", Instant.parse("2024-05-01T10:15:30Z"));
        built = call(
                built, "amount", money.getConstructor(String.class, long.class).newInstance("USD", 7L));
        assertEquals(
                json.readTree("{\"id\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\",\"bookedAt\":\"2024-05-01T10:15:30Z\","
                        + "\"amount\":{\"currency\":\"USD\",\"units\":7}}"),
                json.readTree((String) call(call(built, "build"), "toJson")),
                "built values are written by their codecs: the Instant in UTC, the Money by Jackson");
        assertThrows(
                ClassNotFoundException.class,
                () -> Class.forName("dev.kiln.cases.mappings.models.Money", false, money.getClassLoader()),
                "no model for a mapped schema");
    }

    @Test
    void aValueTheMappedClassCannotHoldFailsWhenItsFieldIsRead() {
        Object entry = sdk.callStatic("Entry", "fromJson", ENTRY.replace("\"units\":1250", "\"units\":\"many\""));

        RuntimeException failure = assertThrows(RuntimeException.class, () -> call(entry, "amount"));

        assertEquals("JsonDataException", failure.getClass().getSimpleName(), failure.toString());
        assertTrue(failure.getMessage().contains("expected a Money"), failure.getMessage());
    }

    @Test
    void withoutTheMappedClassTheSdkDoesNotCompileAndJavacNamesTheClass() throws Exception {
        Path classes = Files.createDirectories(folder.resolve("classes"));

        List<String> problems = SdkCompiler.compile(sdk.result().files(), classes);

        assertFalse(problems.isEmpty());
        assertTrue(
                problems.stream().anyMatch(problem -> problem.contains("package com.acme.money does not exist")),
                SdkCompiler.describe(problems));
    }
}
