package dev.kiln.runtime.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model written the way the generator writes one on the runtime's model classes: a schema of one statement per
 * field, an accessor per field and a builder of one-statement setters. Its fields cover the codecs: required and
 * nullable scalars, a double and a date-time (which write back from the JSON they were read from), an open enum, a
 * list of nested models, a map, a literal and any JSON.
 */
final class Server extends JsonObjectModel<Server, Server.Builder, JsonNode> {
    private static final ModelSchema<Server, Builder> SCHEMA =
            new ModelSchema<>(Server.class, Server::new, Builder::new, Server::fields);

    private Server(Object[] values, Map<String, ?> additional, String path) {
        super(SCHEMA, values, additional, path);
    }

    String id() {
        return required(0);
    }

    int replicas() {
        return required(1);
    }

    Optional<Double> price() {
        return optional(2);
    }

    Optional<OffsetDateTime> updatedAt() {
        return optional(3);
    }

    Optional<Status> status() {
        return requiredNullable(4);
    }

    Optional<List<Server>> children() {
        return optional(5);
    }

    Optional<Map<String, Long>> limits() {
        return optional(6);
    }

    Kind kind() {
        return required(7);
    }

    Optional<JsonNode> extra() {
        return optional(8);
    }

    Optional<List<Double>> weights() {
        return optional(9);
    }

    JsonField<List<Double>> _weights() {
        return field(9);
    }

    JsonField<Integer> _replicas() {
        return field(1);
    }

    JsonField<Double> _price() {
        return field(2);
    }

    static Server fromJson(String json) {
        return SCHEMA.fromJson(json);
    }

    static Codec<Server> codec() {
        return SCHEMA;
    }

    static Builder builder() {
        return new Builder();
    }

    private static void fields(ModelSchema.Fields fields) {
        fields.required("id", "id", Codecs.STRING);
        fields.required("replicas", "replicas", Codecs.INT32);
        fields.optional("price", "price", Codecs.DOUBLE);
        fields.optional("updated_at", "updatedAt", Codecs.DATE_TIME);
        fields.requiredNullable("status", "status", Status.codec());
        fields.optional("children", "children", Codecs.listOf(Server.codec()));
        fields.optional("limits", "limits", Codecs.mapOf(Codecs.INT64));
        fields.required("kind", "kind", Kind.CODEC, Kind.SERVER);
        fields.optional("extra", "extra", Codecs.JSON);
        fields.optional("weights", "weights", Codecs.listOf(Codecs.DOUBLE));
    }

    /** The literal {@code "server"}. */
    enum Kind {
        SERVER;

        static final Codec<Kind> CODEC = Codecs.literal(Json.nodes().textNode("server"), SERVER);
    }

    /** An open enum. */
    static final class Status extends OpenEnum<String, Status.Value> {
        static final Status UP = new Status("up", Value.UP);
        static final Status DOWN = new Status("down", Value.DOWN);
        private static final OpenEnumType<Status, String, Value> CODEC =
                new OpenEnumType<>(Codecs.STRING, Status::new, Value._UNKNOWN, new Status[] {UP, DOWN});

        private Status(String wireValue, Value value) {
            super(wireValue, value);
        }

        static Status of(String wireValue) {
            return CODEC.of(wireValue);
        }

        String asString() {
            return wire();
        }

        static Codec<Status> codec() {
            return CODEC;
        }

        enum Value {
            UP,
            DOWN,
            _UNKNOWN
        }
    }

    static final class Builder extends ModelBuilder<Server, Builder> {
        private Builder() {
            super(SCHEMA);
        }

        Builder id(String id) {
            return set(0, id);
        }

        Builder replicas(int replicas) {
            return set(1, replicas);
        }

        Builder _replicas(JsonField<Integer> replicas) {
            return setField(1, replicas);
        }

        Builder price(Optional<Double> price) {
            return setOptional(2, price);
        }

        Builder status(Status status) {
            return setNullable(4, status);
        }

        Builder children(List<Server> children) {
            return set(5, children);
        }

        Builder addChild(Server child) {
            return add(5, child);
        }

        Builder putLimit(String key, long value) {
            return put(6, key, value);
        }

        Builder putAllLimits(Map<String, Long> limits) {
            return putAll(6, limits);
        }
    }
}
