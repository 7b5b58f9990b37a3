package dev.kiln.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The SDK one generation wrote, as the next generation of the same execution needs to know it: the names its users
 * import it by, and every file it wrote and where, so that a changed package, client or output directory removes
 * exactly those files and nothing else.
 *
 * @param basePackage the SDK's base package
 * @param client the client class's name
 * @param directory the output directory, relative to the record's folder with {@code /} (absolute when it has no path
 *     from there)
 * @param files every file written there, relative to it with {@code /}, sorted
 */
public record SdkOutput(String basePackage, String client, String directory, List<String> files) {
    public SdkOutput {
        Objects.requireNonNull(basePackage, "basePackage");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(directory, "directory");
        files = files.stream().sorted().toList();
    }

    /**
     * The changes of names that every user of the SDK feels, however the API itself changed: each says in one line
     * what happened, rather than as every type removed and added again.
     *
     * @param next the SDK generated now
     * @return a moved package and a renamed client, each breaking; empty when neither changed
     */
    public List<ApiChange> renamesTo(SdkOutput next) {
        List<ApiChange> changes = new ArrayList<>();
        if (!basePackage.equals(next.basePackage())) {
            changes.add(ApiChange.breaking("the SDK moved from package " + basePackage + " to " + next.basePackage()
                    + ": every type's qualified name changed"));
        }
        if (!client.equals(next.client())) {
            changes.add(ApiChange.breaking("the client class " + client + " was renamed to " + next.client()));
        }
        return changes;
    }
}
