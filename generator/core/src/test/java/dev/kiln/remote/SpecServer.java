package dev.kiln.remote;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP server of spec files that asks for a bearer token, answers {@code 304} to a request whose
 * {@code If-None-Match} names the file's current ETag, and logs each request as {@code GET /path -> status}.
 */
final class SpecServer implements AutoCloseable {
    static final String TOKEN = "t0ken-that-must-never-leak";

    private final HttpServer server;
    private final Map<String, String> files = new ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();

    SpecServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    void put(String path, String content) {
        files.put(path, content);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String content = files.get(path);
            String etag = content == null ? "" : "\"" + Integer.toHexString(content.hashCode()) + "\"";
            int status;
            if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                status = 401;
            } else if (content == null) {
                status = 404;
            } else if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                status = 304;
            } else {
                status = 200;
            }
            requests.add("GET " + path + " -> " + status);
            exchange.getResponseHeaders().set("ETag", etag);
            if (status != 200) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/yaml");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
