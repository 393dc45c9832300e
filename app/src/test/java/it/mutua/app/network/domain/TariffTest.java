package it.mutua.app.network.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.domain.Money;

class TariffTest {

    private static Tariff tariff(String service, String amount, String from, String to) {
        return new Tariff(service, "Prestazione", Money.euros(amount), LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to));
    }

    @Test
    void periodsOfTheSameServiceThatShareADayOverlap() {
        Tariff first = tariff("RMN", "180.00", "2026-01-01", "2026-06-30");
        assertTrue(first.overlaps(tariff("RMN", "190.00", "2026-06-30", null)), "shared last day");
        assertFalse(first.overlaps(tariff("RMN", "190.00", "2026-07-01", null)), "consecutive periods");
        assertFalse(first.overlaps(tariff("TAC", "190.00", "2026-03-01", null)), "another service");
    }

    @Test
    void anOpenEndedTariffOverlapsEverythingAfterItsStart() {
        Tariff open = tariff("RMN", "180.00", "2026-01-01", null);
        assertTrue(open.overlaps(tariff("RMN", "1.00", "2030-01-01", "2030-01-31")));
        assertFalse(open.overlaps(tariff("RMN", "1.00", "2025-01-01", "2025-12-31")));
    }

    @Test
    void aScheduleRefusesAnOverlappingTariffAsAConflict() {
        var schedule = new TariffSchedule(List.of(tariff("RMN", "180.00", "2026-01-01", null)));
        RuleViolation e = assertThrows(RuleViolation.class,
                () -> schedule.checkCanAdd(tariff("RMN", "175.00", "2026-09-01", null)));
        assertEquals(RuleViolation.Kind.CONFLICT, e.kind());
        assertEquals("network.tariff.overlap", e.code());
        schedule.checkCanAdd(tariff("TAC", "150.00", "2026-09-01", null));
    }

    @Test
    void aScheduleKnowsTheSameTariffAndThePriceOnADate() {
        var schedule = new TariffSchedule(List.of(tariff("RMN", "180.00", "2026-01-01", "2026-06-30"),
                tariff("RMN", "185.00", "2026-07-01", null)));
        assertTrue(schedule.contains(tariff("rmn", "180", "2026-01-01", "2026-06-30")));
        assertFalse(schedule.contains(tariff("RMN", "181.00", "2026-01-01", "2026-06-30")));
        assertEquals(Money.euros("185.00"), schedule.priceOn("RMN", LocalDate.of(2026, 8, 1)).orElseThrow().amount());
    }

    @Test
    void negativeAmountsAndInvertedPeriodsAreRefused() {
        assertEquals("network.tariff.amountNegative",
                assertThrows(RuleViolation.class, () -> tariff("RMN", "-1.00", "2026-01-01", null)).code());
        assertEquals("network.tariff.endsBeforeStart",
                assertThrows(RuleViolation.class, () -> tariff("RMN", "1.00", "2026-02-01", "2026-01-31")).code());
    }

    @Test
    void serviceCodesAreUpperCasedAndMalformedOnesRefused() {
        assertEquals("ECO_ADDOME", Tariff.serviceCode(" eco_addome "));
        assertEquals("network.tariff.serviceCodeInvalid",
                assertThrows(RuleViolation.class, () -> Tariff.serviceCode("eco addome")).code());
        assertEquals("network.tariff.serviceCodeRequired",
                assertThrows(RuleViolation.class, () -> Tariff.serviceCode(" ")).code());
    }

    @Test
    void amountsWithMoreThanTwoDecimalsAreRefusedNotRounded() {
        assertEquals(Money.euros("45.50"), Tariff.euros(new BigDecimal("45.5")));
        assertEquals("network.tariff.amountScale",
                assertThrows(RuleViolation.class, () -> Tariff.euros(new BigDecimal("45.555"))).code());
    }
}
