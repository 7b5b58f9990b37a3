package dev.kiln.cases;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP server that replays recorded pages: each request is answered by the page recorded for its path and
 * query (the query's parameters in any order), and every request is kept, with the trace header it carried.
 */
final class PageFixtureServer implements AutoCloseable {
    /** A recorded answer. */
    record Answer(String body, Map<String, String> headers) {}

    private final HttpServer server;
    private final Map<String, Answer> pages = new ConcurrentHashMap<>();
    private final Set<String> failOnce = ConcurrentHashMap.newKeySet();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<String> traces = new CopyOnWriteArrayList<>();

    PageFixtureServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Records the page for a request target such as {@code /v1/customers?limit=2}. */
    PageFixtureServer page(String target, String body, Map<String, String> headers) {
        pages.put(key(target), new Answer(body, headers));
        return this;
    }

    PageFixtureServer page(String target, String body) {
        return page(target, body, Map.of());
    }

    /** Makes the first request for a target fail with 503, to be retried. */
    PageFixtureServer failOnce(String target) {
        failOnce.add(key(target));
        return this;
    }

    /** The request targets received, in order, each in the form {@link #page} takes, its query sorted. */
    List<String> received() {
        return List.copyOf(received);
    }

    /** The {@code X-Trace} header of each request received, {@code -} when it had none. */
    List<String> traces() {
        return List.copyOf(traces);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = key(exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null
                            ? ""
                            : "?" + exchange.getRequestURI().getRawQuery()));
            received.add(target);
            String trace = exchange.getRequestHeaders().getFirst("X-Trace");
            traces.add(trace == null ? "-" : trace);
            if (failOnce.remove(target)) {
                exchange.getResponseHeaders().set("retry-after-ms", "0");
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            Answer answer = pages.get(target);
            byte[] bytes = (answer == null ? "{\"error\":\"no page recorded for " + target + "\"}" : answer.body())
                    .getBytes(StandardCharsets.UTF_8);
            if (answer != null) {
                answer.headers()
                        .forEach((name, value) ->
                                exchange.getResponseHeaders().set(name, value.replace("{base}", baseUrl())));
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer == null ? 404 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static String key(String target) {
        int question = target.indexOf('?');
        if (question < 0) {
            return target;
        }
        String[] parameters = target.substring(question + 1).split("&");
        Arrays.sort(parameters);
        return target.substring(0, question) + "?" + String.join("&", parameters);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
