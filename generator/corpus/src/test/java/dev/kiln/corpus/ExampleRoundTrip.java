package dev.kiln.corpus;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses every example the spec gives for a component schema into the class Kiln generated for it, writes it
 * back, and compares the JSON.
 */
final class ExampleRoundTrip {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /**
     * How the examples fared.
     *
     * @param total examples of schemas that became classes
     * @param roundTripped examples that parsed and were written back as the same JSON
     * @param firstFailures the first few failures, for the report
     */
    record Result(int total, int roundTripped, List<String> firstFailures) {
        static Result notRun() {
            return new Result(0, 0, List.of("not run: the output did not compile"));
        }
    }

    private ExampleRoundTrip() {}

    @SuppressWarnings({"rawtypes", "unchecked"})
    static Result run(Path spec, Path classes, Map<String, String> schemaClasses) throws Exception {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI openApi = new OpenAPIV3Parser()
                .readLocation(spec.toString(), null, options)
                .getOpenAPI();
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return new Result(0, 0, List.of());
        }
        int total = 0;
        int ok = 0;
        List<String> failures = new ArrayList<>();
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {classes.toUri().toURL()}, ExampleRoundTrip.class.getClassLoader())) {
            for (Map.Entry<String, Schema> entry :
                    ((Map<String, Schema>) (Map) openApi.getComponents().getSchemas()).entrySet()) {
                String className = schemaClasses.get(entry.getKey());
                if (className == null) {
                    continue;
                }
                Method fromJson;
                try {
                    fromJson = Class.forName(className, true, loader).getMethod("fromJson", String.class);
                } catch (NoSuchMethodException e) {
                    continue;
                }
                for (Object example : examples(entry.getValue())) {
                    total++;
                    String json = io.swagger.v3.core.util.Json.mapper().writeValueAsString(example);
                    try {
                        Object parsed = fromJson.invoke(null, json);
                        String written =
                                (String) parsed.getClass().getMethod("toJson").invoke(parsed);
                        if (JSON.readTree(json).equals(JSON.readTree(written))) {
                            ok++;
                        } else if (failures.size() < 3) {
                            failures.add(entry.getKey() + ": wrote " + abbreviate(written));
                        }
                    } catch (InvocationTargetException e) {
                        if (failures.size() < 3) {
                            failures.add(entry.getKey() + ": "
                                    + abbreviate(String.valueOf(e.getCause().getMessage())));
                        }
                    }
                }
            }
        }
        return new Result(total, ok, failures);
    }

    private static List<Object> examples(Schema<?> schema) {
        List<Object> examples = new ArrayList<>();
        if (schema.getExample() != null) {
            examples.add(schema.getExample());
        }
        if (schema.getExamples() != null) {
            for (Object example : schema.getExamples()) {
                if (example != null) {
                    examples.add(example);
                }
            }
        }
        return examples;
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "...";
    }

    static boolean sameJson(String a, String b) throws Exception {
        JsonNode left = JSON.readTree(a);
        JsonNode right = JSON.readTree(b);
        return left.equals(right);
    }
}
