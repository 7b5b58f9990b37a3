package dev.kiln.together.full;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.generate.MethodNameQuality;
import dev.kiln.together.full.core.RequestOptions;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The whole method table of Together's full SDK, read from the generated code: every resource the client reaches
 * (by its accessors, nested ones included), every method of it, and the HTTP call the method's request factory
 * builds. The table is written to {@code target/together-methods.md} and must be the one in the README, between its
 * {@code together-methods} markers ({@code -Dkiln.updateReadme=true} rewrites it there); no method echoes its path
 * or repeats its resource, and the calls Together's own SDKs make read the same.
 */
class MethodTableTest {
    private static final String SERVICES = "dev.kiln.together.full.services";
    private static final Path SOURCES = Path.of("target", "generated-sources", "kiln");
    private static final Path README = Path.of("..", "..", "README.md");
    private static final String START = "<!-- together-methods:start -->\n";
    private static final String END = "<!-- together-methods:end -->";
    private static final Pattern REQUEST = Pattern.compile(
            "static ApiRequest (\\w+)\\([^)]*\\)\\s*\\{\\s*return ApiRequest\\.builder\\(\\s*\"(\\w+)\",\\s*\"([^\"]+)\"");

    /** One method: the accessors that reach its resource, its name, and its HTTP call. */
    record Row(String resource, String method, String httpMethod, String path) {}

    @Test
    void everyMethodReadsAsAJavaDeveloperWouldGuessIt() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (Method accessor : accessors(Together.class)) {
            walk(accessor.getReturnType(), accessor.getName(), rows);
        }
        rows.sort(Comparator.comparing(Row::resource).thenComparing(Row::path).thenComparing(Row::method));
        StringBuilder table = new StringBuilder("| resource | method | HTTP call |\n|---|---|---|\n");
        for (Row row : rows) {
            table.append("| `client.")
                    .append(row.resource().replace(".", "().") + "()")
                    .append("` | `")
                    .append(row.method())
                    .append("` | `")
                    .append(row.httpMethod())
                    .append(' ')
                    .append(row.path())
                    .append("` |\n");
        }
        Path out = Path.of("target", "together-methods.md");
        Files.writeString(out, table, StandardCharsets.UTF_8);
        assertReadmeShows(table.toString());

        List<String> badlyNamed = rows.stream()
                .filter(row -> MethodNameQuality.echoesPath(row.method(), row.httpMethod(), row.path())
                        || MethodNameQuality.repeatsResource(
                                row.method(),
                                row.resource().substring(row.resource().lastIndexOf('.') + 1)))
                .map(Row::toString)
                .toList();
        assertEquals(List.of(), badlyNamed, "methods that echo their path or repeat their resource");
        for (Row expected : List.of(
                new Row("files", "list", "GET", "/files"),
                new Row("files", "retrieve", "GET", "/files/{id}"),
                new Row("files", "retrieveContent", "GET", "/files/{id}/content"),
                new Row("files", "upload", "POST", "/files/upload"),
                new Row("chat.completions", "create", "POST", "/chat/completions"),
                new Row("chat.completions", "createStreaming", "POST", "/chat/completions"),
                new Row("embeddings", "create", "POST", "/embeddings"),
                new Row("models", "list", "GET", "/models"),
                new Row("batches", "cancel", "POST", "/batches/{id}/cancel"),
                new Row("fineTuning", "cancel", "POST", "/fine-tunes/{id}/cancel"),
                new Row("fineTuning", "listEvents", "GET", "/fine-tunes/{id}/events"),
                new Row("secrets", "list", "GET", "/deployments/secrets"),
                new Row("gpuCluster", "list", "GET", "/compute/clusters"),
                new Row("codeInterpreter", "execute", "POST", "/tci/execute"),
                new Row("evaluation", "list", "GET", "/evaluation"),
                new Row("endpoints", "list", "GET", "/endpoints"))) {
            assertTrue(rows.contains(expected), () -> expected + " is not in\n" + table);
        }
    }

    /** The README's table is this one; with {@code -Dkiln.updateReadme=true} it is rewritten to be. */
    private static void assertReadmeShows(String table) throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertTrue(start >= 0 && end > start, "the README has no together-methods markers");
        String shown = readme.substring(start + START.length(), end);
        if (Boolean.getBoolean("kiln.updateReadme")) {
            Files.writeString(
                    README,
                    readme.substring(0, start + START.length()) + table + readme.substring(end),
                    StandardCharsets.UTF_8);
        } else {
            assertEquals(table, shown, "the README's method table; rerun with -Dkiln.updateReadme=true");
        }
    }

    /** Adds the rows of a service interface and of the resources nested in it. */
    private static void walk(Class<?> service, String resource, List<Row> rows) throws IOException {
        Map<String, String[]> calls = calls(service);
        for (Method method : service.getMethods()) {
            Class<?>[] parameters = method.getParameterTypes();
            if (Modifier.isAbstract(method.getModifiers())
                    && parameters.length > 0
                    && parameters[parameters.length - 1] == RequestOptions.class) {
                String[] call = calls.get(method.getName());
                assertTrue(call != null, () -> "no request for " + resource + "." + method.getName());
                rows.add(new Row(resource, method.getName(), call[0], call[1]));
            }
        }
        for (Method accessor : accessors(service)) {
            walk(accessor.getReturnType(), resource + "." + accessor.getName(), rows);
        }
    }

    /** The methods of a class that reach a resource: no argument, a service interface returned. */
    private static List<Method> accessors(Class<?> type) {
        List<Method> accessors = new ArrayList<>();
        for (Method method : type.getMethods()) {
            Class<?> returned = method.getReturnType();
            if (method.getParameterCount() == 0
                    && returned.isInterface()
                    && returned.getPackageName().equals(SERVICES)
                    && returned.getEnclosingClass() == null
                    && !returned.getSimpleName().endsWith("Async")) {
                accessors.add(method);
            }
        }
        accessors.sort(Comparator.comparing(Method::getName));
        return accessors;
    }

    /** Each request factory method of a service, with the HTTP method and path its route comment names. */
    private static Map<String, String[]> calls(Class<?> service) throws IOException {
        String requests = service.getSimpleName().replaceFirst("Service$", "") + "Requests";
        Path source = SOURCES.resolve(SERVICES.replace('.', '/')).resolve(requests + ".java");
        Map<String, String[]> calls = new HashMap<>();
        Matcher matcher = REQUEST.matcher(Files.readString(source, StandardCharsets.UTF_8));
        while (matcher.find()) {
            calls.put(matcher.group(1), new String[] {matcher.group(2), matcher.group(3)});
        }
        return calls;
    }
}
