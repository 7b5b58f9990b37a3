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
