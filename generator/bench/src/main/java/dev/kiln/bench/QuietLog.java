package dev.kiln.bench;

import dev.kiln.generate.GenerationLog;

/** A generation's log that the bench does not print. */
final class QuietLog implements GenerationLog {
    @Override
    public void info(String message) {}

    @Override
    public void warn(String message) {}

    @Override
    public void error(String message) {}
}
