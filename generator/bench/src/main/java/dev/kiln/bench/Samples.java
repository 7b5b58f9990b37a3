package dev.kiln.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Timings of repeated runs of one thing, summarised by their median (never the best run). */
final class Samples {
    private final List<Double> values = new ArrayList<>();

    void add(double value) {
        values.add(value);
    }

    int count() {
        return values.size();
    }

    /**
     * The middle value; the mean of the two middle values when the count is even.
     *
     * @throws IllegalStateException when there are no samples
     */
    double median() {
        if (values.isEmpty()) {
            throw new IllegalStateException("no samples");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    double max() {
        return values.stream()
                .mapToDouble(Double::doubleValue)
                .max()
                .orElseThrow(() -> new IllegalStateException("no samples"));
    }

    double min() {
        return values.stream()
                .mapToDouble(Double::doubleValue)
                .min()
                .orElseThrow(() -> new IllegalStateException("no samples"));
    }
}
