package dev.kiln.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * A generation's log kept as lines ({@code info ...}, {@code warn ...}, {@code error ...}), for tests to read; the
 * core's test jar shares it with the other modules' tests.
 */
public final class RecordingLog implements GenerationLog {
    /** What was logged, in order. */
    public final List<String> lines = new ArrayList<>();

    @Override
    public void info(String message) {
        lines.add("info " + message);
    }

    @Override
    public void warn(String message) {
        lines.add("warn " + message);
    }

    @Override
    public void error(String message) {
        lines.add("error " + message);
    }
}
