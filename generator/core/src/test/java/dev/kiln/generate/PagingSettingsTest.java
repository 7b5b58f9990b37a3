package dev.kiln.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The paging styles a user names in the settings, as they are read. (How a named style wins over the spec, is refused
 * when unusable and is logged, the Java target's {@code PagingSettingsCaseTest} shows on the pagination case.)
 */
class PagingSettingsTest {
    @Test
    void entriesNameAStylePerOperationId() {
        assertEquals(
                Map.of("listCustomers", "cursor:starting_after", "recent", "none"),
                PagingSettings.parse(List.of("id:listCustomers=cursor:starting_after", " id:recent = none ")));
    }

    @Test
    void anEntryNotWrittenAsIdEqualsStyleIsRefused() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> PagingSettings.parse(List.of("listCustomers=cursor")));
        assertTrue(e.getMessage().contains("id:<operationId>=<style>"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PagingSettings.parse(List.of("id:a=page:p", "id:a=none")));
        assertThrows(IllegalArgumentException.class, () -> PagingSettings.parse(List.of("id:a=")));
    }
}
