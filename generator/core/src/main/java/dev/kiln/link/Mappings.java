package dev.kiln.link;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.lang.model.SourceVersion;

/**
 * The classes of the user's that stand for parts of a spec: a type or format ({@code date-time},
 * {@code uuid}, {@code decimal}, {@code string} ...) mapped to a Java class, whose values every schema of that format
 * then has, and a component schema mapped to a class the user already has, for which no type is generated.
 *
 * @param types each type or format's class, by the type or format's name
 * @param schemas each component schema's class, by the schema's name
 */
public record Mappings(Map<String, String> types, Map<String, String> schemas) {
    /** No mapping. */
    public static final Mappings NONE = new Mappings(Map.of(), Map.of());

    /** Checks that each class is named by its fully qualified name. */
    public Mappings {
        types = checked(types, "type mapping");
        schemas = checked(schemas, "schema mapping");
    }

    /**
     * Reads mappings as the settings write them.
     *
     * @param types each {@code <type or format>=<class>}, such as {@code date-time=java.time.Instant}
     * @param schemas each {@code <schema>=<class>}, such as {@code Money=com.acme.Money}
     * @return the mappings
     * @throws IllegalArgumentException naming an entry not written so, or a class that is no fully qualified name
     */
    public static Mappings parse(List<String> types, List<String> schemas) {
        return new Mappings(entries(types, "type mapping"), entries(schemas, "schema mapping"));
    }

    /**
     * These mappings, and those of another source for what these do not map: the settings win over the spec's
     * {@code x-kiln-*} extensions.
     *
     * @param weaker the other source's mappings
     * @return the union
     */
    public Mappings over(Mappings weaker) {
        Map<String, String> mergedTypes = new TreeMap<>(weaker.types);
        mergedTypes.putAll(types);
        Map<String, String> mergedSchemas = new TreeMap<>(weaker.schemas);
        mergedSchemas.putAll(schemas);
        return new Mappings(mergedTypes, mergedSchemas);
    }

    /**
     * Tells a fully qualified class name, as a mapping names its class.
     *
     * @param name the name
     * @return whether it is a Java name with a package
     */
    public static boolean isClassName(String name) {
        return SourceVersion.isName(name) && name.contains(".");
    }

    private static Map<String, String> entries(List<String> written, String what) {
        Map<String, String> entries = new TreeMap<>();
        for (String entry : written) {
            int equals = entry.indexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new IllegalArgumentException(
                        "the " + what + " '" + entry + "' is not <name>=<class>, such as date-time=java.time.Instant");
            }
            String name = entry.substring(0, equals).strip();
            if (entries.put(name, entry.substring(equals + 1).strip()) != null) {
                throw new IllegalArgumentException("the " + what + "s name '" + name + "' twice");
            }
        }
        return entries;
    }

    private static Map<String, String> checked(Map<String, String> mappings, String what) {
        Map<String, String> copy = new TreeMap<>();
        Objects.requireNonNull(mappings, what).forEach((name, className) -> {
            if (!isClassName(className)) {
                throw new IllegalArgumentException("the " + what + " " + name + "=" + className
                        + " names no class: give its fully qualified name, such as com.acme.Money");
            }
            copy.put(name, className);
        });
        return Collections.unmodifiableMap(copy);
    }
}
