package org.cancerregistry.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Percentiles of one run, medians over runs, and the FIGURE lines deploy/local/registry gathers into
 * its summary.
 */
public final class Figures {

    private Figures() {
    }

    /** The nearest-rank percentile (0 &lt; p &lt;= 100) of the values. */
    public static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public static double median(List<Double> runs) {
        return percentile(runs.stream().mapToDouble(Double::doubleValue).toArray(), 50);
    }

    /** Prints one run's value, as progress. */
    public static void run(String name, int run, double value, String unit) {
        System.out.printf(Locale.ROOT, "  %s run %d: %s %s%n", name, run, format(value), unit);
    }

    /** Prints the median of the runs as a FIGURE line, with the runs beside it. */
    public static double figure(String name, List<Double> runs, String unit) {
        double median = median(runs);
        System.out.printf(Locale.ROOT, "FIGURE %-44s %12s %-10s (median of %d runs: %s)%n", name, format(median), unit,
                runs.size(), runs.stream().map(Figures::format).collect(Collectors.joining(", ")));
        return median;
    }

    /** Prints a single measured value, or a ratio, as a FIGURE line. */
    public static void figure(String name, double value, String unit, String note) {
        System.out.printf(Locale.ROOT, "FIGURE %-44s %12s %-10s %s%n", name, format(value), unit, note);
    }

    public static String format(double value) {
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
