package dev.kiln.lifecycle;

/**
 * One difference between two generations of an SDK, as its users feel it.
 *
 * @param impact what the change does to the SDK's users, and so which version bump it calls for
 * @param description what changed, such as {@code removed field Pet.tag}
 */
public record ApiChange(Impact impact, String description) {

    /** What a change does to the SDK's users. */
    public enum Impact {
        /** Code that compiled and worked against the old SDK may not against the new one: a major version. */
        BREAKING,
        /** Something new that nobody has to use: a minor version. */
        ADDITION,
        /** Neither breaks nor adds anything callers can use: a patch version. */
        COMPATIBLE
    }

    static ApiChange breaking(String description) {
        return new ApiChange(Impact.BREAKING, description);
    }

    static ApiChange addition(String description) {
        return new ApiChange(Impact.ADDITION, description);
    }

    static ApiChange compatible(String description) {
        return new ApiChange(Impact.COMPATIBLE, description);
    }

    static ApiChange breakingWhen(boolean breaking, String description) {
        return breaking ? breaking(description) : compatible(description);
    }

    /** Tells whether code that compiled and worked against the old SDK may not against the new one. */
    public boolean breaking() {
        return impact == Impact.BREAKING;
    }

    /** The change as one line of a report: {@code BREAKING   removed field Pet.tag}. */
    @Override
    public String toString() {
        return (breaking() ? "BREAKING   " : "compatible ") + description;
    }
}
