package dev.kiln.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The names a user gives in the settings in place of those Kiln would choose, each written
 * {@code <kind>:<target>=<name>}:
 *
 * <ul>
 *   <li>{@code id:GPUClusterService_List=clusters.list}: an operation's method, and the resources it sits in when
 *       the name has dots ({@code clusters.list} is {@code client.clusters().list()}; {@code list} keeps the
 *       operation where it is);
 *   <li>{@code tag:GPUClusterService=clusters}: the resource of a tag, its accessor and service;
 *   <li>{@code schema:Pet=Animal}: a schema's type;
 *   <li>{@code property:Message.from=sender}: a property's field, after its schema's name and a dot;
 *   <li>{@code param:listPets.q=query}: a query, header or cookie parameter's field, or a path parameter's argument,
 *       after its operation's id and a dot;
 *   <li>{@code enum:Status.in_progress=RUNNING}: an enum constant, after its schema's name and a dot.
 * </ul>
 *
 * <p>The spec can say the same with {@code x-kiln-name} on the operation, the tag, the schema, the property or the
 * parameter, and {@code x-kiln-enum-names} (a map from value to name) on an enum's schema; the settings win. An
 * override that names nothing of the spec fails the generation with {@code KILN-NAME-MATCHES-NOTHING} and the
 * closest name there is.
 */
public final class NameOverrides {
    /** What an override renames. */
    public enum Kind {
        /** An operation, by its id. */
        ID("id"),
        /** A tag's resource. */
        TAG("tag"),
        /** A schema's type. */
        SCHEMA("schema"),
        /** A property of a schema. */
        PROPERTY("property"),
        /** A parameter of an operation. */
        PARAM("param"),
        /** A value of an enum schema. */
        ENUM("enum");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        /** The word written before the colon. */
        public String prefix() {
            return prefix;
        }
    }

    /** No override: Kiln names everything. */
    public static final NameOverrides NONE = new NameOverrides(List.of());

    /** The extension that renames the operation, tag, schema, property or parameter it is written on. */
    public static final String EXTENSION = "x-kiln-name";

    /** The extension on an enum's schema that names its constants, a map from value to name. */
    public static final String ENUM_EXTENSION = "x-kiln-enum-names";

    private final List<String> written;
    private final Map<Kind, Map<String, String>> byKind = new EnumMap<>(Kind.class);

    private NameOverrides(List<String> written) {
        this.written = List.copyOf(written);
        for (Kind kind : Kind.values()) {
            byKind.put(kind, new LinkedHashMap<>());
        }
    }

    /**
     * Reads the overrides as written in the settings.
     *
     * @param entries each {@code <kind>:<target>=<name>}
     * @return the overrides
     * @throws IllegalArgumentException naming an entry that is not written so, or a target named twice
     */
    public static NameOverrides parse(List<String> entries) {
        NameOverrides overrides =
                new NameOverrides(entries.stream().map(String::strip).toList());
        for (String entry : overrides.written) {
            int colon = entry.indexOf(':');
            int equals = entry.lastIndexOf('=');
            Optional<Kind> kind = colon < 0
                    ? Optional.empty()
                    : List.of(Kind.values()).stream()
                            .filter(k ->
                                    k.prefix().equals(entry.substring(0, colon).toLowerCase(Locale.ROOT)))
                            .findFirst();
            if (kind.isEmpty() || equals < colon + 2 || equals == entry.length() - 1) {
                throw new IllegalArgumentException(
                        "the name entry '" + entry + "' is not <kind>:<target>=<name> with a"
                                + " kind of id, tag, schema, property, param or enum, such as id:GPUClusterService_List=clusters.list");
            }
            String target = entry.substring(colon + 1, equals).strip();
            if (kind.get() == Kind.PARAM && target.startsWith("id:")) {
                target = target.substring("id:".length());
            }
            String name = entry.substring(equals + 1).strip();
            if (!name.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*")
                    || kind.get() != Kind.ID && name.contains(".")) {
                throw new IllegalArgumentException("the name entry '" + entry + "' gives '" + name
                        + "', which is no Java name" + (kind.get() == Kind.ID ? " (nor resources and a method)" : ""));
            }
            if (overrides.byKind.get(kind.get()).put(target, name) != null) {
                throw new IllegalArgumentException(
                        "the name entries name the " + kind.get().prefix() + " '" + target + "' twice");
            }
        }
        return overrides;
    }

    /**
     * The overrides of a kind, each target with the name the settings give it.
     *
     * @param kind what the overrides rename
     * @return the name given to each target, in the order written
     */
    Map<String, String> of(Kind kind) {
        return Collections.unmodifiableMap(byKind.get(kind));
    }

    /** {@return what a kind of target is, in a message} */
    static String describe(Kind kind) {
        return switch (kind) {
            case ID -> "operation id";
            case TAG -> "tag";
            case SCHEMA -> "schema";
            case PROPERTY -> "property (schema.property)";
            case PARAM -> "parameter (operationId.parameter)";
            case ENUM -> "enum value (schema.value)";
        };
    }

    /** {@return the overrides as written, for the fingerprint and the log} */
    public List<String> written() {
        return written;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NameOverrides overrides && overrides.written.equals(written);
    }

    @Override
    public int hashCode() {
        return written.hashCode();
    }

    /** {@return the overrides as written, sorted, for the fingerprint} */
    @Override
    public String toString() {
        List<String> sorted = new ArrayList<>(written);
        sorted.sort(null);
        return String.join(", ", sorted);
    }
}
