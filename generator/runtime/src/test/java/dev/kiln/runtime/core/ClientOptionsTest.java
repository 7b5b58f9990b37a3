package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
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

    @Test
    void optionsDerivedWithToBuilderKeepEverySetting() {
        ScriptedTransport transport = new ScriptedTransport();
        Interceptor first = new Interceptor() {};
        Interceptor second = new Interceptor() {};
        HttpLogging logging = HttpLogging.builder().headers(true).build();
        Sleeper sleeper = new Sleeper() {
            @Override
            public void sleep(Duration duration) {}

            @Override
            public Executor after(Duration duration) {
                return Runnable::run;
            }
        };
        Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
        ClientOptions options = options()
                .userAgent("acme-sdk/2.0")
                .header("X-Org", "acme")
                .idempotencyHeader("Idempotency-Key")
                .apiKey(KEY)
                .keyLocation(ClientOptions.KeyLocation.HEADER, "X-Api-Key", "Key ")
                .basicAuth("ann", "pw")
                .transport(transport)
                .timeout(Duration.ofSeconds(7))
                .streamReadTimeout(Duration.ofSeconds(3))
                .maxRetries(5)
                .sleeper(sleeper)
                .clock(clock)
                .maxResponseBytes(4096)
                .validateResponses(true)
                .interceptor(first)
                .interceptor(second)
                .logging(logging)
                .build();

        ClientOptions derived = options.toBuilder().build();

        assertEquals(options.baseUrl(), derived.baseUrl());
        assertEquals("acme-sdk/2.0", derived.userAgent());
        assertEquals(Map.of("X-Org", "acme"), derived.headers());
        assertEquals(Optional.of("Idempotency-Key"), derived.idempotencyHeader());
        assertEquals(Optional.of(Map.entry("X-Api-Key", "Key " + KEY)), derived.authorization());
        assertSame(transport, derived.transport());
        assertEquals(Duration.ofSeconds(7), derived.timeout());
        assertEquals(Optional.of(Duration.ofSeconds(3)), derived.streamReadTimeout());
        assertEquals(5, derived.maxRetries());
        assertSame(sleeper, derived.sleeper());
        assertSame(clock, derived.clock());
        assertEquals(4096, derived.maxResponseBytes());
        assertTrue(derived.validateResponses());
        assertEquals(List.of(first, second), derived.interceptors());
        assertEquals(Optional.of(logging), derived.logging());
        assertEquals(options.toString(), derived.toString());
        assertTrue(derived.toString().contains("basic=ann:****"), derived.toString());
    }

    @Test
    void optionsDerivedWithToBuilderKeepTheSettingsOfTheSdksHttpClientAndItsCredentials() {
        Executor executor = Runnable::run;
        OAuth2ClientCredentials oauth2 = new OAuth2ClientCredentials(
                URI.create("https://auth.example.com/token"), "id", "secret", List.of("read"), true);
        ClientOptions options = options()
                .connectTimeout(Duration.ofSeconds(4))
                .executor(executor)
                .oauth2ClientCredentials(oauth2)
                .tokenSupplier(() -> "token")
                .build();

        try (options;
                ClientOptions derived = options.toBuilder().build()) {
            assertSame(executor, derived.blockingExecutor());
            assertEquals(
                    Duration.ofSeconds(4), derived.httpClient().connectTimeout().orElseThrow());
            assertEquals(options.toString(), derived.toString());
            assertTrue(derived.toString().contains("tokenSupplier=****"), derived.toString());
            assertTrue(derived.toString().contains("oauth2="), derived.toString());
        }
    }

    @Test
    void aBuilderChangedAfterBuildingLeavesTheOptionsItBuiltAlone() {
        Interceptor interceptor = new Interceptor() {};
        ClientOptions.Builder builder = options().header("X-Org", "acme");
        ClientOptions options = builder.build();

        builder.header("X-Team", "ml").interceptor(interceptor).timeout(Duration.ofSeconds(1));
        ClientOptions derived = options.toBuilder().header("X-Team", "ml").build();

        assertEquals(Map.of("X-Org", "acme"), options.headers());
        assertEquals(List.of(), options.interceptors());
        assertEquals(ClientOptions.DEFAULT_TIMEOUT, options.timeout());
        assertEquals(Map.of("X-Org", "acme", "X-Team", "ml"), derived.headers());
        assertEquals(Map.of("X-Org", "acme", "X-Team", "ml"), builder.build().headers());
        assertThrows(
                UnsupportedOperationException.class, () -> options.headers().put("X-Other", "x"));
        assertThrows(
                UnsupportedOperationException.class,
                () -> options.interceptors().add(interceptor));
    }

    @Test
    void oauth2PartsSetWithoutAClientIdAreNotPartOfTheOptionsNorOfABuilderDerivedFromThem() {
        ClientOptions options = options()
                .clientSecret("secret")
                .tokenUrl("https://auth.example.com/token")
                .build();

        assertFalse(options.toString().contains("oauth2"), options.toString());
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> options.toBuilder().clientId("id").build());
        assertEquals("an OAuth2 client id needs a client secret and a token URL", e.getMessage());
    }

    @Test
    void optionsDerivedFromOnesOnASuppliedHttpClientShareItUntilASettingOfTheSdksOwnClientIsSet() {
        HttpClient supplied = HttpClient.newHttpClient();
        ClientOptions options = options().httpClient(supplied).build();

        ClientOptions sharing = options.toBuilder().maxRetries(0).build();
        ClientOptions own =
                options.toBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        assertSame(supplied, sharing.httpClient());
        assertEquals(Duration.ofSeconds(2), own.httpClient().connectTimeout().orElseThrow());
        own.close();
    }
}
