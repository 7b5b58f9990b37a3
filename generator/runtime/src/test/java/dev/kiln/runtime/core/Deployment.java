package dev.kiln.runtime.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A model written the way the generator writes one, with a field of every codec the runtime has: scalars, dates,
 * a literal, an open enum, a union, a list of nested objects, a map, a recursive field, any JSON and the members
 * it was not asked for. Fuzz tests read mutated documents into it.
 */
record Deployment(
        JsonField<String> object,
        JsonField<String> id,
        JsonField<Integer> replicas,
        JsonField<Long> createdBytes,
        JsonField<Double> price,
        JsonField<BigDecimal> credit,
        JsonField<Boolean> active,
        JsonField<OffsetDateTime> updatedAt,
        JsonField<LocalDate> since,
        JsonField<State> state,
        JsonField<Target> target,
        JsonField<List<Deployment>> children,
        JsonField<Map<String, Integer>> limits,
        JsonField<JsonNode> metadata,
        Map<String, JsonNode> additionalProperties)
        implements JsonModel {

    /** An open enum: values the model does not know are kept. */
    record State(String wireValue, boolean isKnown) {
        static final List<String> KNOWN = List.of("PENDING", "STARTED", "STOPPED");
        static final Codec<State> CODEC =
                Codecs.STRING.map(value -> new State(value, KNOWN.contains(value)), State::wireValue);
    }

    /** A union of a string, an integer and an object, read as the first variant the value fits. */
    sealed interface Target {
        record OfName(String value) implements Target {}

        record OfIndex(int value) implements Target {}

        record OfDeployment(Deployment value) implements Target {}

        Codec<Target> CODEC = new Codec<>() {
            @Override
            public Target decode(JsonNode node, String path) {
                return Codecs.attempt(Codecs.STRING, node, path)
                        .<Target>map(OfName::new)
                        .or(() -> Codecs.attempt(Codecs.INT32, node, path).map(OfIndex::new))
                        .or(() -> Codecs.attempt(Deployment.CODEC, node, path).map(OfDeployment::new))
                        .orElseThrow(() -> Codecs.mismatch(path, "a string, an integer or a Deployment", node));
            }

            @Override
            public JsonNode encode(Target value) {
                if (value instanceof OfName name) {
                    return Codecs.STRING.encode(name.value());
                }
                if (value instanceof OfIndex index) {
                    return Codecs.INT32.encode(index.value());
                }
                return ((OfDeployment) value).value().toJsonNode();
            }
        };
    }

    private static final Codec<String> OBJECT = Codecs.literal(Json.nodes().textNode("deployment"), "deployment");

    static final Codec<Deployment> CODEC =
            Codecs.object(Deployment::read, Deployment::toJsonNode, Deployment::validate);

    static Deployment read(JsonNode node, String path) {
        JsonObjectReader reader = JsonObjectReader.of(node, path);
        return new Deployment(
                reader.field("object", OBJECT),
                reader.field("id", Codecs.STRING),
                reader.field("replicas", Codecs.INT32),
                reader.field("created_bytes", Codecs.INT64),
                reader.field("price", Codecs.DOUBLE),
                reader.field("credit", Codecs.DECIMAL),
                reader.field("active", Codecs.BOOLEAN),
                reader.field("updated_at", Codecs.DATE_TIME),
                reader.field("since", Codecs.DATE),
                reader.field("state", State.CODEC),
                reader.field("target", Target.CODEC),
                reader.field("children", Codecs.listOf(CODEC)),
                reader.field("limits", Codecs.mapOf(Codecs.INT32)),
                reader.field("metadata", Codecs.JSON),
                reader.remaining());
    }

    /**
     * Checks what a generated model's {@code validate()} checks, field by field in order: required fields present,
     * every field read fits its type, nested models valid.
     */
    void validate() {
        object.required("object", JsonPaths.ROOT);
        id.required("id", JsonPaths.ROOT);
        replicas.optional();
        createdBytes.optional();
        price.optional();
        credit.optional();
        active.optional();
        updatedAt.optional();
        since.optional();
        state.required("state", JsonPaths.ROOT);
        target.optional().ifPresent(value -> {
            if (value instanceof Target.OfDeployment nested) {
                nested.value().validate();
            }
        });
        children.optional().ifPresent(list -> list.forEach(Deployment::validate));
        limits.optional();
        metadata.optional();
    }

    @Override
    public JsonNode toJsonNode() {
        return JsonObjectWriter.create()
                .field("object", object, OBJECT)
                .field("id", id, Codecs.STRING)
                .field("replicas", replicas, Codecs.INT32)
                .field("created_bytes", createdBytes, Codecs.INT64)
                .field("price", price, Codecs.DOUBLE)
                .field("credit", credit, Codecs.DECIMAL)
                .field("active", active, Codecs.BOOLEAN)
                .field("updated_at", updatedAt, Codecs.DATE_TIME)
                .field("since", since, Codecs.DATE)
                .field("state", state, State.CODEC)
                .field("target", target, Target.CODEC)
                .field("children", children, Codecs.listOf(CODEC))
                .field("limits", limits, Codecs.mapOf(Codecs.INT32))
                .field("metadata", metadata, Codecs.JSON)
                .members(additionalProperties)
                .build();
    }
}
