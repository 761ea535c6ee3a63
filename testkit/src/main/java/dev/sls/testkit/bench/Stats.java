package dev.sls.testkit.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Nearest-rank percentiles of millisecond samples, exactly as measured: negative samples (a browser told before the
 * phone's own call returned) stay negative, nothing is clamped or dropped.
 */
record Stats(int count, double min, double median, double p90, double p99, double max) {

    static final String HEADER = "min / median / p90 / p99 / max (ms)";

    static Stats of(List<Double> samples) {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Stats(sorted.size(), sorted.get(0), rank(sorted, 0.50), rank(sorted, 0.90), rank(sorted, 0.99),
                sorted.get(sorted.size() - 1));
    }

    /** The smallest sample with at least {@code quantile} of all samples at or below it. */
    private static double rank(List<Double> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** One table cell: {@code min / median / p90 / p99 / max}, in ms with one decimal. */
    String cell() {
        if (count == 0) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.1f / %.1f / %.1f / %.1f / %.1f", min, median, p90, p99, max);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "n=%d %s ms", count, cell());
    }
}
