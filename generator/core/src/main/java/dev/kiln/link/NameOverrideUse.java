package dev.kiln.link;

import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.Problems;
import dev.kiln.problems.Suggestions;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The name overrides as one linking uses them: the name each thing gets, and, at the end, each override that named
 * nothing the linker saw ({@code KILN-NAME-MATCHES-NOTHING}), with the closest name it did see. The overrides
 * themselves stay a value ({@link NameOverrides}); what was seen and used is this linking's.
 */
final class NameOverrideUse {
    private final NameOverrides overrides;
    private final Map<NameOverrides.Kind, Set<String>> used = new EnumMap<>(NameOverrides.Kind.class);
    private final Map<NameOverrides.Kind, Set<String>> seen = new EnumMap<>(NameOverrides.Kind.class);

    NameOverrideUse(NameOverrides overrides) {
        this.overrides = overrides;
        for (NameOverrides.Kind kind : NameOverrides.Kind.values()) {
            used.put(kind, new LinkedHashSet<>());
            seen.put(kind, new LinkedHashSet<>());
        }
    }

    /**
     * The name the settings give a thing, or else the spec's extension.
     *
     * @param kind what the thing is
     * @param target the thing, as the settings name it ({@code Message.from} for a property); empty for a thing the
     *     settings cannot name
     * @param extension the value of the spec's extension on it, if any
     * @return the name to use, when one is given
     */
    Optional<String> name(NameOverrides.Kind kind, String target, Optional<String> extension) {
        if (!target.isEmpty()) {
            seen.get(kind).add(target);
        }
        String given = overrides.of(kind).get(target);
        if (given != null) {
            used.get(kind).add(target);
            return Optional.of(given);
        }
        return extension.map(String::strip).filter(name -> !name.isEmpty());
    }

    /**
     * The name the settings give a thing, or else the {@code x-kiln-name} among its extensions.
     *
     * @param kind what the thing is
     * @param target the thing, as the settings name it
     * @param extensions the thing's extensions in the spec, or {@code null}
     * @return the name to use, when one is given
     */
    Optional<String> name(NameOverrides.Kind kind, String target, Map<String, Object> extensions) {
        Object value = extensions == null ? null : extensions.get(NameOverrides.EXTENSION);
        return name(kind, target, value instanceof String text ? Optional.of(text) : Optional.empty());
    }

    /**
     * Reports every override of a kind that named nothing the linker saw, with the closest name it did see.
     *
     * @param kind the kind, once the linker has seen every thing of it
     * @param problems where to report
     */
    void reportUnused(NameOverrides.Kind kind, Problems problems) {
        for (Map.Entry<String, String> entry : overrides.of(kind).entrySet()) {
            if (used.get(kind).contains(entry.getKey())) {
                continue;
            }
            String written = kind.prefix() + ":" + entry.getKey();
            String what = NameOverrides.describe(kind);
            problems.report(
                    ProblemKind.NAME_MATCHES_NOTHING,
                    JsonPointer.ROOT,
                    "the name override '" + written + "=" + entry.getValue() + "' names no " + what + " of the spec",
                    Suggestions.closest(entry.getKey(), seen.get(kind))
                            .map(close -> "did you mean '" + kind.prefix() + ":" + close + "'?")
                            .orElse("check the " + what + " against the spec"));
        }
    }
}
