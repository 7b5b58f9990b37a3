package dev.kiln.bench.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The three kinds of model do the same work: each reads every field of a payload and writes all of it back. */
class ModelCodecsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(Models.class)
    void theEndpointListingRoundTripsUnchanged(Models models) throws Exception {
        assertRoundTrips(models, Payload.ENDPOINTS);
    }

    @ParameterizedTest
    @EnumSource(Models.class)
    void theCustomerGraphRoundTripsUnchanged(Models models) throws Exception {
        assertRoundTrips(models, Payload.CUSTOMER);
    }

    @ParameterizedTest
    @EnumSource(Payload.class)
    void payloadsAreTheSameEveryTime(Payload payload) {
        assertEquals(payload.json(), payload.json());
    }

    @ParameterizedTest
    @EnumSource(Payload.class)
    void payloadsHaveTheAdvertisedSize(Payload payload) throws Exception {
        JsonNode tree = JSON.readTree(payload.json());
        if (payload == Payload.ENDPOINTS) {
            assertEquals(1_000, tree.get("data").size());
        } else {
            assertEquals(20, tree.get("subscriptions").get("data").size());
            assertEquals(
                    5,
                    tree.get("subscriptions")
                            .get("data")
                            .get(0)
                            .get("items")
                            .get("data")
                            .size());
            assertEquals(
                    5,
                    tree.get("subscriptions")
                            .get("data")
                            .get(0)
                            .get("latest_invoice")
                            .get("lines")
                            .get("data")
                            .size());
            assertEquals(1_065, objects(tree));
        }
    }

    private static int objects(JsonNode node) {
        int own = node.isObject() ? 1 : 0;
        int nested = 0;
        for (JsonNode child : node) {
            nested += objects(child);
        }
        return own + nested;
    }

    private static void assertRoundTrips(Models models, Payload payload) throws Exception {
        ModelCodec codec = models.codec(payload);
        String json = payload.json();
        String written = codec.encode(codec.decode(json));
        assertEquals(JSON.readTree(json), JSON.readTree(written));
    }
}
