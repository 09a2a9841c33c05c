package org.prepdesk.search.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of a sample, in milliseconds. Immutable. */
public record Percentiles(double p50, double p95, double p99, int count) {
    public static Percentiles of(double[] millis) {
        if (millis.length == 0) {
            return new Percentiles(0, 0, 0, 0);
        }
        double[] s = millis.clone();
        Arrays.sort(s);
        return new Percentiles(rank(s, 0.50), rank(s, 0.95), rank(s, 0.99), s.length);
    }

    private static double rank(double[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
