package dev.kiln.it.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.it.pets.PetStore;
import dev.kiln.it.pets.models.Pet;
import dev.kiln.it.pets.testing.FakeTransport;
import dev.kiln.it.pets.testing.PetStoreFakes;
import org.junit.jupiter.api.Test;

/** The application's code tested with the test kit the plugin added to the test sources, no server needed. */
class PetCatalogFakeTest {
    @Test
    void findsAPetThroughTheFakeTransport() {
        FakeTransport fake = new FakeTransport();
        fake.on(PetStoreFakes.PETS_RETRIEVE).respond(503, "{}").respond(200, "{\"id\":\"p-1\",\"name\":\"Rex\"}");
        PetStore client = PetStoreFakes.client(fake);

        Pet pet = client.pets().retrieve("p-1");

        assertEquals("Rex", pet.name());
        assertEquals(2, fake.requests().size());
        assertEquals("/pets/p-1", fake.lastRequest().uri().getPath().replaceFirst("^.*(/pets/)", "$1"));
    }
}
