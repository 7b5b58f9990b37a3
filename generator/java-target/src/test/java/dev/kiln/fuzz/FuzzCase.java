package dev.kiln.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.quicktheories.core.Gen;

/**
 * One case of the generator fuzzing: a random spec, and random instances of each of its component schemas.
 *
 * <p>{@link #drawn} is the QuickTheories generator of cases: it draws the spec and the instances from one {@link
 * SourcedRandom}, so QuickTheories replays a case from its draws and shrinks a failing one draw by draw (simpler
 * kinds of schema, fewer properties and enum values, the first names of each pool, smaller instances). The number of
 * component schemas is not a draw, so it does not shrink: every case has as many as {@code mvn verify} asks for.
 *
 * @param spec the spec
 * @param yaml the spec as the YAML file the generator reads
 * @param instances instances of every component schema, by component name
 */
record FuzzCase(RandomSpec spec, String yaml, Map<String, List<JsonNode>> instances) {
    private static final YAMLMapper YAML = new YAMLMapper();

    /**
     * The generator of cases.
     *
     * @param schemas how many component schemas a spec has, at least
     * @param instancesPerSchema how many instances of each are drawn
     */
    static Gen<FuzzCase> drawn(int schemas, int instancesPerSchema) {
        return source -> {
            Random random = new SourcedRandom(source);
            RandomSpec spec = RandomSpec.draw(random, schemas);
            Map<String, List<JsonNode>> instances = new LinkedHashMap<>();
            for (String component : spec.components().keySet()) {
                List<JsonNode> drawn = new ArrayList<>();
                for (int i = 0; i < instancesPerSchema; i++) {
                    drawn.add(RandomInstance.of(spec, component, random));
                }
                instances.put(component, List.copyOf(drawn));
            }
            return new FuzzCase(spec, yaml(spec), instances);
        };
    }

    /** The folder under {@code target/fuzz} the case is written in, named by the spec's text: the same run after run. */
    String name() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(yaml.getBytes(StandardCharsets.UTF_8));
            return "spec-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the spec is written, what it holds, and the spec itself. */
    @Override
    public String toString() {
        return FuzzedSdk.ROOT.resolve(name()).resolve("spec.yaml") + " (OpenAPI " + spec.version() + ", "
                + spec.components().size() + " component schemas, "
                + spec.operations().size() + " operations):\n"
                + yaml;
    }

    private static String yaml(RandomSpec spec) {
        try {
            return YAML.writeValueAsString(SpecDocument.of(spec));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
