package dev.kiln.it.app;

import dev.kiln.it.pets.PetStore;
import dev.kiln.it.pets.models.Pet;

/** Uses the published SDK: it compiles only if the jar resolved from the file repository holds the client. */
public final class Shelter {
    private final PetStore client;

    public Shelter(String baseUrl) {
        this.client = PetStore.builder().apiKey("key").baseUrl(baseUrl).build();
    }

    public Pet find(String id) {
        return client.pets().retrieve(id);
    }
}
