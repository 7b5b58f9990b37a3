package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Mutated response bodies read the way the SDK reads them ({@link Json#parse(byte[])}, then a model's codec, then
 * its validation and every accessor): each is either read losslessly, writing back the same JSON, or rejected
 * with a {@link JsonDataException}; no other exception, and no error, reaches the caller. The properties are
 * QuickTheories properties ({@link PropertyRun}: fixed seeds, {@code kiln.fuzz.tries} tries, raised by the {@code fuzz}
 * profile); the huge bodies are tried once each.
 */
class JsonParsingFuzzTest {

    @Test
    void aMutatedBodyIsReadLosslesslyOrRejectedWithAJsonDataException(TestInfo test) {
        PropertyRun.check(test, 20261129L, MutatedBodies.any(), JsonParsingFuzzTest::readOrReject);
    }

    @Test
    void invalidUtf8IsRejectedNeverDecodedIntoOtherCharacters(TestInfo test) {
        PropertyRun.check(test, 20261130L, MutatedBodies.invalidUtf8InAString(), body -> {
            JsonDataException e = assertThrows(JsonDataException.class, () -> read(body.bytes()), body::toString);

            assertEquals(JsonPaths.ROOT, e.path());
        });
    }

    @Test
    void eachHugeBodyIsReadLosslesslyOrRejected() {
        for (String kind : MutatedBodies.HUGE) {
            readOrReject(new MutatedBodies.Body(kind, MutatedBodies.huge(kind)));
        }
    }

    @Test
    void everyFixtureIsReadLosslessly() {
        for (String fixture : MutatedBodies.FIXTURES) {
            JsonNode tree = Json.parse(fixture.getBytes(StandardCharsets.UTF_8));
            assertEquals(tree, Deployment.CODEC.decode(tree, JsonPaths.ROOT).toJsonNode(), fixture);
        }
    }

    @Test
    void aTenMegabyteStringIsReadWhole() {
        Deployment deployment = read(MutatedBodies.huge("10 MB string"));

        assertEquals(10 * 1024 * 1024, deployment.id().value().orElseThrow().length());
    }

    @Test
    void tenThousandNestedArraysAreRejectedAsTooDeep() {
        JsonDataException e =
                assertThrows(JsonDataException.class, () -> read(MutatedBodies.huge("10,000 nested arrays")));

        assertEquals(JsonPaths.ROOT, e.path());
    }

    @Test
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
