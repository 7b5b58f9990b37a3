package dev.kiln.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MarkdownTableTest {
    @Test
    void numericColumnsAlignRightAndPipesInCellsAreEscaped() {
        String table = new MarkdownTable("spec", "ms").row("a|b.yaml", 12).markdown();
        assertEquals("| spec | ms |\n|---|---:|\n| a\\|b.yaml | 12 |\n", table);
    }

    @Test
    void aRowMustFillEveryColumn() {
        assertThrows(IllegalArgumentException.class, () -> new MarkdownTable("spec", "ms").row("only one"));
    }
}
