package dev.kiln.lifecycle;

/**
 * One difference between two generations of an SDK, as its users feel it.
 *
 * @param breaking whether code that compiled and worked against the old SDK may not against the new one
 * @param description what changed, such as {@code removed field Pet.tag}
 */
public record ApiChange(boolean breaking, String description) {
    static ApiChange breaking(String description) {
        return new ApiChange(true, description);
    }

    static ApiChange compatible(String description) {
        return new ApiChange(false, description);
    }

    /** The change as one line of a report: {@code BREAKING   removed field Pet.tag}. */
    @Override
    public String toString() {
        return (breaking ? "BREAKING   " : "compatible ") + description;
    }
}
