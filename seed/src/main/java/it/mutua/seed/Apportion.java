package it.mutua.seed;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Splits a whole number into parts proportional to weights, exactly (largest remainder method). */
final class Apportion {

    private Apportion() {
    }

    /**
     * @param total    the sum the parts must have
     * @param weights  positive weights, one per part
     * @param minimum  the least each part gets (the total must allow it)
     * @return parts summing exactly to {@code total}, each ≥ {@code minimum}
     */
    static int[] split(int total, double[] weights, int minimum) {
        int n = weights.length;
        if ((long) minimum * n > total) {
            throw new IllegalArgumentException(total + " cannot give " + minimum + " to each of " + n + " parts");
        }
        int free = total - minimum * n;
        double sum = Arrays.stream(weights).sum();
        int[] parts = new int[n];
        double[] remainders = new double[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            double exact = free * weights[i] / sum;
            parts[i] = (int) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        Integer[] byRemainder = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(byRemainder, Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparing(i -> i));
        for (int k = 0; k < free - given; k++) {
            parts[byRemainder[k % n]]++;
        }
        for (int i = 0; i < n; i++) {
            parts[i] += minimum;
        }
        return parts;
    }
}
