package dev.kiln.together.full;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiln.together.full.models.ExecuteRequest;
import dev.kiln.together.full.models.ExecuteResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A union-returning operation of Together's full spec: {@code POST /tci/execute} answers with
 * {@code ExecuteResponse}, a {@code oneOf} of a successful and a failed execution (no discriminator), whose outputs
 * are themselves a union discriminated by {@code type} and whose errors are a union of a string and an object.
 */
class UnionResponseTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ExecuteResponse execute(String fixture) {
        try (FixtureServer server = FixtureServer.serving("/tci/execute", 200, "application/json", fixture)) {
            Together client = Together.builder()
                    .apiKey("test-key")
                    .baseUrl(server.baseUrl())
                    .build();
            ExecuteResponse response = client.codeInterpreter()
                    .execute(ExecuteRequest.builder()
                            .code("print('Hello, world!')")
                            .build());
            assertEquals(
                    "{\"code\":\"print('Hello, world!')\",\"language\":\"python\"}",
                    server.received().get(0).text());
            return response;
        }
    }

    @Test
    void aSuccessIsTheSuccessfulVariantWithTypedOutputs() throws IOException {
        ExecuteResponse response = execute("tci-execute-success.json");

        ExecuteResponse.SuccessfulExecution success = assertInstanceOf(
                        ExecuteResponse.OfSuccessfulExecution.class, response)
                .value();
        assertEquals("ses_abcDEF123", success.data().sessionId());
        List<ExecuteResponse.SuccessfulExecution.Data.Outputs> outputs =
                success.data().outputs();
        assertEquals(2, outputs.size());
        assertEquals(
                "Hello, world!\n",
                assertInstanceOf(ExecuteResponse.SuccessfulExecution.Data.Outputs.OfStreamOutput.class, outputs.get(0))
                        .value()
                        .data());
        assertInstanceOf(
                ExecuteResponse.SuccessfulExecution.Data.Outputs.OfDisplayorExecuteOutput.class, outputs.get(1));
        assertEquals(
                JSON.readTree(FixtureServer.fixture("tci-execute-success.json")), JSON.readTree(response.toJson()));
    }

    @Test
    void aFailureIsTheFailedVariantWithMixedErrors() throws IOException {
        ExecuteResponse response = execute("tci-execute-failure.json");

        ExecuteResponse.FailedExecution failure = assertInstanceOf(ExecuteResponse.OfFailedExecution.class, response)
                .value();
        List<ExecuteResponse.FailedExecution.Errors> errors = failure.errors();
        assertEquals(
                "SyntaxError: unexpected EOF while parsing",
                assertInstanceOf(ExecuteResponse.FailedExecution.Errors.OfString.class, errors.get(0))
                        .value());
        Map<String, ?> detail = assertInstanceOf(ExecuteResponse.FailedExecution.Errors.OfJsonMap.class, errors.get(1))
                .value();
        assertEquals("timeout", ((com.fasterxml.jackson.databind.JsonNode) detail.get("code")).textValue());
        assertEquals(
                JSON.readTree(FixtureServer.fixture("tci-execute-failure.json")), JSON.readTree(response.toJson()));
    }
}
