package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The runtime's model classes, driven through a model written as the generator writes one ({@link Server}). */
class ModelSchemaTest {
    private static final String JSON = "{\"id\":\"s-1\",\"replicas\":80,\"price\":141.50,"
            + "\"updated_at\":\"2025-03-28T10:00:00Z\",\"status\":\"up\",\"children\":[{\"id\":\"c\",\"replicas\":1,"
            + "\"status\":null,\"kind\":\"server\"}],\"limits\":{\"cpu\":2},\"kind\":\"server\",\"extra\":[1.0,null],"
            + "\"zone\":{\"b\":1,\"a\":2.50}}";

    @Test
    void readingThenWritingGivesBackTheDocumentExactly() {
        Server server = Server.fromJson(JSON);

        assertEquals(JSON, server.toJson());
        assertEquals(Json.parse(JSON), server.toJsonNode());
        assertEquals(141.5, server.price().orElseThrow());
        assertEquals(Server.Status.UP, server.status().orElseThrow());
        assertEquals(Optional.empty(), server.children().orElseThrow().get(0).status());
        assertEquals(List.of("zone"), List.copyOf(server.additionalProperties().keySet()));
    }

    @Test
    void aValueOfAnotherTypeIsKeptAsSentAndOnlyItsAccessorThrowsNamingItsPath() {
        Server server = Server.fromJson("{\"id\":\"s-1\",\"replicas\":\"two\",\"kind\":\"server\","
                + "\"children\":[{\"id\":\"c\",\"replicas\":1,\"kind\":\"server\"}]}");

        JsonDataException e = assertThrows(JsonDataException.class, server::replicas);
        assertEquals("$.replicas: expected an integer (int32) but was string \"two\"", e.getMessage());
        assertEquals(Optional.of(Json.parse("\"two\"")), server._replicas().source());
        assertEquals("s-1", server.id());
        JsonDataException missing = assertThrows(
                JsonDataException.class,
                () -> server.children().orElseThrow().get(0).validate());
        assertEquals("$.children[0].status: required field 'status' is missing", missing.getMessage());
        assertEquals(
                e.getMessage(),
                assertThrows(JsonDataException.class, server::validate).getMessage());
    }

    @Test
    void aBuiltModelNamesEveryMissingRequiredFieldButTheLiteral() {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> Server.builder().build());

        assertEquals("Server is missing required fields: [id, replicas, status]", e.getMessage());
        assertEquals(
                Server.Kind.SERVER,
                Server.builder().id("a").replicas(1).status(null).build().kind());
    }

    @Test
    void modelsAreValues() {
        Server a = Server.fromJson(JSON);
        Server b = Server.fromJson(JSON);
        Server built = a.toBuilder().build();
        Server changed = a.toBuilder().replicas(81).build();

        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a, built);
        assertNotEquals(a, changed);
        assertEquals(80, a.replicas());
        assertTrue(a.toString().startsWith("Server{id=s-1, replicas=80, price=141.5, "), a.toString());
        assertTrue(a.toString().endsWith(", additionalProperties={zone={\"b\":1,\"a\":2.50}}}"), a.toString());
    }

    @Test
    void aFieldSetInJavaHasNoSourceAndOneReadHasItsJson() {
        Server read = Server.fromJson(JSON);
        Server built = Server.builder().id("x").replicas(2).status(null).build();

        assertEquals(Optional.of(Json.parse("80")), read._replicas().source());
        assertEquals(Optional.empty(), built._replicas().source());
        assertEquals(Optional.of(Json.parse("141.50")), read._price().source());
        assertTrue(built._price().isMissing());
        assertEquals("{\"id\":\"x\",\"replicas\":2,\"status\":null,\"kind\":\"server\"}", built.toJson());
    }

    @Test
    void addingAndPuttingGrowInPlaceAndABuiltModelKeepsWhatItWasBuiltWith() {
        Server.Builder builder = Server.builder().id("x").replicas(1).status(Server.Status.DOWN);
        Server child = builder.build();
        builder.addChild(child).putLimit("cpu", 2).putAllLimits(Map.of("ram", 4L));
        Server first = builder.build();
        builder.addChild(child).putLimit("cpu", 3);
        Server second = builder.build();

        assertEquals(1, first.children().orElseThrow().size());
        assertEquals(2, second.children().orElseThrow().size());
        assertEquals(Map.of("cpu", 2L, "ram", 4L), first.limits().orElseThrow());
        assertEquals(
                List.of("cpu", "ram"), List.copyOf(second.limits().orElseThrow().keySet()));
        assertThrows(
                UnsupportedOperationException.class,
                () -> first.children().orElseThrow().add(child));
    }

    @Test
    void aListSetWholeIsCopiedAndRawJsonCannotBeAddedTo() {
        java.util.ArrayList<Server> children = new java.util.ArrayList<>();
        Server.Builder builder =
                Server.builder().id("x").replicas(1).status(null).children(children);
        children.add(builder.build());

        assertEquals(List.of(), builder.build().children().orElseThrow());
        builder._replicas(JsonField.raw("many"));
        JsonDataException raw =
                assertThrows(JsonDataException.class, () -> builder.build().replicas());
        assertTrue(
                raw.getMessage().startsWith("$.replicas: required field 'replicas' was set to raw JSON"),
                raw::getMessage);
        assertEquals("\"many\"", Json.write(builder.build().toJsonNode().get("replicas")));
    }

    @Test
    void anOpenEnumKeepsAValueItDoesNotKnow() {
        Server.Status known = Server.Status.of("up");
        Server.Status unknown = Server.Status.of("draining");

        assertSame(Server.Status.UP, known);
        assertTrue(known.isKnown());
        assertFalse(unknown.isKnown());
        assertEquals(Server.Status.Value._UNKNOWN, unknown.value());
        assertEquals("draining", unknown.asString());
        assertEquals(Server.Status.of("draining"), unknown);
        assertEquals("draining", unknown.toString());
    }

    @Test
    void aRequestParamsBuilderNamesTheFirstMissingRequiredParameter() {
        final class Params extends RequestParams {
            Params(Object[] values) {
                super(values);
            }

            String id() {
                return required(0);
            }

            Optional<Integer> limit() {
                return optional(1);
            }
        }
        final class Builder extends RequestParams.Builder<Params, Builder> {
            Builder() {
                super(Params::new, 1, "id", "limit");
            }

            Builder id(String id) {
                return set(0, id);
            }

            Builder limit(int limit) {
                return set(1, limit);
            }
        }

        assertEquals(
                "the parameter id is required",
                assertThrows(
                                IllegalStateException.class,
                                () -> new Builder().limit(3).build())
                        .getMessage());
        Params params = new Builder().id("a").build();
        assertEquals("a", params.id());
        assertEquals(Optional.empty(), params.limit());
        assertThrows(NullPointerException.class, () -> new Builder().id(null));
    }
}
