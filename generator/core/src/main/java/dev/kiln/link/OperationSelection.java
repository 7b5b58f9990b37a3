package dev.kiln.link;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which operations to generate: those any include selector names (every operation when there is none), less
 * those any exclude selector names. Only the types the chosen operations reach are generated.
 *
 * @param include selectors of the operations to generate; empty for all
 * @param exclude selectors of the operations to leave out
 */
public record OperationSelection(List<OperationSelector> include, List<OperationSelector> exclude) {
    /** Every operation of the spec. */
    public static final OperationSelection ALL = new OperationSelection(List.of(), List.of());

    public OperationSelection {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /**
     * Reads the selectors as a user writes them.
     *
     * @param include such as {@code tag:repos}; blank entries are ignored
     * @param exclude such as {@code id:deleteRepo}; blank entries are ignored
     * @return the selection
     * @throws IllegalArgumentException when a selector cannot be read
     */
    public static OperationSelection parse(List<String> include, List<String> exclude) {
        return new OperationSelection(selectors(include), selectors(exclude));
    }

    /** Tells whether this selects every operation. */
    public boolean isEverything() {
        return include.isEmpty() && exclude.isEmpty();
    }

    /**
     * Tells whether an operation is to be generated.
     *
     * @param path the operation's path template
     * @param tags the operation's tags
     * @param operationId the spec's operation id, or empty when it gives none
     * @return whether it is selected
     */
    public boolean selects(String path, List<String> tags, String operationId) {
        boolean included = include.isEmpty() || include.stream().anyMatch(s -> s.matches(path, tags, operationId));
        return included && exclude.stream().noneMatch(s -> s.matches(path, tags, operationId));
    }

    /** The selection as one line, for the build log and the up-to-date check. */
    @Override
    public String toString() {
        return Stream.of(
                        include.isEmpty() ? "" : "include " + joined(include),
                        exclude.isEmpty() ? "" : "exclude " + joined(exclude))
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining("; "));
    }

    private static String joined(List<OperationSelector> selectors) {
        return selectors.stream().map(OperationSelector::toString).collect(Collectors.joining(", "));
    }

    private static List<OperationSelector> selectors(List<String> written) {
        return written == null
                ? List.of()
                : written.stream()
                        .filter(s -> s != null && !s.isBlank())
                        .map(OperationSelector::parse)
                        .toList();
    }
}
