package dev.kiln.link;

import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.Problems;
import dev.kiln.problems.Suggestions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which selectors of an operation selection named at least one operation: one that names none is a typo or a tag
 * the spec renamed, and generating without it would quietly give another SDK than the one asked for.
 */
final class SelectorUse {
    private final List<OperationSelector> selectors;
    private final Set<OperationSelector> used = new LinkedHashSet<>();
    private final Set<String> tags = new LinkedHashSet<>();
    private final Set<String> ids = new LinkedHashSet<>();
    private final Set<String> paths = new LinkedHashSet<>();

    SelectorUse(OperationSelection selection) {
        this.selectors = Stream.concat(selection.include().stream(), selection.exclude().stream())
                .toList();
    }

    /** Notes an operation of the spec, selected or not. */
    void see(String path, List<String> operationTags, String operationId) {
        for (OperationSelector selector : selectors) {
            if (selector.matches(path, operationTags, operationId)) {
                used.add(selector);
            }
        }
        tags.addAll(operationTags);
        ids.add(operationId);
        paths.add(path);
    }

    /** Reports each selector that named no operation as an error. */
    void reportUnused(Problems problems) {
        for (OperationSelector selector : selectors) {
            if (!used.contains(selector)) {
                problems.report(
                        ProblemKind.SELECTOR_MATCHES_NOTHING,
                        JsonPointer.ROOT.child("paths"),
                        "the operation selector '" + selector + "' names no operation of the spec",
                        hint(selector));
            }
        }
    }

    private String hint(OperationSelector selector) {
        Set<String> known = switch (selector.kind()) {
            case TAG -> tags;
            case ID -> ids;
            case PATH -> paths;
        };
        String otherwise = selector.kind() == OperationSelector.Kind.TAG
                ? "the spec's tags are "
                        + String.join(", ", tags.stream().limit(20).toList()) + (tags.size() > 20 ? " ..." : "")
                : "check the " + selector.kind().name().toLowerCase(java.util.Locale.ROOT) + " against the spec";
        return Suggestions.closest(selector.value(), known)
                .map(close -> "did you mean '" + selector.kind().prefix() + ":" + close + "'?")
                .orElse(otherwise);
    }
}
