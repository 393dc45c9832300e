package it.mutua.seed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ApportionTest {

    @Test
    void parts_follow_the_weights_and_sum_exactly_to_the_total() {
        assertArrayEquals(new int[] {50, 30, 20}, Apportion.split(100, new double[] {5, 3, 2}, 0));
        int[] odd = Apportion.split(10, new double[] {1, 1, 1}, 0);
        assertEquals(10, Arrays.stream(odd).sum());
    }

    @Test
    void every_part_gets_at_least_the_minimum() {
        int[] parts = Apportion.split(10, new double[] {1000, 0.001, 0.001}, 1);
        assertEquals(1, parts[1]);
        assertEquals(1, parts[2]);
        assertEquals(10, Arrays.stream(parts).sum());
    }

    @Test
    void a_total_too_small_for_the_minimum_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> Apportion.split(2, new double[] {1, 1, 1}, 1));
    }
}
