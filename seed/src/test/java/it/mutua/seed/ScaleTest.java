package it.mutua.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ScaleTest {

    @Test
    void a_scale_is_a_number_or_a_fraction() {
        assertEquals(0.01, Scale.parse("1/100").factor(), 1e-12);
        assertEquals(0.5, Scale.parse("0.5").factor(), 1e-12);
        assertEquals("1/100", Scale.parse("0.01").toString());
    }

    @Test
    void scaled_counts_are_rounded_but_never_below_one() {
        assertEquals(44, Scale.parse("1/100").of(4_394));
        assertEquals(1, Scale.parse("1/100000").of(1_026));
    }

    @Test
    void zero_negative_or_garbage_scales_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> Scale.parse("0"));
        assertThrows(IllegalArgumentException.class, () -> Scale.parse("-1"));
        assertThrows(IllegalArgumentException.class, () -> Scale.parse("lots"));
    }
}
