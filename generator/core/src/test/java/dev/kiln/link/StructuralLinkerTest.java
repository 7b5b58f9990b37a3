package dev.kiln.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.language.PlainSymbols;
import dev.kiln.problems.Problem;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.SpecException;
import dev.kiln.spec.SpecLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StructuralLinkerTest {
    @TempDir
    Path directory;

    @Test
    void anUnknownTypeWithNoCloseNameListsTheTypesInOneOrder() throws IOException {
        Path spec = Files.writeString(directory.resolve("spec.yaml"), """
                openapi: 3.0.3
                info: {title: Shop, version: '1'}
                paths: {}
                components:
                  schemas:
                    Pet:
                      type: object
                      properties:
                        born: {type: datetime}
                """);

        SpecException failure = assertThrows(
                SpecException.class,
                () -> new Linker(new PlainSymbols()).link(new SpecLoader().load(spec, "spec.yaml"), "Shop"));

        Problem unknown = failure.problems().get(0);
        assertEquals(ProblemKind.INVALID_TYPE, unknown.kind());
        assertEquals(
                "#/components/schemas/Pet/properties/born/type",
                unknown.pointer().toString());
        assertEquals(Optional.of("use one of string, integer, number, boolean, object, array, null"), unknown.hint());
    }
}
