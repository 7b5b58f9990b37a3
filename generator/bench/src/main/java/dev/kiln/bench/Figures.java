package dev.kiln.bench;

import java.util.Locale;

/** How the report writes numbers: fixed decimals, a dot for the decimal point whatever the locale. */
final class Figures {
    private Figures() {}

    static String millis(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%.0f", millis) : String.format(Locale.ROOT, "%.1f", millis);
    }

    static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.1f", seconds);
    }

    static String ratio(double numerator, double denominator) {
        return denominator <= 0 ? "-" : String.format(Locale.ROOT, "%.2f×", numerator / denominator);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    static String mebibytes(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f", bytes / 1024.0 / 1024.0);
    }

    static String grouped(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }
}
