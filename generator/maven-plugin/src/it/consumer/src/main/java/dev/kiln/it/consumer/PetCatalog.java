package dev.kiln.it.consumer;

import dev.kiln.it.pets.PetStore;
import dev.kiln.it.pets.models.ListPetsParams;
import dev.kiln.it.pets.models.NewPet;
import dev.kiln.it.pets.models.Pet;
import dev.kiln.it.pets.models.PetStatus;
import java.util.List;

/** Application code written against the SDK that Kiln generates from src/main/openapi/pets.yaml. */
public final class PetCatalog {
    private final PetStore client;

    public PetCatalog(String baseUrl, String apiKey) {
        this.client = PetStore.builder().apiKey(apiKey).baseUrl(baseUrl).build();
    }

    public Pet find(String id) {
        return client.pets().retrieve(id);
    }

    public List<Pet> available(int limit) {
        return client.pets().list(ListPetsParams.builder().limit(limit).status(PetStatus.AVAILABLE).build());
    }

    public Pet register(String name, String nickName) {
        return client.pets().create(NewPet.builder().name(name).nickName(nickName).build());
    }
}
