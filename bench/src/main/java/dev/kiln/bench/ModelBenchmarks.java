package dev.kiln.bench;

import java.nio.file.Path;

/** Placeholder until the JMH part lands. */
final class ModelBenchmarks {
    private ModelBenchmarks() {}

    static String describe(BenchSettings.JmhSettings settings) {
        return "";
    }

    static String run(BenchSettings.JmhSettings settings, Path work) {
        return "";
    }
}
