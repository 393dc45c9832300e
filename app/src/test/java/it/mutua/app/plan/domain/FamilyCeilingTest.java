package it.mutua.app.plan.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static it.mutua.app.plan.domain.Money.euros;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The family dental plan: €400 per person, €1,000 per family per year, spent by several family members in turn. */
class FamilyCeilingTest {

    private final ReimbursementCalculator calculator = new ReimbursementCalculator();
    private final EffectiveBenefit dental = new PlanResolver().resolve(List.of(DemoPlans.familyDentalNationalV1()))
            .benefit(DemoPlans.DENTAL).orElseThrow();

    @Test
    void the_family_ceiling_stops_the_third_member_although_his_own_ceiling_is_untouched() {
        Money family = Money.ZERO;
        var worker = calculator.calculate(dental, ProviderRegime.COOPERATIVE_NETWORK, euros(500),
                CeilingUsage.of(Money.ZERO, family));
        family = family.plus(worker.reimbursed());
        var spouse = calculator.calculate(dental, ProviderRegime.COOPERATIVE_NETWORK, euros(450),
                CeilingUsage.of(Money.ZERO, family));
        family = family.plus(spouse.reimbursed());
        var child = calculator.calculate(dental, ProviderRegime.COOPERATIVE_NETWORK, euros(300),
                CeilingUsage.of(Money.ZERO, family));

        assertEquals(euros(400), worker.reimbursed(), "the worker is capped by the €400 per-person ceiling");
        assertEquals(euros(400), spouse.reimbursed(), "so is the spouse");
        assertEquals(euros(200), child.reimbursed(), "only €200 of the family's €1,000 is left for the child");
        assertEquals("reimbursement.ceiling.family", child.reasons().getLast().code());
        assertEquals("family ceiling reached: €1,000 per family per year, €800 already used by the family",
                child.reasons().getLast().textEn());
    }

    @Test
    void a_member_within_both_ceilings_is_paid_in_full_with_no_ceiling_reason() {
        var result = calculator.calculate(dental, ProviderRegime.COOPERATIVE_NETWORK, euros(300),
                CeilingUsage.of(euros(50), euros(500)));

        assertEquals(euros(300), result.reimbursed());
        assertFalse(result.hasReason("reimbursement.ceiling.family"));
    }

    @Test
    void the_tighter_of_person_and_family_ceilings_wins_and_both_are_named() {
        var result = calculator.calculate(dental, ProviderRegime.COOPERATIVE_NETWORK, euros(300),
                CeilingUsage.of(euros(200), euros(900)));

        assertEquals(euros(100), result.reimbursed());
        assertTrue(result.hasReason("reimbursement.ceiling.person"));
        assertTrue(result.hasReason("reimbursement.ceiling.family"));
    }
}
