package dev.kiln.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PathResourceTest {
    @ParameterizedTest
    @CsvSource({
        "/v1/customers, customers",
        "/v1/customers/{customer}/sources, customers",
        "/v2beta/payment_intents, payment_intents",
        "/v1alpha2/things, things",
        "/V3/things, things",
        "/v1.1/files, files",
        "/{account}/v1/files, files",
        "/pets/{petId}, pets",
        "/version/pets, version",
        "/v1x/pets, v1x",
        "//v1//orders/, orders",
    })
    void namesTheFirstSegmentThatIsNoVersionAndNoParameter(String path, String resource) {
        assertEquals(Optional.of(resource), PathResource.of(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "", "/v1", "/v2beta/{id}", "/{tenant}"})
    void namesNoneWhenEverySegmentIsAVersionOrAParameter(String path) {
        assertEquals(Optional.empty(), PathResource.of(path));
    }
}
