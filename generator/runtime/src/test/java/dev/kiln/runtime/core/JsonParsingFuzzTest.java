package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Mutated response bodies read the way the SDK reads them ({@link Json#parse(byte[])}, then a model's codec, then
 * its validation and every accessor): each is either read losslessly, writing back the same JSON, or rejected
 * with a {@link JsonDataException}; no other exception, and no error, reaches the caller. Seeds are fixed; the
 * number of tries comes from {@code jqwik.tries.default} (raised by the {@code fuzz} profile).
 */
class JsonParsingFuzzTest {

    @Property(seed = "20261129")
    void aMutatedBodyIsReadLosslesslyOrRejectedWithAJsonDataException(@ForAll("bodies") MutatedBodies.Body body) {
        readOrReject(body);
    }

    @Provide
    Arbitrary<MutatedBodies.Body> bodies() {
        return MutatedBodies.any();
    }

    @Property(seed = "20261130")
    void invalidUtf8IsRejectedNeverDecodedIntoOtherCharacters(@ForAll("invalidUtf8") MutatedBodies.Body body) {
        JsonDataException e = assertThrows(JsonDataException.class, () -> read(body.bytes()), body::toString);

        assertEquals(JsonPaths.ROOT, e.path());
    }

    @Provide
    Arbitrary<MutatedBodies.Body> invalidUtf8() {
        return MutatedBodies.invalidUtf8InAString();
    }

    @Example
    void eachHugeBodyIsReadLosslesslyOrRejected() {
        for (String kind : MutatedBodies.HUGE) {
            readOrReject(new MutatedBodies.Body(kind, MutatedBodies.huge(kind)));
        }
    }

    @Example
    void everyFixtureIsReadLosslessly() {
        for (String fixture : MutatedBodies.FIXTURES) {
            JsonNode tree = Json.parse(fixture.getBytes(StandardCharsets.UTF_8));
            assertEquals(tree, Deployment.CODEC.decode(tree, JsonPaths.ROOT).toJsonNode(), fixture);
        }
    }

    @Example
    void aTenMegabyteStringIsReadWhole() {
        Deployment deployment = read(MutatedBodies.huge("10 MB string"));

        assertEquals(10 * 1024 * 1024, deployment.id().value().orElseThrow().length());
    }

    @Example
    void tenThousandNestedArraysAreRejectedAsTooDeep() {
        JsonDataException e =
                assertThrows(JsonDataException.class, () -> read(MutatedBodies.huge("10,000 nested arrays")));

        assertEquals(JsonPaths.ROOT, e.path());
    }

    @Example
    void aThousandNestedModelsAreReadValidatedAndWrittenBack() {
        byte[] body = MutatedBodies.nestedDeployments(499).getBytes(StandardCharsets.UTF_8);

        Deployment deployment = read(body);

        deployment.validate();
        assertEquals(Json.parse(body), deployment.toJsonNode());
    }

    private static Deployment read(byte[] body) {
        return Deployment.CODEC.decode(Json.parse(body), JsonPaths.ROOT);
    }

    /** Reads a body as the SDK does; fails the test unless it is read losslessly or rejected as documented. */
    static void readOrReject(MutatedBodies.Body body) {
        try {
            JsonNode tree = Json.parse(body.bytes());
            Deployment deployment = Deployment.CODEC.decode(tree, JsonPaths.ROOT);
            assertEquals(tree, deployment.toJsonNode(), "written back differently: " + body);
            readEveryAccessor(deployment);
            deployment.validate();
        } catch (JsonDataException documented) {
            if (documented.path() == null || !documented.getMessage().startsWith(documented.path())) {
                fail("a JsonDataException without its path: " + documented.getMessage());
            }
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError undocumented) {
            throw new AssertionError(
                    "undocumented " + undocumented.getClass().getName() + " for " + body, undocumented);
        }
    }

    private static void readEveryAccessor(Deployment deployment) {
        deployment.hashCode();
        deployment.toString();
        assertEquals(deployment, Deployment.CODEC.decode(deployment.toJsonNode(), JsonPaths.ROOT));
    }
}
