package it.mutua.app.plan.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static it.mutua.app.plan.domain.Money.euros;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The social-cooperation plan, resolved, says exactly what the plan text says — and DemoPlans says the same. */
class SocialCooperationPlanTest {

    private final EffectivePlan plan = SocialCooperationPlanFixture.resolved();

    @Test
    void it_costs_60_euros_per_worker_and_60_or_48_per_family_member_by_role_and_age() {
        var contributions = plan.contributions();

        assertEquals(euros(60), contributions.workerPerYear().orElseThrow());
        assertEquals(euros(60), contributions.forFamilyMember(FamilyRole.SPOUSE, 40).orElseThrow());
        assertEquals(euros(60), contributions.forFamilyMember(FamilyRole.CHILD, 26).orElseThrow());
        assertEquals(euros(48), contributions.forFamilyMember(FamilyRole.CHILD, 25).orElseThrow());
        assertEquals(euros(48), contributions.forFamilyMember(FamilyRole.CHILD, 0).orElseThrow());
        assertTrue(contributions.forFamilyMember(FamilyRole.OTHER_DEPENDANT, 30).isEmpty());
        assertTrue(plan.familyExtensionOffered());
    }

    @Test
    void diagnostics_leave_30_45_or_30_percent_with_60_minimum_and_15_per_ssn_ticket() {
        var diagnostics = plan.benefit(SocialCooperationPlanFixture.DIAGNOSTICS).orElseThrow();

        assertEquals(BenefitArea.HIGH_SPECIALISATION_DIAGNOSTICS, diagnostics.area());
        assertEquals(Map.of(
                ProviderRegime.COOPERATIVE_NETWORK, CostShare.fixed(euros(30)),
                ProviderRegime.OTHER_NETWORK, CostShare.fixed(euros(45)),
                ProviderRegime.OUT_OF_NETWORK, CostShare.scoperto(Percent.of(30), euros(60)),
                ProviderRegime.SSN_TICKET, CostShare.franchigia(euros(15))), diagnostics.regimes());
        assertTrue(diagnostics.perPersonYear().isEmpty(), "the plan text sets no ceiling for diagnostics");
    }

    @Test
    void specialist_visits_have_a_700_euro_yearly_ceiling_and_30_euros_per_visit_in_network() {
        var visits = plan.benefit(SocialCooperationPlanFixture.VISITS).orElseThrow();

        assertEquals(euros(700), visits.perPersonYear().orElseThrow());
        assertTrue(visits.perFamilyYear().isEmpty());
        assertEquals(Map.of(
                ProviderRegime.COOPERATIVE_NETWORK, CostShare.fixed(euros(30)),
                ProviderRegime.OTHER_NETWORK, CostShare.fixed(euros(30))), visits.regimes());
    }

    @Test
    void it_has_exactly_the_two_benefits_and_none_is_vincolata() {
        assertEquals(Set.of("HIGH_SPECIALISATION_DIAGNOSTICS", "SPECIALIST_VISITS"), plan.benefits().keySet());
        assertEquals(List.of(), plan.vincolate());
        assertEquals(17, plan.fields().size(), "6 plan-level + 6 diagnostics + 5 visits fields");
    }

    @Test
    void every_value_of_the_national_plan_says_national() {
        assertTrue(plan.fields().values().stream().allMatch(f -> f.provenance().text().equals("national")));
    }

    @Test
    void the_demo_data_factory_resolves_to_the_same_plan_as_the_fixture() {
        var demo = new PlanResolver().resolve(List.of(DemoPlans.socialCooperationNationalV1()));

        assertEquals(plan.fields(), demo.fields());
        assertEquals(plan, demo);
    }

    @Test
    void the_family_dental_demo_plan_is_vincolata_and_has_a_family_ceiling() {
        var dental = new PlanResolver().resolve(List.of(DemoPlans.familyDentalNationalV1()));

        assertEquals(List.of(DemoPlans.DENTAL), dental.vincolate());
        assertEquals(euros(1000), dental.benefit(DemoPlans.DENTAL).orElseThrow().perFamilyYear().orElseThrow());
    }
}
