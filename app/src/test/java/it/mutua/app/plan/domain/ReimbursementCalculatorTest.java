package it.mutua.app.plan.domain;

import it.mutua.app.kernel.RuleViolation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static it.mutua.app.plan.domain.Money.euros;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReimbursementCalculatorTest {

    private final ReimbursementCalculator calculator = new ReimbursementCalculator();
    private final EffectivePlan plan = SocialCooperationPlanFixture.resolved();
    private final EffectiveBenefit diagnostics = plan.benefit(SocialCooperationPlanFixture.DIAGNOSTICS).orElseThrow();
    private final EffectiveBenefit visits = plan.benefit(SocialCooperationPlanFixture.VISITS).orElseThrow();

    @Test
    void an_out_of_network_test_of_150_euros_pays_90_because_the_60_euro_minimum_beats_the_30_percent() {
        var result = calculator.calculate(diagnostics, ProviderRegime.OUT_OF_NETWORK, euros(150), CeilingUsage.none());

        assertEquals(euros(90), result.reimbursed());
        assertEquals(euros(60), result.memberPays());
        assertEquals("scoperto 30% is €45, below the €60 minimum: €60 left to the member",
                result.reasons().getFirst().textEn());
        assertEquals("reimbursement.share.scopertoMinimum", result.reasons().getFirst().code());
    }

    @Test
    void an_out_of_network_test_above_200_euros_leaves_30_percent_to_the_member() {
        var result = calculator.calculate(diagnostics, ProviderRegime.OUT_OF_NETWORK, euros(300), CeilingUsage.none());

        assertEquals(euros(210), result.reimbursed());
        assertTrue(result.hasReason("reimbursement.share.scoperto"));
    }

    @Test
    void the_same_test_at_a_cooperative_network_provider_leaves_30_euros_and_pays_120() {
        var result = calculator.calculate(diagnostics, ProviderRegime.COOPERATIVE_NETWORK, euros(150),
                CeilingUsage.none());

        assertEquals(euros(120), result.reimbursed());
        assertEquals(euros(30), result.memberPays());
    }

    @Test
    void the_same_test_at_another_network_provider_leaves_45_euros() {
        var result = calculator.calculate(diagnostics, ProviderRegime.OTHER_NETWORK, euros(150), CeilingUsage.none());

        assertEquals(euros(105), result.reimbursed());
    }

    @Test
    void an_ssn_ticket_of_36_15_is_reimbursed_minus_15_euros() {
        var result = calculator.calculate(diagnostics, ProviderRegime.SSN_TICKET, Money.euros("36.15"),
                CeilingUsage.none());

        assertEquals(Money.euros("21.15"), result.reimbursed());
        assertEquals("reimbursement.share.franchigia", result.reasons().getFirst().code());
    }

    @Test
    void a_ticket_below_the_franchigia_pays_nothing_and_never_a_negative_amount() {
        var result = calculator.calculate(diagnostics, ProviderRegime.SSN_TICKET, euros(10), CeilingUsage.none());

        assertEquals(Money.ZERO, result.reimbursed());
        assertEquals(euros(10), result.memberPays());
    }

    @Test
    void a_visit_of_100_with_650_of_the_700_ceiling_used_pays_the_50_left_and_says_why() {
        var used = CeilingUsage.of(euros(650), euros(650));

        var result = calculator.calculate(visits, ProviderRegime.COOPERATIVE_NETWORK, euros(100), used);

        assertEquals(euros(50), result.reimbursed());
        var reason = result.reasons().getLast();
        assertEquals("reimbursement.ceiling.person", reason.code());
        assertEquals("ceiling reached: €700 per year, €650 already used", reason.textEn());
        assertEquals("massimale raggiunto: 700 € annui, 650 € già utilizzati", reason.text(Locale.ITALY));
        assertEquals(List.of("€700.00", "€650.00"), reason.args());
    }

    @Test
    void a_visit_within_the_ceiling_gives_no_ceiling_reason() {
        var result = calculator.calculate(visits, ProviderRegime.COOPERATIVE_NETWORK, euros(100),
                CeilingUsage.of(euros(100), euros(100)));

        assertEquals(euros(70), result.reimbursed());
        assertTrue(result.reasons().stream().noneMatch(r -> r.code().startsWith("reimbursement.ceiling")));
    }

    @Test
    void a_ceiling_already_overspent_pays_nothing_rather_than_a_negative_amount() {
        var result = calculator.calculate(visits, ProviderRegime.COOPERATIVE_NETWORK, euros(100),
                CeilingUsage.of(euros(800), euros(800)));

        assertEquals(Money.ZERO, result.reimbursed());
    }

    @Test
    void a_regime_the_benefit_does_not_cover_pays_nothing_with_the_reason() {
        var result = calculator.calculate(visits, ProviderRegime.OUT_OF_NETWORK, euros(100), CeilingUsage.none());

        assertEquals(Money.ZERO, result.reimbursed());
        assertEquals("reimbursement.regime.notCovered", result.reasons().getFirst().code());
    }

    @Test
    void an_amount_below_the_minimum_per_request_is_not_reimbursed() {
        var benefit = Layers.resolve(Layers.version(Layers.NATIONAL, "n1",
                        Layers.base().minimumPerRequest("VISITS", euros(50)).build()))
                .benefit("VISITS").orElseThrow();

        var result = calculator.calculate(benefit, ProviderRegime.COOPERATIVE_NETWORK, euros(70), CeilingUsage.none());

        assertEquals(Money.ZERO, result.reimbursed());
        assertEquals("reimbursement.minimumPerRequest", result.reasons().getLast().code());
    }

    @Test
    void an_amount_equal_to_the_minimum_per_request_is_reimbursed() {
        var benefit = Layers.resolve(Layers.version(Layers.NATIONAL, "n1",
                        Layers.base().minimumPerRequest("VISITS", euros(40)).build()))
                .benefit("VISITS").orElseThrow();

        var result = calculator.calculate(benefit, ProviderRegime.COOPERATIVE_NETWORK, euros(70), CeilingUsage.none());

        assertEquals(euros(40), result.reimbursed());
    }

    @Test
    void a_sub_ceiling_caps_the_line_after_the_person_ceiling() {
        var benefit = Layers.resolve(Layers.version(Layers.NATIONAL, "n1",
                        Layers.base().subCeiling("VISITS", "PSYCHOLOGY", euros(300)).build()))
                .benefit("VISITS").orElseThrow();
        var line = new ReimbursementLine(benefit, ProviderRegime.COOPERATIVE_NETWORK, euros(130),
                Optional.of("PSYCHOLOGY"));

        var result = calculator.calculate(line, new CeilingUsage(euros(400), euros(400), euros(250)));

        assertEquals(euros(50), result.reimbursed());
        assertEquals("sub-ceiling PSYCHOLOGY reached: €300 per year, €250 already used",
                result.reasons().getLast().textEn());
    }

    @Test
    void an_unknown_sub_ceiling_is_refused() {
        var line = new ReimbursementLine(visits, ProviderRegime.COOPERATIVE_NETWORK, euros(100), Optional.of("NOPE"));

        var error = assertThrows(RuleViolation.class, () -> calculator.calculate(line, CeilingUsage.none()));
        assertEquals("reimbursement.subCeiling.unknown", error.code());
    }

    @Test
    void a_negative_invoice_is_refused() {
        var error = assertThrows(RuleViolation.class, () -> calculator.calculate(visits,
                ProviderRegime.COOPERATIVE_NETWORK, euros(-1), CeilingUsage.none()));
        assertEquals("invoiced", error.field());
    }
}
