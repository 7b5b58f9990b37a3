package dev.kiln.bench.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
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
    @EnumSource(Models.class)
    void theEmbeddingsRoundTripUnchanged(Models models) throws Exception {
        assertRoundTrips(models, Payload.EMBEDDINGS);
        assertRoundTrips(models, Payload.EMBEDDINGS_FLOAT64);
    }

    @ParameterizedTest
    @EnumSource(Models.class)
    void theChatCompletionWithToolCallsRoundTripsUnchanged(Models models) throws Exception {
        assertRoundTrips(models, Payload.CHAT_COMPLETION);
    }

    @ParameterizedTest
    @EnumSource(Models.class)
    void everyChunkOfTheStreamRoundTripsUnchanged(Models models) throws Exception {
        ModelCodec codec = models.codec(Payload.CHAT_STREAM);
        String events = Payload.CHAT_STREAM.json();
        List<String> sent = events(events);
        List<String> written = events(codec.encode(codec.decode(events)));

        assertEquals(sent.size(), written.size());
        for (int i = 0; i < sent.size(); i++) {
            assertEquals(
                    sent.get(i).equals("[DONE]") ? null : JSON.readTree(sent.get(i)),
                    written.get(i).equals("[DONE]") ? null : JSON.readTree(written.get(i)),
                    "event " + i);
        }
    }

    @ParameterizedTest
    @EnumSource(Models.class)
    void allThreeReadTheSameValues(Models models) throws Exception {
        allThreeReadTheSameValues(models, Payload.EMBEDDINGS);
        allThreeReadTheSameValues(models, Payload.EMBEDDINGS_FLOAT64);
    }

    private static void allThreeReadTheSameValues(Models models, Payload payload) throws Exception {
        Object embeddings = models.codec(payload).decode(payload.json());
        String firstVector = switch (models) {
            case KILN ->
                ((dev.kiln.bench.kiln.models.EmbeddingList) embeddings)
                        .data().get(0).embedding().subList(0, 3).stream()
                                .map(Number::doubleValue)
                                .toList()
                                .toString();
            case RECORDS ->
                ((HandWrittenRecords.EmbeddingList) embeddings)
                        .data().get(0).embedding().subList(0, 3).stream()
                                .map(Number::doubleValue)
                                .toList()
                                .toString();
            case OPENAPI_GENERATOR ->
                ((dev.kiln.bench.peer.model.EmbeddingList) embeddings)
                        .getData().get(0).getEmbedding().subList(0, 3).stream()
                                .map(Number::doubleValue)
                                .toList()
                                .toString();
        };
        JsonNode vector = JSON.readTree(payload.json()).get("data").get(0).get("embedding");
        assertEquals(
                List.of(
                                vector.get(0).doubleValue(),
                                vector.get(1).doubleValue(),
                                vector.get(2).doubleValue())
                        .toString(),
                firstVector);
    }

    @ParameterizedTest
    @EnumSource(Payload.class)
    void payloadsAreTheSameEveryTime(Payload payload) {
        assertEquals(payload.json(), payload.json());
    }

    @ParameterizedTest
    @EnumSource(Payload.class)
    void payloadsHaveTheAdvertisedSize(Payload payload) throws Exception {
        if (payload == Payload.CHAT_STREAM) {
            List<String> events = events(payload.json());
            assertEquals(2_001, events.size());
            assertEquals("[DONE]", events.get(2_000));
            return;
        }
        JsonNode tree = JSON.readTree(payload.json());
        if (payload == Payload.EMBEDDINGS || payload == Payload.EMBEDDINGS_FLOAT64) {
            assertEquals(1_000, tree.get("data").size());
            assertEquals(1_024, tree.get("data").get(999).get("embedding").size());
            long longer = 0;
            for (JsonNode value : tree.get("data").get(0).get("embedding")) {
                String digits = value.asText()
                        .replaceFirst("[eE].*", "")
                        .replaceAll("[-.]", "")
                        .replaceFirst("^0+", "");
                longer += digits.length() > 15 ? 1 : 0;
            }
            // the float64 text of a float32 is mostly too long for a double's exact fast path; eight decimals never
            assertEquals(payload == Payload.EMBEDDINGS_FLOAT64, longer > 512, payload + ": " + longer + " long values");
        } else if (payload == Payload.CHAT_COMPLETION) {
            assertEquals(4, tree.get("choices").size());
            assertEquals(
                    3,
                    tree.get("choices").get(3).get("message").get("tool_calls").size());
        } else if (payload == Payload.ENDPOINTS) {
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

    /** The data of each server-sent event. */
    private static List<String> events(String stream) {
        return Arrays.stream(stream.split("\n\n"))
                .map(event -> event.substring("data: ".length()))
                .toList();
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
