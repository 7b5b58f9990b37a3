package dev.kiln.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The credentials each auth case's spec declares, set on the generated client's builder as users write it, against a
 * local server with a token endpoint: where each credential goes, and OAuth2 fetching one token for several calls.
 */
class AuthBehaviourTest {
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<String> tokenRequests = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/oauth/token", exchange -> {
            tokenRequests.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            send(exchange, 200, "{\"access_token\":\"tok-1\",\"expires_in\":3600}");
        });
        server.createContext("/v1/", exchange -> {
            received.add(exchange.getRequestURI().getRawQuery() + " | "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " | "
                    + exchange.getRequestHeaders().getFirst("Cookie"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static String usage(String caseName, String body) {
        String pkg = "dev.kiln.cases." + caseName.replace('-', '_');
        return "package " + pkg + ".usage;\n\nimport " + pkg + ".Cases;\nimport java.util.List;\n\n"
                + "public final class Calls {\n" + body + "\n}\n";
    }

    private void run(String caseName, String body) throws Exception {
        Class<?> calls = CompiledSdk.of(FeatureCase.named(caseName)).compileUsage("Calls", usage(caseName, body));
        calls.getMethod("run", String.class).invoke(null, base());
    }

    @Test
    void anApiKeyDeclaredInTheQueryIsSentThere() throws Exception {
        run("auth-api-key-query", """
                    public static void run(String base) {
                        Cases.builder().baseUrl(base + "/v1").apiKey("k1").build().pets().list();
                    }
                """);

        assertEquals(List.of("api_key=k1 | null | null"), received);
    }

    @Test
    void anApiKeyDeclaredInACookieIsSentThere() throws Exception {
        run("auth-api-key-cookie", """
                    public static void run(String base) {
                        Cases.builder().baseUrl(base + "/v1").apiKey("k2").build().pets().list();
                    }
                """);

        assertEquals(List.of("null | null | SESSION_KEY=k2"), received);
    }

    @Test
    void basicCredentialsAndATokenSupplierAreOneLineEach() throws Exception {
        run("auth-basic", """
                    public static void run(String base) {
                        Cases.builder().baseUrl(base + "/v1").basicAuth("ada", "pw").build().pets().list();
                        Cases.builder().baseUrl(base + "/v1").tokenSupplier(() -> "from-vault").build().pets().list();
                    }
                """);

        assertEquals(
                List.of(
                        "null | Basic " + Base64.getEncoder().encodeToString("ada:pw".getBytes(StandardCharsets.UTF_8))
                                + " | null",
                        "null | Bearer from-vault | null"),
                received);
    }

    @Test
    void oauth2ClientCredentialsFetchOneTokenForSeveralCalls() throws Exception {
        run("auth-oauth2-client-credentials", """
                    public static void run(String base) {
                        Cases client = Cases.builder()
                                .baseUrl(base + "/v1")
                                .tokenUrl(base + "/oauth/token")
                                .clientId("svc")
                                .clientSecret("s3cret")
                                .scopes(List.of("pets.read"))
                                .build();
                        client.pets().list();
                        client.pets().list();
                        if (client.toString().contains("s3cret")) {
                            throw new AssertionError(client.toString());
                        }
                    }
                """);

        assertEquals(List.of("null | Bearer tok-1 | null", "null | Bearer tok-1 | null"), received);
        assertEquals(1, tokenRequests.size());
        String basic = Base64.getEncoder().encodeToString("svc:s3cret".getBytes(StandardCharsets.UTF_8));
        assertEquals("Basic " + basic + " grant_type=client_credentials&scope=pets.read", tokenRequests.get(0));
        assertFalse(received.get(0).contains("s3cret"));
        assertTrue(received.get(0).contains("tok-1"));
    }
}
