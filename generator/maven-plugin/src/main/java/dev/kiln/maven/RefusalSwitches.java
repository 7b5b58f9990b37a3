package dev.kiln.maven;

import dev.kiln.generate.OptionNames;

/**
 * The switches a refusal names, as a Maven user types them; kept apart from the goals' parameters, since a generation
 * in a JVM of its own names them too, where Maven's classes are not.
 */
final class RefusalSwitches {
    static final OptionNames MAVEN =
            new OptionNames("-Dkiln.failOnBreakingChange=true", "-Dkiln.checkVersionBump=true");

    private RefusalSwitches() {}
}
