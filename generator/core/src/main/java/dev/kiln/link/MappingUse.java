package dev.kiln.link;

import dev.kiln.ir.TypeRef;
import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.Problems;
import dev.kiln.problems.Suggestions;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The mappings a generation uses: the settings' over the spec's {@code x-kiln-type-mappings} and
 * {@code x-kiln-schema-mappings}, each asked for by the linker as it meets types, formats and schemas. A mapping that
 * names nothing of the spec is a typo (or a name the spec changed), and generating without it would quietly give
 * another SDK than the one asked for: it is an error naming the closest name.
 */
final class MappingUse {
    static final String TYPE_EXTENSION = "x-kiln-type-mappings";
    static final String SCHEMA_EXTENSION = "x-kiln-schema-mappings";
    private static final List<String> TYPES = List.of("string", "integer", "number", "boolean");

    private final Mappings mappings;
    private final Map<String, JsonPointer> typesWrittenAt = new LinkedHashMap<>();
    private final Map<String, JsonPointer> schemasWrittenAt = new LinkedHashMap<>();
    private final Set<String> seen = new LinkedHashSet<>();

    /**
     * The mappings of a generation.
     *
     * @param settings the settings' mappings, which win
     * @param extensions the spec's root extensions, where {@code x-kiln-*-mappings} may map more
     * @param problems where a mapping to no class name is reported
     */
    MappingUse(Mappings settings, Map<String, Object> extensions, Problems problems) {
        Map<String, String> types = fromSpec(extensions, TYPE_EXTENSION, typesWrittenAt, problems);
        Map<String, String> schemas = fromSpec(extensions, SCHEMA_EXTENSION, schemasWrittenAt, problems);
        settings.types().keySet().forEach(typesWrittenAt::remove);
        settings.schemas().keySet().forEach(schemasWrittenAt::remove);
        this.mappings = settings.over(new Mappings(types, schemas));
    }

    /** The class a schema of that type and format maps to: the format's mapping, else the type's. */
    Optional<TypeRef> forType(String type, Optional<String> format) {
        seen.add(type);
        format.ifPresent(seen::add);
        return format.map(mappings.types()::get)
                .or(() -> Optional.ofNullable(mappings.types().get(type)))
                .map(TypeRef.Mapped::new);
    }

    /** The class a component schema maps to. */
    Optional<TypeRef> forSchema(String name) {
        return Optional.ofNullable(mappings.schemas().get(name)).map(TypeRef.Mapped::new);
    }

    /** The component schemas that map to a class, for which no type is generated. */
    Set<String> mappedSchemas() {
        return mappings.schemas().keySet();
    }

    /**
     * Reports each mapping that names nothing of the spec.
     *
     * @param schemaNames the spec's component schemas
     * @param problems where to report
     */
    void reportUnused(Set<String> schemaNames, Problems problems) {
        Set<String> known = new TreeSet<>(seen);
        known.addAll(TYPES);
        mappings.types().keySet().stream()
                .filter(name -> !seen.contains(name) && !TYPES.contains(name))
                .forEach(name -> problems.report(
                        ProblemKind.MAPPING_MATCHES_NOTHING,
                        typesWrittenAt.getOrDefault(name, JsonPointer.ROOT),
                        "the type mapping '" + name + "' names no type or format of the spec",
                        Suggestions.didYouMean(
                                name, known, "the spec's types and formats are " + String.join(", ", known))));
        mappings.schemas().keySet().stream()
                .filter(name -> !schemaNames.contains(name))
                .forEach(name -> problems.report(
                        ProblemKind.MAPPING_MATCHES_NOTHING,
                        schemasWrittenAt.getOrDefault(name, JsonPointer.ROOT),
                        "the schema mapping '" + name + "' names no schema of components/schemas",
                        Suggestions.didYouMean(name, schemaNames, "name a schema of components/schemas")));
    }

    private static Map<String, String> fromSpec(
            Map<String, Object> extensions, String extension, Map<String, JsonPointer> writtenAt, Problems problems) {
        Map<String, String> mapped = new LinkedHashMap<>();
        Object value = extensions == null ? null : extensions.get(extension);
        if (!(value instanceof Map<?, ?> entries)) {
            return mapped;
        }
        entries.forEach((name, className) -> {
            JsonPointer at = JsonPointer.ROOT.child(extension).child(String.valueOf(name));
            if (className instanceof String text && Mappings.isClassName(text)) {
                mapped.put(String.valueOf(name), text);
                writtenAt.put(String.valueOf(name), at);
            } else {
                problems.report(
                        ProblemKind.BAD_MAPPING,
                        at,
                        "'" + className + "' is no class to map " + name + " to",
                        "give the class's fully qualified name, such as com.acme.Money");
            }
        });
        return mapped;
    }
}
