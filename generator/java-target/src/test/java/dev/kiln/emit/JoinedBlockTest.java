package dev.kiln.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/**
 * A block built by {@link JoinedBlock} writes the same text as the {@link CodeBlock} of the same format and arguments,
 * as Javadoc and as code, imports included: only where JavaPoet's pieces are cut differs.
 */
class JoinedBlockTest {
    private static final ClassName LIST = ClassName.get(List.class);
    private static final ClassName PET = ClassName.get("com.example.models", "Pet");

    /** One format with its arguments. */
    private record Case(String format, Object... args) {}

    private static final List<Case> CASES = List.of(
            new Case("Plain text.\n"),
            new Case("Sets $L.\n\n@param $N the value\n@return this builder\n", "{@code name}", "name"),
            new Case(
                    "{@return this builder, with {@link $T#$N() $N} set}\n@param $N the value$L\n",
                    PET,
                    "name",
                    "name",
                    "name",
                    ", or null"),
            new Case(
                    "A $L and a $$ sign, a string $S, a type $T and $N.\n",
                    "literal",
                    "quoted \"text\"",
                    LIST,
                    ParameterSpec.builder(TypeName.INT, "count").build()),
            new Case("Line one\r"),
            new Case("$L", ""),
            new Case("$L\n\n$L", "first paragraph\r", "\nsecond, after a carriage return"),
            new Case("blank lines\n\n\nin the middle\n"),
            new Case("$L then $L", CodeBlock.of("a nested block of $T", PET), 3));

    @Test
    void javadocIsWrittenAsTheCodeBlockWritesIt() {
        for (Case c : CASES) {
            assertEquals(
                    fileWithJavadoc(CodeBlock.of(c.format(), c.args())),
                    fileWithJavadoc(JoinedBlock.of(c.format(), c.args())),
                    c.format());
        }
    }

    @Test
    void statementsAreWrittenAsAddStatementWritesThem() {
        MethodSpec.Builder plain = MethodSpec.methodBuilder("call").returns(TypeName.INT);
        MethodSpec.Builder joined = MethodSpec.methodBuilder("call").returns(TypeName.INT);
        plain.addStatement("$T<$T> pets = $T.of()", LIST, PET, LIST)
                .addStatement("int count = pets.size() + $L", 1)
                .addStatement("return $N(count,$W$S)", "checked", "a string long enough to be wrapped somewhere");
        joined.addCode(JoinedBlock.statement("$T<$T> pets = $T.of()", LIST, PET, LIST))
                .addCode(JoinedBlock.statement("int count = pets.size() + $L", 1))
                .addCode(JoinedBlock.statement(
                        "return $N(count,$W$S)", "checked", "a string long enough to be wrapped somewhere"));
        assertEquals(file(plain.build(), null), file(joined.build(), null));
    }

    @Test
    void typesStillImport() {
        MethodSpec method = MethodSpec.methodBuilder("call")
                .addCode(JoinedBlock.statement("$T pet = null", PET))
                .build();
        String text = file(method, null);
        assertTrue(text.contains("import com.example.models.Pet;"), text);
        assertTrue(text.contains("Pet pet = null;"), text);
    }

    @Test
    void anEmptyLiteralStillMakesAJavadocAndNothingMakesNone() {
        assertFalse(CodeBlock.of("$L", "").isEmpty());
        assertFalse(JoinedBlock.of("$L", "").isEmpty());
        assertTrue(JoinedBlock.of("").isEmpty());
        assertTrue(JoinedBlock.builder().add(CodeBlock.of("")).build().isEmpty());
    }

    @Test
    void aFormatItCannotReadIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> JoinedBlock.of("$L and $L", "one"));
        assertThrows(IllegalArgumentException.class, () -> JoinedBlock.of("$L", "one", "two"));
        assertThrows(IllegalArgumentException.class, () -> JoinedBlock.of("$1L", "one"));
        assertThrows(IllegalArgumentException.class, () -> JoinedBlock.of("at the end $"));
        assertThrows(IllegalArgumentException.class, () -> JoinedBlock.of("$N", 42));
    }

    private static String fileWithJavadoc(CodeBlock javadoc) {
        MethodSpec method = MethodSpec.methodBuilder("call")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(javadoc)
                .build();
        return file(method, javadoc);
    }

    private static String file(MethodSpec method, CodeBlock typeJavadoc) {
        TypeSpec.Builder type = TypeSpec.classBuilder("Holder").addMethod(method);
        if (typeJavadoc != null) {
            type.addJavadoc(typeJavadoc);
        }
        return JavaFile.builder("com.example", type.build())
                .indent("    ")
                .skipJavaLangImports(true)
                .build()
                .toString();
    }
}
