package dev.kiln.generate;

import java.util.ArrayList;
import java.util.List;

/** A generation's log kept as lines ({@code info ...}, {@code warn ...}, {@code error ...}), for tests to read. */
final class RecordingLog implements GenerationLog {
    final List<String> lines = new ArrayList<>();

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
