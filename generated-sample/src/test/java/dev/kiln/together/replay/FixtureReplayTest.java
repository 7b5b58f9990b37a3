package dev.kiln.together.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.together.core.JsonField;
import dev.kiln.together.core.JsonModel;
import dev.kiln.together.errors.AuthenticationException;
import dev.kiln.together.errors.BadRequestException;
import dev.kiln.together.errors.ConflictException;
import dev.kiln.together.errors.InternalServerException;
import dev.kiln.together.errors.NotFoundException;
import dev.kiln.together.errors.PermissionDeniedException;
import dev.kiln.together.errors.RateLimitException;
import dev.kiln.together.errors.TogetherServiceException;
import dev.kiln.together.errors.UnexpectedStatusCodeException;
import dev.kiln.together.errors.UnprocessableEntityException;
import dev.kiln.together.fixtures.Fixture;
import dev.kiln.together.fixtures.RecordedRequest;
import dev.kiln.together.models.ErrorData;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every recorded fixture against the generated client: the call the fixture's directory names, with the
 * arguments its recorded request holds, must send exactly that request and handle exactly that response. Typed
 * checks of each case live in the per-operation tests beside this one.
 */
class FixtureReplayTest {

    static List<String> fixtures() {
        return Fixture.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void sendsTheRecordedRequest(String resourcePath) {
        try (Replay replay = Replay.of(resourcePath)) {
            replay.callTheRecordedMethod();

            RecordedRequest sent = replay.assertSentAsRecorded();
            assertEquals(Optional.of("Bearer " + Replay.API_KEY), sent.header("Authorization"), "Authorization");
            assertEquals(Optional.of("application/json"), sent.header("Accept"), "Accept");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void handlesTheRecordedResponse(String resourcePath) {
        try (Replay replay = Replay.of(resourcePath)) {
            Replay.Outcome outcome = replay.callTheRecordedMethod();

            Fixture.Response response = replay.fixture().response();
            if (response.status() >= 200 && response.status() < 300) {
                Optional<Object> result = outcome.expectSuccess();
                if (response.body().isPresent()) {
                    JsonModel model = assertInstanceOf(JsonModel.class, result.orElse(null), "the decoded body");
                    assertEquals(response.body().get(), Replay.json(model.toJson()), "the result written back");
                } else {
                    assertEquals(Optional.empty(), result, "a call whose response has no body returns nothing");
                }
            } else {
                checkServiceException(response, outcome.expectFailure());
            }
        }
    }

    private static void checkServiceException(Fixture.Response response, TogetherServiceException thrown) {
        assertEquals(exceptionFor(response.status()), thrown.getClass(), "exception for HTTP " + response.status());
        assertEquals(response.status(), thrown.statusCode(), "statusCode()");
        assertEquals(response.header("x-request-id"), thrown.requestId(), "requestId()");
        assertEquals(1, thrown.attempts(), "attempts() of a client that does not retry");
        Optional<JsonNode> body = response.body();
        if (body.isEmpty()) {
            assertEquals("", thrown.body(), "body() of a response without one");
            assertEquals(Optional.empty(), thrown.error(), "error() of a response without a body");
            return;
        }
        assertEquals(body.get(), Replay.json(thrown.body()), "body()");
        JsonNode expected = body.get().get("error");
        assertTrue(expected != null && expected.isObject(), "every recorded error body is an ErrorData");
        ErrorData.ErrorValue error = thrown.error()
                .orElseThrow(() -> new AssertionError("error() is empty"))
                .error();
        assertEquals(expected.get("message").textValue(), error.message(), "error().message()");
        assertEquals(expected.get("type").textValue(), error.type(), "error().type()");
        checkNullableText(expected.get("param"), error._param(), error.param(), "param");
        checkNullableText(expected.get("code"), error._code(), error.code(), "code");
    }

    private static void checkNullableText(
            JsonNode expected, JsonField<String> raw, Optional<String> value, String name) {
        if (expected == null) {
            assertTrue(raw.isMissing(), name + " is absent from the body, so _" + name + "() must be missing");
        } else if (expected.isNull()) {
            assertTrue(raw.isNull(), name + " is null in the body, so _" + name + "() must be null");
        } else {
            assertTrue(raw.isPresent(), name + " is in the body, so _" + name + "() must be present");
        }
        assertEquals(Optional.ofNullable(expected).map(JsonNode::textValue), value, name + "()");
    }

    private static Class<? extends TogetherServiceException> exceptionFor(int status) {
        switch (status) {
            case 400:
                return BadRequestException.class;
            case 401:
                return AuthenticationException.class;
            case 403:
                return PermissionDeniedException.class;
            case 404:
                return NotFoundException.class;
            case 409:
                return ConflictException.class;
            case 422:
                return UnprocessableEntityException.class;
            case 429:
                return RateLimitException.class;
            default:
                return status >= 500 ? InternalServerException.class : UnexpectedStatusCodeException.class;
        }
    }
}
