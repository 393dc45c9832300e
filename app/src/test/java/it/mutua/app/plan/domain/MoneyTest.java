package it.mutua.app.plan.domain;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MoneyTest {

    @Test
    void amounts_are_kept_at_two_decimals_so_60_and_60_00_are_equal() {
        assertEquals(Money.euros("60.00"), Money.euros(60));
        assertEquals("60.00", Money.euros(60).amount().toPlainString());
    }

    @Test
    void a_percentage_is_rounded_half_even_to_the_cent() {
        assertEquals(Money.euros("0.02"), Money.euros("0.05").percent(Percent.of(50)), "0.025 rounds to even 0.02");
        assertEquals(Money.euros("0.04"), Money.euros("0.07").percent(Percent.of(50)), "0.035 rounds to even 0.04");
    }

    @Test
    void input_beyond_the_cent_is_rounded_half_even() {
        assertEquals(Money.euros("10.12"), Money.euros("10.125"));
        assertEquals(Money.euros("10.14"), Money.euros("10.135"));
    }

    @Test
    void whole_euros_are_shown_without_cents_in_both_languages() {
        assertEquals("€1,000", Money.euros(1000).display(Locale.ENGLISH));
        assertEquals("1.000 €", Money.euros(1000).display(Locale.ITALY));
        assertEquals("€21.15", Money.euros("21.15").display(Locale.ENGLISH));
        assertEquals("21,15 €", Money.euros("21.15").display(Locale.ITALY));
    }

    @Test
    void what_is_left_of_an_overspent_ceiling_is_zero_not_negative() {
        assertEquals(Money.ZERO, Money.euros(700).minus(Money.euros(800)).atLeastZero());
    }
}
