package it.mutua.app.claim.domain;

import static it.mutua.app.claim.domain.Plans.line;
import static it.mutua.app.plan.domain.Money.euros;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import it.mutua.app.plan.domain.CeilingUsage;
import it.mutua.app.plan.domain.EffectivePlan;
import it.mutua.app.plan.domain.Money;
import it.mutua.app.plan.domain.ProviderRegime;
import it.mutua.app.plan.domain.WaitingCause;

/** Adjudication with exact euros from the social-cooperation plan, and the refusals that come before pricing. */
class AdjudicatorTest {

    private static final LocalDate JUNE = LocalDate.of(2026, 6, 15);
    private final Adjudicator adjudicator = new Adjudicator();
    private final Optional<EffectivePlan> social = Optional.of(Plans.socialCooperation());

    private LineJudgement judge(LineToJudge line, Coverage who, Optional<EffectivePlan> plan, CeilingUsage used) {
        return adjudicator.judge(line, Optional.of(who), plan, used);
    }

    @Test
    void an_out_of_network_diagnostic_test_invoiced_150_euros_reimburses_90_because_the_60_euro_minimum_beats_30_percent() {
        var result = judge(line(Plans.DIAGNOSTICS, ProviderRegime.OUT_OF_NETWORK, "150.00", JUNE), Plans.worker(),
                social, CeilingUsage.none());

        assertEquals(euros(90), result.reimbursed());
        assertEquals(euros(60), result.memberPays());
        assertEquals(Adjudicator.COVERED, result.reasons().get(0).code());
        assertEquals("reimbursement.share.scopertoMinimum", result.reasons().get(1).code());
        assertEquals("scoperto 30% is €45, below the €60 minimum: €60 left to the member",
                result.reasons().get(1).textEn());
    }

    @Test
    void the_same_test_at_a_cooperative_network_provider_leaves_the_member_30_euros() {
        var result = judge(line(Plans.DIAGNOSTICS, ProviderRegime.COOPERATIVE_NETWORK, "150.00", JUNE), Plans.worker(),
                social, CeilingUsage.none());

        assertEquals(euros(30), result.memberPays());
        assertEquals(euros(120), result.reimbursed());
        assertEquals("reimbursement.share.fixed", result.reasons().get(1).code());
    }

    @Test
    void an_ssn_ticket_of_36_15_is_reimbursed_21_15() {
        var result = judge(line(Plans.DIAGNOSTICS, ProviderRegime.SSN_TICKET, "36.15", JUNE), Plans.worker(), social,
                CeilingUsage.none());

        assertEquals(Money.euros("21.15"), result.reimbursed());
        assertEquals("reimbursement.share.franchigia", result.reasons().get(1).code());
    }

    @Test
    void a_specialist_visit_is_capped_by_the_700_euro_person_ceiling_with_the_amount_already_used_in_the_reason() {
        var result = judge(line(Plans.VISITS, ProviderRegime.COOPERATIVE_NETWORK, "130.00", JUNE), Plans.worker(),
                social, CeilingUsage.of(euros(650), Money.ZERO));

        assertEquals(euros(50), result.reimbursed(), "€100 reimbursable, only €50 of the €700 left");
        var ceiling = result.reasons().getLast();
        assertEquals("reimbursement.ceiling.person", ceiling.code());
        assertEquals("massimale raggiunto: 700 € annui, 650 € già utilizzati", ceiling.textIt());
        assertEquals("ceiling reached: €700 per year, €650 already used", ceiling.textEn());
        assertTrue(result.reducedBeyondCostShare());
    }

    @Test
    void a_visit_after_the_person_ceiling_is_exhausted_reimburses_nothing() {
        var result = judge(line(Plans.VISITS, ProviderRegime.COOPERATIVE_NETWORK, "130.00", JUNE), Plans.worker(),
                social, CeilingUsage.of(euros(700), Money.ZERO));

        assertEquals(Money.ZERO, result.reimbursed());
        assertEquals(ClaimStatus.REJECTED, AutoDecision.of(java.util.List.of(result)));
    }

    @Test
    void the_family_dental_ceiling_is_shared_by_the_family_through_the_ledger() {
        var plan = Optional.of(Plans.familyDental());
        var ledger = new CeilingLedger(Map.of());
        Money[] paid = new Money[3];
        Coverage[] people = {Plans.worker(), Plans.spouse(), Plans.child()};
        String[] invoices = {"500.00", "450.00", "300.00"};
        for (int i = 0; i < 3; i++) {
            var l = line(Plans.DENTAL, ProviderRegime.COOPERATIVE_NETWORK, invoices[i], JUNE);
            var result = judge(l, people[i], plan, ledger.usageFor(people[i], l));
            ledger.add(CeilingLedger.keysFor(people[i], l), result.reimbursed());
            paid[i] = result.reimbursed();
        }

        assertEquals(euros(400), paid[0], "the worker: €400 per person");
        assertEquals(euros(400), paid[1], "the spouse: €400 per person");
        assertEquals(euros(200), paid[2], "the child: what is left of the family's €1,000");
        assertEquals(euros(1000), ledger.amount(new CeilingKey(CeilingKey.Scope.FAMILY, Plans.WORKER, Plans.DENTAL,
                "", 2026)));
    }

    @Test
    void a_service_before_enrolment_is_refused_with_both_dates() {
        var result = judge(line(Plans.DIAGNOSTICS, ProviderRegime.SSN_TICKET, "36.15", LocalDate.of(2025, 12, 31)),
                Plans.worker(), social, CeilingUsage.none());

        assertEquals(Money.ZERO, result.reimbursed());
        assertEquals(Adjudicator.BEFORE_ENROLMENT, result.reasons().getFirst().code());
        assertEquals("prestazione del 31/12/2025 anteriore all'iscrizione del 01/01/2026",
                result.reasons().getFirst().textIt());
    }

    @Test
    void a_person_without_coverage_on_the_service_date_is_refused() {
        var result = adjudicator.judge(line(Plans.DIAGNOSTICS, ProviderRegime.SSN_TICKET, "36.15", JUNE),
                Optional.empty(), social, CeilingUsage.none());

        assertEquals(Money.ZERO, result.reimbursed());
        assertEquals("no coverage in force on 2026-06-15", result.reasons().getFirst().textEn());
    }

    @Test
    void a_date_with_no_plan_version_in_force_is_refused() {
        var result = judge(line(Plans.DIAGNOSTICS, ProviderRegime.SSN_TICKET, "36.15", JUNE), Plans.worker(),
                Optional.empty(), CeilingUsage.none());

        assertEquals(Adjudicator.NO_PLAN, result.reasons().getFirst().code());
    }

    @Test
    void a_benefit_the_plan_does_not_have_is_refused() {
        var result = judge(line("DENTAL", ProviderRegime.COOPERATIVE_NETWORK, "80.00", JUNE), Plans.worker(), social,
                CeilingUsage.none());

        assertEquals(Adjudicator.NOT_IN_PLAN, result.reasons().getFirst().code());
        assertEquals(Money.ZERO, result.reimbursed());
    }

    @Test
    void illness_within_90_days_of_enrolment_is_in_carenza_and_the_reason_says_from_when_it_is_covered() {
        var result = judge(line(Plans.PHYSIO, ProviderRegime.COOPERATIVE_NETWORK, "60.00", LocalDate.of(2026, 3, 31)),
                Plans.worker(), Optional.of(Plans.withCarenza()), CeilingUsage.none());

        assertEquals(Money.ZERO, result.reimbursed());
        assertEquals(Adjudicator.CARENZA, result.reasons().getFirst().code());
        assertEquals("carenza di 90 giorni per malattia dall'iscrizione del 01/01/2026: coperto dal 01/04/2026",
                result.reasons().getFirst().textIt());
    }

    @Test
    void illness_on_the_first_day_after_carenza_is_covered() {
        var result = judge(line(Plans.PHYSIO, ProviderRegime.COOPERATIVE_NETWORK, "60.00", LocalDate.of(2026, 4, 1)),
                Plans.worker(), Optional.of(Plans.withCarenza()), CeilingUsage.none());

        assertEquals(euros(50), result.reimbursed());
    }

    @Test
    void an_injury_is_covered_from_day_one_because_carenza_counts_by_cause() {
        var injury = new LineToJudge(Plans.PHYSIO, ProviderRegime.COOPERATIVE_NETWORK, LocalDate.of(2026, 1, 1),
                euros(60), WaitingCause.INJURY, Optional.empty());
        var result = judge(injury, Plans.worker(), Optional.of(Plans.withCarenza()), CeilingUsage.none());

        assertEquals(euros(50), result.reimbursed());
    }

    @Test
    void a_child_is_not_eligible_for_a_benefit_reserved_to_workers_and_spouses() {
        var result = judge(line(Plans.PHYSIO, ProviderRegime.COOPERATIVE_NETWORK, "60.00", JUNE), Plans.child(),
                Optional.of(Plans.withCarenza()), CeilingUsage.none());

        assertEquals(Adjudicator.NOT_ELIGIBLE, result.reasons().getFirst().code());
        assertEquals("garanzia non prevista per un figlio di 11 anni", result.reasons().getFirst().textIt());
    }

    @Test
    void a_regime_the_benefit_does_not_cover_reimburses_nothing_with_a_reason() {
        var result = judge(line(Plans.VISITS, ProviderRegime.OUT_OF_NETWORK, "130.00", JUNE), Plans.worker(), social,
                CeilingUsage.none());

        assertEquals(Money.ZERO, result.reimbursed());
        assertTrue(result.hasReason("reimbursement.regime.notCovered"));
    }
}
