package dev.kiln.bench.models;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiln.bench.kiln.core.JsonModel;
import dev.kiln.bench.peer.client.ApiClient;

/** The kinds of model the benchmarks compare, each generated from (or written to) the same shapes. */
public enum Models {
    /** Kiln's generated models ({@code fromJson} and {@code toJson}). */
    KILN {
        @Override
        public ModelCodec codec(Payload payload) {
            return switch (payload) {
                case ENDPOINTS -> new KilnCodec(dev.kiln.bench.kiln.models.EndpointList::fromJson);
                case CUSTOMER -> new KilnCodec(dev.kiln.bench.kiln.models.Customer::fromJson);
                case EMBEDDINGS, EMBEDDINGS_FLOAT64 ->
                    new KilnCodec(dev.kiln.bench.kiln.models.EmbeddingList::fromJson);
                case CHAT_COMPLETION -> new KilnCodec(dev.kiln.bench.kiln.models.ChatCompletion::fromJson);
                case CHAT_STREAM ->
                    new EventsCodec(new KilnCodec(dev.kiln.bench.kiln.models.ChatCompletionChunk::fromJson));
            };
        }
    },
    /** Hand-written Jackson records ({@link HandWrittenRecords}). */
    RECORDS {
        @Override
        public ModelCodec codec(Payload payload) {
            return switch (payload) {
                case ENDPOINTS -> new JacksonCodec(HandWrittenRecords.MAPPER, HandWrittenRecords.EndpointList.class);
                case CUSTOMER -> new JacksonCodec(HandWrittenRecords.MAPPER, HandWrittenRecords.Customer.class);
                case EMBEDDINGS, EMBEDDINGS_FLOAT64 ->
                    new JacksonCodec(HandWrittenRecords.MAPPER, HandWrittenRecords.EmbeddingList.class);
                case CHAT_COMPLETION ->
                    new JacksonCodec(HandWrittenRecords.MAPPER, HandWrittenRecords.ChatCompletion.class);
                case CHAT_STREAM ->
                    new EventsCodec(
                            new JacksonCodec(HandWrittenRecords.MAPPER, HandWrittenRecords.ChatCompletionChunk.class));
            };
        }
    },
    /** OpenAPI Generator's models (java, native), with the mapper its client builds. */
    OPENAPI_GENERATOR {
        @Override
        public ModelCodec codec(Payload payload) {
            return switch (payload) {
                case ENDPOINTS -> new JacksonCodec(PEER_MAPPER, dev.kiln.bench.peer.model.EndpointList.class);
                case CUSTOMER -> new JacksonCodec(PEER_MAPPER, dev.kiln.bench.peer.model.Customer.class);
                case EMBEDDINGS, EMBEDDINGS_FLOAT64 ->
                    new JacksonCodec(PEER_MAPPER, dev.kiln.bench.peer.model.EmbeddingList.class);
                case CHAT_COMPLETION -> new JacksonCodec(PEER_MAPPER, dev.kiln.bench.peer.model.ChatCompletion.class);
                case CHAT_STREAM ->
                    new EventsCodec(new JacksonCodec(PEER_MAPPER, dev.kiln.bench.peer.model.ChatCompletionChunk.class));
            };
        }
    };

    private static final ObjectMapper PEER_MAPPER = ApiClient.createDefaultObjectMapper();

    /**
     * The codec of this kind of model for one payload.
     *
     * @param payload the payload
     * @return its codec
     */
    public abstract ModelCodec codec(Payload payload);

    /** Kiln's models: each reads itself from text and writes itself. */
    private record KilnCodec(java.util.function.Function<String, ? extends JsonModel> reader) implements ModelCodec {
        @Override
        public Object decode(String json) {
            return reader.apply(json);
        }

        @Override
        public String encode(Object model) {
            return ((JsonModel) model).toJson();
        }
    }

    /**
     * The events of a stream: each {@code data:} line read with the codec of one event, {@code [DONE]} aside; the
     * same splitting for every kind of model, so that only reading the events differs.
     */
    private record EventsCodec(ModelCodec event) implements ModelCodec {
        private static final String DATA = "data: ";
        private static final String DONE = "[DONE]";

        @Override
        public Object decode(String events) throws Exception {
            java.util.List<Object> decoded = new java.util.ArrayList<>();
            int start = 0;
            while (start < events.length()) {
                int end = events.indexOf("\n\n", start);
                String data = events.substring(start + DATA.length(), end);
                if (!data.equals(DONE)) {
                    decoded.add(event.decode(data));
                }
                start = end + 2;
            }
            return decoded;
        }

        @Override
        public String encode(Object model) throws Exception {
            StringBuilder events = new StringBuilder();
            for (Object item : (java.util.List<?>) model) {
                events.append(DATA).append(event.encode(item)).append("\n\n");
            }
            return events.append(DATA).append(DONE).append("\n\n").toString();
        }
    }

    /** Jackson data binding of one class with one mapper. */
    private record JacksonCodec(ObjectMapper mapper, Class<?> type) implements ModelCodec {
        @Override
        public Object decode(String json) throws Exception {
            return mapper.readValue(json, type);
        }

        @Override
        public String encode(Object model) throws Exception {
            return mapper.writeValueAsString(model);
        }
    }
}
