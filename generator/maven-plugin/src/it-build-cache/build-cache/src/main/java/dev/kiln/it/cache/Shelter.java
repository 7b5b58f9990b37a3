package dev.kiln.it.cache;

import dev.kiln.it.cache.pets.models.Pet;

/** Code of the project's own that uses the generated SDK, so the restored classes must hold both. */
public final class Shelter {
    private Shelter() {}

    /** A pet with a name, as the SDK builds it. */
    public static Pet named(String name) {
        return Pet.builder().name(name).build();
    }
}
