package it.mutua.app.claim.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.domain.Money;

class PreAuthorisationRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void an_urgent_admission_five_days_ago_can_still_be_authorised_six_days_ago_cannot() {
        PreAuthorisationRules.checkRequest(true, TODAY.minusDays(5), TODAY);
        var late = assertThrows(RuleViolation.class,
                () -> PreAuthorisationRules.checkRequest(true, TODAY.minusDays(6), TODAY));
        assertEquals("claim.preauth.urgentLate", late.code());
    }

    @Test
    void a_planned_service_may_be_requested_ahead_of_time() {
        PreAuthorisationRules.checkRequest(false, TODAY.plusDays(30), TODAY);
    }

    @Test
    void a_validity_window_ending_before_it_starts_is_refused() {
        assertThrows(RuleViolation.class, () -> PreAuthorisationRules.checkWindow(TODAY, TODAY.minusDays(1)));
    }

    @Test
    void a_charge_outside_the_window_or_above_the_authorised_amount_is_refused() {
        var from = TODAY;
        var to = TODAY.plusDays(30);
        assertEquals("claim.preauth.outsideWindow", assertThrows(RuleViolation.class, () -> PreAuthorisationRules
                .checkSettlement(to.plusDays(1), Money.euros(100), from, to, Money.euros(500))).code());
        assertEquals("claim.preauth.overAuthorised", assertThrows(RuleViolation.class, () -> PreAuthorisationRules
                .checkSettlement(from, Money.euros("500.01"), from, to, Money.euros(500))).code());
        PreAuthorisationRules.checkSettlement(to, Money.euros(500), from, to, Money.euros(500));
    }
}
