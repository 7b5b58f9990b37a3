package dev.kiln.cases;

import static dev.kiln.cases.CompiledSdk.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.generate.GenerationResult;
import dev.kiln.language.GeneratedFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code name-clashes} case's SDK at work: schemas and properties whose names are keywords, members of every
 * model, {@code java.lang} or runtime types, digits, letters without case, or the same name once camel-cased, all
 * get Java names of their own, read and write their wire names, and get the same names every run.
 */
class NameClashesBehaviourTest {
    private static final String RECORD_JSON = "{\"class\":\"c\",\"default\":true,\"builder\":\"b\",\"toJson\":\"t\","
            + "\"toBuilder\":\"tb\",\"equals\":\"e\",\"hashCode\":42,\"_\":\"underscore\",\"value\":\"v\",\"größe\":180,"
            + "\"名前\":{\"姓\":\"山田\"},\"1st\":\"first\",\"24h\":\"night\",\"customer\":{\"nickname\":\"nick\"},"
            + "\"buyer\":{\"name\":\"Ann\"},\"object\":{\"id\":\"o\"},\"string\":{\"text\":\"s\"},\"klass\":{\"level\":1},"
            + "\"lowerClass\":{\"grade\":\"A\"},\"userNames\":[{\"snake\":\"s\"}],\"userName\":{\"pascal\":\"p\"},"
            + "\"userNameDashed\":{\"kebab\":\"k\"},\"username\":{\"single\":\"u\"},\"first\":{\"rank\":1},\"day\":\"day\","
            + "\"field\":{\"raw\":\"r\"},\"user_name\":\"snake\",\"user-name\":\"kebab\"}";

    private static CompiledSdk sdk;

    @BeforeAll
    static void compile() {
        sdk = CompiledSdk.clean("name-clashes");
    }

    @Test
    void schemasGetTypeNamesOfTheirOwn() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("Record", "RecordValue");
        expected.put("Customer", "Customer");
        expected.put("Object", "ObjectValue");
        expected.put("String", "StringValue");
        expected.put("Class", "ClassValue");
        expected.put("class", "ClassValue2");
        expected.put("user_name", "UserName2");
        expected.put("UserName", "UserName");
        expected.put("user-name", "UserName3");
        expected.put("Username", "Username4");
        expected.put("1st", "_1stValue");
        expected.put("24h", "_24hValue");
        expected.put("JsonField", "JsonFieldValue");

        Map<String, String> actual = sdk.result().schemaClasses().entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> e.getValue().substring(e.getValue().lastIndexOf('.') + 1),
                        (a, b) -> a,
                        LinkedHashMap::new));
        assertEquals(expected, actual);
    }

    @Test
    void propertiesReadIntoTheirJavaNames() {
        Object record = sdk.callStatic("RecordValue", "fromJson", RECORD_JSON);

        assertEquals(Optional.of("c"), call(record, "class_"));
        assertEquals(Optional.of(true), call(record, "default_"));
        assertEquals(Optional.of("b"), call(record, "builder_"));
        assertEquals(Optional.of("t"), call(record, "toJson_"));
        assertEquals(Optional.of("tb"), call(record, "toBuilder_"));
        assertEquals(Optional.of("e"), call(record, "equals_"));
        assertEquals(Optional.of(42L), call(record, "hashCode_"));
        assertEquals(Optional.of("v"), call(record, "value"));
        assertEquals(Optional.of("underscore"), call(record, "value2"));
        assertEquals(Optional.of(180L), call(record, "größe"));
        assertEquals(Optional.of("山田"), call(((Optional<?>) call(record, "名前")).orElseThrow(), "姓"));
        assertEquals(Optional.of("first"), call(record, "_1st"));
        assertEquals("night", call(((Optional<?>) call(record, "_24h")).orElseThrow(), "asString"));
        assertEquals(Optional.of("snake"), call(record, "userName2"));
        assertEquals(Optional.of("kebab"), call(record, "userName3"));
    }

    @Test
    void typesThatShareANameAreTheRightOnes() {
        Object record = sdk.callStatic("RecordValue", "fromJson", RECORD_JSON);

        assertEquals(sdk.model("RecordValue$Customer"), type(record, "customer"));
        assertEquals(sdk.model("Customer"), type(record, "buyer"));
        assertEquals(sdk.model("ClassValue"), type(record, "klass"));
        assertEquals(sdk.model("ClassValue2"), type(record, "lowerClass"));
        assertEquals(sdk.model("UserName"), type(record, "userName"));
        assertEquals(sdk.model("UserName3"), type(record, "userNameDashed"));
        assertEquals(sdk.model("Username4"), type(record, "username"));
        assertEquals(
                sdk.model("UserName2"),
                ((List<?>) ((Optional<?>) call(record, "userNames")).orElseThrow())
                        .get(0)
                        .getClass());
        assertEquals(sdk.model("RecordValue$名前Value"), type(record, "名前"));
        assertEquals(sdk.model("_24hValue"), type(record, "_24h"));
        assertEquals(sdk.model("_1stValue"), type(record, "first"));
        assertEquals(sdk.model("JsonFieldValue"), type(record, "field"));
    }

    @Test
    void everyWireNameIsWrittenBack() {
        Object record = sdk.callStatic("RecordValue", "fromJson", RECORD_JSON);

        assertEquals(RECORD_JSON, call(record, "toJson"));
        assertEquals(Map.of(), call(record, "additionalProperties"), "every member is a declared field");
    }

    @Test
    void fieldsBuiltInJavaAreSentUnderTheirWireNames() {
        Object name = call(call(sdk.callStatic("RecordValue$名前Value", "builder"), "姓", "山田"), "build");
        Object builder = sdk.callStatic("RecordValue", "builder");
        call(builder, "class_", "c");
        call(builder, "value2", "underscore");
        call(builder, "value", "v");
        call(builder, "größe", 180L);
        call(builder, "名前", name);
        call(builder, "_24h", sdk.constant("_24hValue", "NIGHT"));
        call(builder, "userName3", "kebab");

        assertEquals(
                "{\"class\":\"c\",\"_\":\"underscore\",\"value\":\"v\",\"größe\":180,\"名前\":{\"姓\":\"山田\"},"
                        + "\"24h\":\"night\",\"user-name\":\"kebab\"}",
                call(call(builder, "build"), "toJson"));
    }

    @Test
    void generatingAgainGivesTheSameNamesAndFiles() {
        GenerationResult again = FeatureCase.named("name-clashes").generate();

        assertEquals(sdk.result().schemaClasses(), again.schemaClasses());
        assertEquals(contents(sdk.result()), contents(again));
    }

    private static Class<?> type(Object record, String accessor) {
        return ((Optional<?>) call(record, accessor)).orElseThrow().getClass();
    }

    private static Map<String, String> contents(GenerationResult result) {
        return result.files().stream().collect(Collectors.toMap(GeneratedFile::relativePath, GeneratedFile::content));
    }
}
