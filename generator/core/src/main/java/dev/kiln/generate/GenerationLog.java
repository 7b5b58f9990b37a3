package dev.kiln.generate;

import dev.kiln.lifecycle.ApiChange;

/**
 * Where a {@link Generation} says what it does: a build log for the Maven goals, the terminal for the command line.
 * Kept small so that any front end can implement it.
 */
public interface GenerationLog {
    /**
     * What was done, or found: {@code Kiln: ... is up to date}, a change report's heading.
     *
     * @param message one line
     */
    void info(String message);

    /**
     * Something the user should look at, while the work goes on: a spec's warning, a version that does not follow.
     *
     * @param message one line
     */
    void warn(String message);

    /**
     * A problem that stops the work, such as an error in the spec; the failure that follows names it again.
     *
     * @param message one line
     */
    void error(String message);

    /**
     * One line of a change report. A build log shows a breaking change as a warning and any other as information;
     * a front end that prints the report as its result can print every line alike.
     *
     * @param change the change
     */
    default void change(ApiChange change) {
        if (change.breaking()) {
            warn("  " + change);
        } else {
            info("  " + change);
        }
    }
}
