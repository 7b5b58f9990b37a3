package dev.kiln.together.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.together.Together;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Building a client whose key would cross the network unencrypted warns once; talking to this machine does not. */
class InsecureBaseUrlWarningTest {
    private static final String OPTIONS_LOGGER = "dev.kiln.together.core.ClientOptions";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://example.invalid/v1",
                "http://10.0.0.5:8080/v1",
                "HTTP://api.together.xyz/v1",
                "http://127.attacker.example/v1"
            })
    void plainHttpToAnotherHostWarnsWhenTheClientIsBuilt(String baseUrl) {
        List<LogRecord> warnings = warningsWhenBuilding(baseUrl);

        assertEquals(1, warnings.size(), "warnings for " + baseUrl + ": " + warnings.size());
        String message = warnings.get(0).getMessage();
        assertTrue(message.contains(baseUrl), message);
        assertFalse(message.contains(TestClients.API_KEY), message);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:8080/v1",
                "http://localhost:8080/v1",
                "http://[::1]:8080/v1",
                "https://api.together.xyz/v1",
                "https://example.invalid/v1"
            })
    void loopbackOrHttpsDoesNotWarn(String baseUrl) {
        assertEquals(List.of(), warningsWhenBuilding(baseUrl));
    }

    private static List<LogRecord> warningsWhenBuilding(String baseUrl) {
        try (LogCapture log = LogCapture.of(OPTIONS_LOGGER)) {
            Together.builder().apiKey(TestClients.API_KEY).baseUrl(baseUrl).build();
            return log.records().stream()
                    .filter(record -> record.getLevel().equals(Level.WARNING))
                    .toList();
        }
    }
}
