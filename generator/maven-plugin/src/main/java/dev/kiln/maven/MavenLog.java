package dev.kiln.maven;

import dev.kiln.emit.JavaTarget;
import dev.kiln.generate.Generation;
import dev.kiln.generate.GenerationLog;
import org.apache.maven.plugin.logging.Log;

/**
 * A goal's build log, as the log a {@link Generation} writes to.
 *
 * @param log the goal's log
 */
record MavenLog(Log log) implements GenerationLog {
    /** A generation that logs to a goal's build log. */
    static Generation generation(Log log) {
        return new Generation(new MavenLog(log), RefusalSwitches.MAVEN, new JavaTarget());
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void error(String message) {
        log.error(message);
    }
}
