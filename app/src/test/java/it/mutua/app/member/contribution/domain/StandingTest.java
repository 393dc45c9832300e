package it.mutua.app.member.contribution.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.mutua.app.plan.domain.Money;

class StandingTest {

    private static final LocalDate DUE = LocalDate.of(2026, 1, 31);
    private static final int GRACE = 60;

    private static Standing.Statement year(Standing.Payment... payments) {
        return new Standing.Statement("2026", DUE, Money.euros("228.00"), List.of(payments));
    }

    @Test
    void nothingIsInArrearsUntilTheDueDateHasPassed() {
        assertEquals(Money.ZERO, Standing.arrearsOn(List.of(year()), DUE));
        assertEquals(Money.euros("228.00"), Standing.arrearsOn(List.of(year()), DUE.plusDays(1)));
    }

    @Test
    void aPartialPaymentLeavesTheRestInArrears() {
        var s = year(new Standing.Payment(LocalDate.of(2026, 1, 20), Money.euros("100.00")));
        assertEquals(Money.euros("128.00"), Standing.arrearsOn(List.of(s), LocalDate.of(2026, 2, 10)));
    }

    @Test
    void coverageIsSuspendedTheDayAfterTheGracePeriodAndNotBefore() {
        LocalDate lastGraceDay = DUE.plusDays(GRACE);
        assertFalse(Standing.suspendedOn(List.of(year()), GRACE, lastGraceDay));
        assertTrue(Standing.suspendedOn(List.of(year()), GRACE, lastGraceDay.plusDays(1)));
    }

    @Test
    void payingInFullRestoresCoverageFromThePaymentDateAndKeepsTheSuspensionInTheHistory() {
        LocalDate paid = LocalDate.of(2026, 5, 15);
        var s = year(new Standing.Payment(LocalDate.of(2026, 4, 30), Money.euros("128.00")),
                new Standing.Payment(paid, Money.euros("100.00")));
        assertTrue(Standing.suspendedOn(List.of(s), GRACE, paid.minusDays(1)));
        assertFalse(Standing.suspendedOn(List.of(s), GRACE, paid));
        assertEquals(List.of(new Standing.Suspension("2026", DUE.plusDays(GRACE + 1L), paid)),
                Standing.suspensions(List.of(s), GRACE, LocalDate.of(2026, 12, 31)));
    }

    @Test
    void aStatementPaidWithinTheGracePeriodNeverSuspends() {
        var s = year(new Standing.Payment(DUE.plusDays(30), Money.euros("228.00")));
        assertEquals(List.of(), Standing.suspensions(List.of(s), GRACE, LocalDate.of(2026, 12, 31)));
    }

    @Test
    void aPaymentDatedLaterDoesNotCountOnAnEarlierDay() {
        var s = year(new Standing.Payment(LocalDate.of(2026, 6, 1), Money.euros("228.00")));
        assertTrue(Standing.suspendedOn(List.of(s), GRACE, LocalDate.of(2026, 5, 1)), "the state on a past day is rebuilt");
        assertFalse(Standing.suspendedOn(List.of(s), GRACE, LocalDate.of(2026, 6, 1)));
    }
}
