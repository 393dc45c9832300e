package it.mutua.seed;

import java.util.Arrays;
import java.util.Collection;

/** Percentiles of a set of durations in milliseconds (nearest-rank). */
public record Stats(int count, double median, double p95, double p99, double max) {

    public static Stats of(Collection<Double> millis) {
        double[] v = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return of(v);
    }

    public static Stats of(double[] sorted) {
        double[] v = sorted.clone();
        Arrays.sort(v);
        if (v.length == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Stats(v.length, rank(v, 0.50), rank(v, 0.95), rank(v, 0.99), v[v.length - 1]);
    }

    private static double rank(double[] v, double q) {
        int i = (int) Math.ceil(q * v.length) - 1;
        return v[Math.max(0, Math.min(v.length - 1, i))];
    }

    @Override
    public String toString() {
        return String.format("median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)", median, p95, p99, max, count);
    }
}
