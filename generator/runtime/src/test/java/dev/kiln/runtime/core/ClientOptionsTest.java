package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientOptionsTest {
    private static final String KEY = "sk-live-4f9a1c2e7b";

    private static ClientOptions.Builder options() {
        return ClientOptions.builder().baseUrl("https://api.example.com/v1");
    }

    @Test
    void toStringNeverShowsTheApiKey() {
        String text = options().apiKey(KEY).build().toString();

        assertFalse(text.contains(KEY), text);
        assertFalse(text.contains("4f9a1c2e7b"), text);
        assertTrue(text.contains("apiKey=****"), text);
    }

    @Test
    void responseBodiesAreBoundedBy128MebibytesUnlessSetOtherwise() {
        assertEquals(128 * 1024 * 1024, options().build().maxResponseBytes());
        assertEquals(4096, options().maxResponseBytes(4096).build().maxResponseBytes());
        assertThrows(IllegalArgumentException.class, () -> options().maxResponseBytes(0));
    }

    @Test
    void toStringSaysWhenThereIsNoApiKey() {
        assertTrue(options().build().toString().contains("apiKey=none"));
    }

    @Test
    void trailingSlashOfTheBaseUrlIsStripped() {
        assertEquals(
                URI.create("https://api.example.com/v1"),
                ClientOptions.builder()
                        .baseUrl("https://api.example.com/v1/")
                        .build()
                        .baseUrl());
        assertEquals(URI.create("https://api.example.com/v1"), options().build().baseUrl());
        assertEquals(
                URI.create("https://api.example.com"),
                ClientOptions.builder()
                        .baseUrl("https://api.example.com/")
                        .build()
                        .baseUrl());
    }

    @Test
    void baseUrlIsRequired() {
        assertThrows(NullPointerException.class, () -> ClientOptions.builder().build());
    }

    @Test
    void authorizationIsBearerTokenByDefault() {
        assertEquals(
                Optional.of(Map.entry("Authorization", "Bearer " + KEY)),
                options().apiKey(KEY).build().authorization());
    }

    @Test
    void authorizationFollowsTheAuthScheme() {
        assertEquals(
                Optional.of(Map.entry("X-API-Key", KEY)),
                options().apiKey(KEY).authScheme("X-API-Key", "").build().authorization());
        assertEquals(
                Optional.of(Map.entry("Authorization", "Token " + KEY)),
                options()
                        .apiKey(KEY)
                        .authScheme("Authorization", "Token ")
                        .build()
                        .authorization());
    }

    @Test
    void noApiKeyMeansNoAuthorization() {
        assertEquals(Optional.empty(), options().build().authorization());
        assertEquals(Optional.empty(), options().apiKey(null).build().authorization());
    }

    @Test
    void apiKeyThatCannotBeSentInAHeaderIsRejectedWithoutShowingIt() {
        // A key read from a file or an environment variable often ends with a line break.
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> options().apiKey(KEY + "\n").build());

        assertFalse(e.getMessage().contains(KEY), e.getMessage());
        assertFalse(String.valueOf(e.getCause()).contains(KEY));
    }

    @Test
    void defaultsAreDocumented() {
        ClientOptions options = options().build();

        assertEquals(ClientOptions.DEFAULT_TIMEOUT, options.timeout());
        assertEquals("kiln-sdk", options.userAgent());
        assertEquals(Map.of(), options.headers());
        assertNotNull(options.httpClient());
    }

    @Test
    void settingsAreKept() {
        HttpClient client = HttpClient.newHttpClient();

        ClientOptions options = options()
                .timeout(Duration.ofSeconds(5))
                .userAgent("acme-sdk/2.0")
                .header("X-Org", "acme")
                .httpClient(client)
                .build();

        assertEquals(Duration.ofSeconds(5), options.timeout());
        assertEquals("acme-sdk/2.0", options.userAgent());
        assertEquals(Map.of("X-Org", "acme"), options.headers());
        assertSame(client, options.httpClient());
    }

    @Test
    void timeoutsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> options().timeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> options().timeout(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> options().connectTimeout(Duration.ZERO));
    }
}
