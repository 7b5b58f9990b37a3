package dev.kiln.maven;

import dev.kiln.generate.WrittenSettings;
import java.nio.file.Path;

/** The settings of a goal generating {@code com.example.pets} with every other setting at its default, for tests. */
final class PetsSettings {
    private PetsSettings() {}

    /** From a spec file. */
    static WrittenSettings of(Path spec) {
        return of(spec, null);
    }

    /** From a spec file, or fetched as {@code remote} says when it is given. */
    static WrittenSettings of(Path spec, WrittenSettings.Remote remote) {
        return new WrittenSettings()
                .spec(spec, "pets.yaml")
                .remote(remote)
                .basePackage("com.example.pets")
                .maxDroppedPercent(5);
    }
}
