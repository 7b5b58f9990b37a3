package dev.kiln.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The paging styles a user names per operation, as written in the settings: {@code id:listCustomers=cursor:starting_after},
 * {@code id:listEvents=page:p}, {@code id:recentEvents=none}.
 */
public final class PagingSettings {
    private static final String ID = "id:";

    private PagingSettings() {}

    /**
     * Reads the entries.
     *
     * @param entries each {@code id:<operationId>=<style>}
     * @return the style per operation id, in the order written
     * @throws IllegalArgumentException naming an entry that is not written so, or an operation named twice
     */
    public static Map<String, String> parse(List<String> entries) {
        Map<String, String> styles = new LinkedHashMap<>();
        for (String written : entries) {
            String entry = written.strip();
            int equals = entry.indexOf('=');
            if (!entry.startsWith(ID) || equals <= ID.length() || equals == entry.length() - 1) {
                throw new IllegalArgumentException("the pagination entry '" + written
                        + "' is not id:<operationId>=<style>, such as " + "id:listCustomers=cursor:starting_after");
            }
            String operationId = entry.substring(ID.length(), equals).strip();
            if (styles.put(operationId, entry.substring(equals + 1).strip()) != null) {
                throw new IllegalArgumentException(
                        "the pagination entries name the operation '" + operationId + "' twice");
            }
        }
        return styles;
    }
}
