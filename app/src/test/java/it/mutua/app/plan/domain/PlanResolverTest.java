package it.mutua.app.plan.domain;

import it.mutua.app.kernel.RuleViolation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static it.mutua.app.plan.domain.Layers.COOP;
import static it.mutua.app.plan.domain.Layers.HOUSING;
import static it.mutua.app.plan.domain.Layers.LOMBARDY;
import static it.mutua.app.plan.domain.Layers.NATIONAL;
import static it.mutua.app.plan.domain.Layers.base;
import static it.mutua.app.plan.domain.Layers.resolve;
import static it.mutua.app.plan.domain.Layers.version;
import static it.mutua.app.plan.domain.Money.euros;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanResolverTest {

    private static final String CEILING = PlanPaths.perPersonYear("VISITS");

    private final PublishedLayerVersion national = version(NATIONAL, "n1", base().build());

    @Test
    void a_value_set_only_by_the_national_layer_says_national() {
        var plan = resolve(national);

        assertEquals(euros(700), plan.value(CEILING).orElseThrow());
        assertEquals("national", plan.provenance(CEILING).orElseThrow().text());
        assertEquals(Provenance.Kind.BASE, plan.provenance(CEILING).orElseThrow().kind());
    }

    @Test
    void the_lowest_layer_that_sets_a_value_wins_and_is_named_as_the_changer() {
        var federation = version(HOUSING, "f1", Overlay.builder().perPersonYear("VISITS", euros(800)).build());

        var plan = resolve(national, federation);

        assertEquals(euros(800), plan.benefit("VISITS").orElseThrow().perPersonYear().orElseThrow());
        assertEquals("changed by housing federation", plan.provenance(CEILING).orElseThrow().text());
        assertEquals("modificato da housing federation", plan.provenance(CEILING).orElseThrow().text(Locale.ITALY));
        assertEquals(NATIONAL, plan.provenance(CEILING).orElseThrow().addedBy());
        assertEquals(FieldRule.OVERRIDE, plan.rule(CEILING));
    }

    @Test
    void restating_the_inherited_value_is_not_reported_as_a_change() {
        var federation = version(HOUSING, "f1", Overlay.builder().perPersonYear("VISITS", euros(700)).build());

        assertEquals("national", resolve(national, federation).provenance(CEILING).orElseThrow().text());
    }

    @Test
    void a_regional_layer_adds_a_local_benefit_and_the_lists_merge() {
        var region = version(LOMBARDY, "r1", Overlay.builder()
                .addBenefit("HOME_CARE", BenefitArea.LOCAL, "Assistenza domiciliare")
                .costShare("HOME_CARE", ProviderRegime.COOPERATIVE_NETWORK, CostShare.none())
                .build());

        var plan = resolve(national, region);

        assertEquals(List.of("HOME_CARE", "VISITS"), List.copyOf(plan.benefits().keySet()));
        assertEquals("added by Lombardy", plan.provenance(PlanPaths.benefitName("HOME_CARE")).orElseThrow().text());
        assertEquals("aggiunto da Lombardy",
                plan.provenance(PlanPaths.benefitName("HOME_CARE")).orElseThrow().text(Locale.ITALY));
        assertEquals(FieldRule.ADDITIVE, plan.rule("benefits"));
    }

    @Test
    void a_lower_layer_adds_a_provider_rule_to_an_inherited_benefit() {
        var federation = version(HOUSING, "f1", Overlay.builder()
                .costShare("VISITS", ProviderRegime.OTHER_NETWORK, CostShare.fixed(euros(35))).build());

        var benefit = resolve(national, federation).benefit("VISITS").orElseThrow();

        assertEquals(CostShare.fixed(euros(30)), benefit.costShare(ProviderRegime.COOPERATIVE_NETWORK).orElseThrow());
        assertEquals(CostShare.fixed(euros(35)), benefit.costShare(ProviderRegime.OTHER_NETWORK).orElseThrow());
    }

    @Test
    void adding_a_benefit_code_an_upper_layer_already_has_is_refused_as_a_duplicate() {
        var region = version(LOMBARDY, "r1", Overlay.builder()
                .addBenefit("VISITS", BenefitArea.SPECIALIST_VISITS, "Altre visite").build());

        var error = assertThrows(RuleViolation.class, () -> resolve(national, region));
        assertEquals("plan.benefit.duplicate", error.code());
        assertEquals("benefits/VISITS", error.field());
    }

    @Test
    void setting_a_field_of_a_benefit_nobody_added_is_refused() {
        var federation = version(HOUSING, "f1", Overlay.builder().perPersonYear("DENTAL", euros(100)).build());

        var error = assertThrows(RuleViolation.class, () -> resolve(national, federation));
        assertEquals("plan.benefit.unknown", error.code());
    }

    @Test
    void changing_a_field_locked_above_is_a_conflict_naming_the_lock_and_its_owner() {
        var lockedNational = version(NATIONAL, "n1", base().lock(CEILING).build());
        var coop = version(COOP, "c1", Overlay.builder().perPersonYear("VISITS", euros(900)).build());

        var error = assertThrows(RuleViolation.class, () -> resolve(lockedNational, coop));

        assertEquals(RuleViolation.Kind.CONFLICT, error.kind());
        assertEquals("plan.field.locked", error.code());
        assertArrayEquals(new Object[] {CEILING, "national", CEILING}, error.args());
    }

    @Test
    void a_lock_on_a_benefit_covers_every_field_inside_it() {
        var federation = version(HOUSING, "f1", Overlay.builder().lock("benefits/VISITS").build());
        var region = version(LOMBARDY, "r1", Overlay.builder()
                .costShare("VISITS", ProviderRegime.OUT_OF_NETWORK, CostShare.fixed(euros(50))).build());

        var error = assertThrows(RuleViolation.class, () -> resolve(national, federation, region));

        assertArrayEquals(new Object[] {"benefits/VISITS", "housing federation",
                PlanPaths.costShare("VISITS", ProviderRegime.OUT_OF_NETWORK)}, error.args());
    }

    @Test
    void locking_the_benefit_list_stops_lower_layers_from_adding_benefits() {
        var lockedNational = version(NATIONAL, "n1", base().lock("benefits").build());
        var region = version(LOMBARDY, "r1", Overlay.builder()
                .addBenefit("HOME_CARE", BenefitArea.LOCAL, "Assistenza domiciliare").build());

        var error = assertThrows(RuleViolation.class, () -> resolve(lockedNational, region));
        assertEquals("plan.field.locked", error.code());
    }

    @Test
    void removing_a_subtree_that_contains_a_locked_field_is_refused() {
        var lockedNational = version(NATIONAL, "n1", base().lock(CEILING).build());
        var region = version(LOMBARDY, "r1", Overlay.builder().remove("benefits/VISITS").build());

        var error = assertThrows(RuleViolation.class, () -> resolve(lockedNational, region));
        assertEquals(CEILING, error.args()[0]);
    }

    @Test
    void the_layer_that_sets_a_lock_may_still_change_its_own_field() {
        var federation = version(HOUSING, "f1", Overlay.builder()
                .lock(CEILING).perPersonYear("VISITS", euros(800)).build());

        var plan = resolve(national, federation);

        assertEquals(euros(800), plan.value(CEILING).orElseThrow());
        assertEquals(HOUSING, plan.lockOwner(CEILING).orElseThrow());
        assertEquals(FieldRule.LOCKED, plan.field(CEILING).orElseThrow().rule());
    }

    @Test
    void an_unlocked_field_next_to_a_locked_one_can_still_be_changed() {
        var lockedNational = version(NATIONAL, "n1", base().lock(CEILING).build());
        var coop = version(COOP, "c1", Overlay.builder()
                .costShare("VISITS", ProviderRegime.COOPERATIVE_NETWORK, CostShare.fixed(euros(20))).build());

        var plan = resolve(lockedNational, coop);

        assertEquals(FieldRule.OVERRIDE, plan.rule(PlanPaths.costShare("VISITS", ProviderRegime.COOPERATIVE_NETWORK)));
        assertEquals("changed by Cooperativa Aurora",
                plan.provenance(PlanPaths.costShare("VISITS", ProviderRegime.COOPERATIVE_NETWORK)).orElseThrow()
                        .text());
    }

    @Test
    void a_lower_layer_may_remove_an_inherited_provider_rule() {
        var region = version(LOMBARDY, "r1", Overlay.builder()
                .remove("benefits/VISITS/regimes/COOPERATIVE_NETWORK").build());

        var benefit = resolve(national, region).benefit("VISITS").orElseThrow();

        assertTrue(benefit.regimes().isEmpty());
    }

    @Test
    void four_layers_each_leave_their_mark_with_the_right_provenance() {
        var plan = new PlanResolver().resolve(List.of(DemoPlans.socialCooperationNationalV1(),
                DemoPlans.housingFederationTailoringV1(), DemoPlans.lombardyHomeCareV1(),
                DemoPlans.cooperativeAdoptionV1(COOP, false)));

        assertEquals("national", plan.provenance(PlanPaths.WORKER_CONTRIBUTION).orElseThrow().text());
        assertEquals("changed by housing federation",
                plan.provenance(PlanPaths.perPersonYear(DemoPlans.SPECIALIST_VISITS)).orElseThrow().text());
        assertEquals("added by Lombardy",
                plan.provenance(PlanPaths.perPersonYear(DemoPlans.HOME_CARE)).orElseThrow().text());
        assertEquals("changed by Cooperativa Aurora",
                plan.provenance(PlanPaths.FAMILY_EXTENSION).orElseThrow().text());
        assertFalse(plan.familyExtensionOffered());
        assertEquals(DemoPlans.HOUSING_FEDERATION,
                plan.lockOwner(PlanPaths.perPersonYear(DemoPlans.SPECIALIST_VISITS)).orElseThrow());
        assertEquals(List.of(DemoPlans.HOME_CARE), plan.vincolate());
        assertEquals(90, plan.benefit(DemoPlans.HOME_CARE).orElseThrow().waitingDays(WaitingCause.ILLNESS));
        assertEquals(List.of("social-national-1", "social-fed-housing-1", "social-lombardy-1", "social-coop-aurora-1"),
                plan.versions().versionIds());
    }

    @Test
    void layers_out_of_order_are_refused() {
        var federation = version(HOUSING, "f1", Overlay.empty());
        var region = version(LOMBARDY, "r1", Overlay.empty());

        var error = assertThrows(RuleViolation.class, () -> resolve(national, region, federation));
        assertEquals("plan.layers.order", error.code());
    }

    @Test
    void a_plan_without_the_national_base_is_refused() {
        var error = assertThrows(RuleViolation.class, () -> resolve(version(HOUSING, "f1", base().build())));
        assertEquals("plan.layers.nationalFirst", error.code());
    }

    @Test
    void a_draft_is_previewed_on_top_of_published_layers_with_the_same_lock_checks() {
        var lockedNational = version(NATIONAL, "n1", base().lock(CEILING).build());
        var draft = new LayerDraft(COOP, "P", Overlay.empty())
                .with(new FieldChange.Set(CEILING, euros(1000)));

        var error = assertThrows(RuleViolation.class,
                () -> new PlanResolver().preview(List.of(lockedNational), draft));
        assertEquals("plan.field.locked", error.code());
    }

    @Test
    void eligibility_and_waiting_periods_resolve_into_the_typed_benefit() {
        var plan = resolve(version(NATIONAL, "n1", base()
                .eligibleRoles("VISITS", FamilyRole.WORKER, FamilyRole.SPOUSE)
                .ages("VISITS", 18, 75)
                .waitingDays("VISITS", WaitingCause.PREGNANCY, 270)
                .build()));
        var benefit = plan.benefit("VISITS").orElseThrow();

        assertTrue(benefit.eligibility().admits(FamilyRole.SPOUSE, 40));
        assertFalse(benefit.eligibility().admits(FamilyRole.CHILD, 20));
        assertFalse(benefit.eligibility().admits(FamilyRole.WORKER, 76));
        assertEquals(270, benefit.waitingDays(WaitingCause.PREGNANCY));
        assertEquals(0, benefit.waitingDays(WaitingCause.INJURY));
    }

    @Test
    void the_effective_plan_cannot_be_modified_through_its_views() {
        var plan = resolve(national);

        assertThrows(UnsupportedOperationException.class, () -> plan.fields().clear());
        assertThrows(UnsupportedOperationException.class, () -> plan.benefits().clear());
        assertThrows(UnsupportedOperationException.class,
                () -> plan.benefit("VISITS").orElseThrow().regimes().clear());
    }
}
