package it.mutua.app.plan.domain;

import it.mutua.app.kernel.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;
import java.util.List;

import static it.mutua.app.plan.domain.Layers.HOUSING;
import static it.mutua.app.plan.domain.Layers.NATIONAL;
import static it.mutua.app.plan.domain.Layers.base;
import static it.mutua.app.plan.domain.Layers.resolve;
import static it.mutua.app.plan.domain.Layers.version;
import static it.mutua.app.plan.domain.Money.euros;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PlanValidationTest {

    private static RuleViolation invalid(Executable action) {
        var error = assertThrows(RuleViolation.class, action);
        assertEquals(RuleViolation.Kind.INVALID, error.kind());
        return error;
    }

    @Test
    void a_negative_ceiling_is_refused_with_its_path() {
        var error = invalid(() -> Overlay.builder().perPersonYear("VISITS", euros(-1)));
        assertEquals("plan.money.negative", error.code());
        assertEquals("benefits/VISITS/ceilings/perPersonYear", error.field());
    }

    @Test
    void a_negative_contribution_is_refused() {
        var error = invalid(() -> Overlay.builder().workerContribution(Money.euros("-0.01")));
        assertEquals("contributions/worker", error.field());
    }

    @Test
    void a_negative_fixed_share_is_refused() {
        var error = invalid(() -> Overlay.builder()
                .costShare("VISITS", ProviderRegime.OTHER_NETWORK, CostShare.fixed(euros(-5))));
        assertEquals("plan.money.negative", error.code());
    }

    @Test
    void a_scoperto_above_100_percent_is_refused_with_its_path() {
        var error = invalid(() -> Overlay.builder()
                .costShare("VISITS", ProviderRegime.OUT_OF_NETWORK, CostShare.scoperto(Percent.of(101), euros(0))));
        assertEquals("plan.scoperto.percentOutOfRange", error.code());
        assertEquals("benefits/VISITS/regimes/OUT_OF_NETWORK/costShare", error.field());
    }

    @Test
    void a_negative_scoperto_is_refused() {
        invalid(() -> Overlay.builder()
                .costShare("VISITS", ProviderRegime.OUT_OF_NETWORK, CostShare.scoperto(Percent.of("-0.5"), euros(0))));
    }

    @Test
    void scoperto_at_the_bounds_0_and_100_is_accepted() {
        assertDoesNotThrow(() -> Overlay.builder()
                .costShare("VISITS", ProviderRegime.OUT_OF_NETWORK, CostShare.scoperto(Percent.of(0), euros(0)))
                .costShare("VISITS", ProviderRegime.OTHER_NETWORK, CostShare.scoperto(Percent.of(100), euros(0))));
    }

    @Test
    void a_ceiling_smaller_than_its_sub_ceiling_is_refused_on_the_resolved_plan() {
        var error = invalid(() -> resolve(version(NATIONAL, "n1",
                base().subCeiling("VISITS", "PSYCHOLOGY", euros(701)).build())));
        assertEquals("plan.ceiling.smallerThanSubCeiling", error.code());
        assertEquals("benefits/VISITS/ceilings/perPersonYear", error.field());
    }

    @Test
    void a_lower_layer_lowering_a_ceiling_under_an_inherited_sub_ceiling_is_refused() {
        var national = version(NATIONAL, "n1", base().subCeiling("VISITS", "PSYCHOLOGY", euros(300)).build());
        var federation = version(HOUSING, "f1", Overlay.builder().perPersonYear("VISITS", euros(200)).build());

        assertEquals("plan.ceiling.smallerThanSubCeiling", invalid(() -> resolve(national, federation)).code());
    }

    @Test
    void a_family_ceiling_smaller_than_the_person_ceiling_is_refused() {
        var error = invalid(() -> resolve(version(NATIONAL, "n1", base().perFamilyYear("VISITS", euros(500)).build())));
        assertEquals("benefits/VISITS/ceilings/perFamilyYear", error.field());
    }

    @Test
    void a_sub_ceiling_equal_to_the_ceiling_is_accepted() {
        assertDoesNotThrow(() -> resolve(version(NATIONAL, "n1",
                base().subCeiling("VISITS", "PSYCHOLOGY", euros(700)).build())));
    }

    @Test
    void a_minimum_per_request_greater_than_the_ceiling_is_refused() {
        var error = invalid(() -> resolve(version(NATIONAL, "n1",
                base().minimumPerRequest("VISITS", euros(701)).build())));
        assertEquals("plan.minimum.exceedsCeiling", error.code());
        assertEquals("benefits/VISITS/minimumPerRequest", error.field());
    }

    @Test
    void two_versions_of_a_layer_with_the_same_effective_date_are_refused() {
        var first = version(NATIONAL, "n1", LocalDate.of(2026, 1, 1), base().build());
        var second = version(NATIONAL, "n2", LocalDate.of(2026, 1, 1), base().build());

        var error = invalid(() -> LayerVersionHistory.of(first, second));
        assertEquals("plan.version.effectiveDateOverlap", error.code());
        assertEquals("versions[1].effectiveFrom", error.field());
    }

    @Test
    void an_empty_plan_name_is_refused() {
        var error = invalid(() -> Overlay.builder().name("  "));
        assertEquals("plan.name.empty", error.code());
        assertEquals("name", error.field());
    }

    @Test
    void a_plan_no_layer_names_is_refused() {
        var error = invalid(() -> resolve(version(NATIONAL, "n1", Overlay.empty())));
        assertEquals("plan.name.empty", error.code());
    }

    @Test
    void a_benefit_code_added_twice_in_one_layer_is_refused() {
        var builder = Overlay.builder()
                .addBenefit("DENTAL", BenefitArea.DENTAL, "Cure dentarie")
                .addBenefit("DENTAL", BenefitArea.DENTAL, "Odontoiatria");

        var error = invalid(builder::build);
        assertEquals("plan.benefit.duplicate", error.code());
        assertEquals("benefits/DENTAL", error.field());
    }

    @Test
    void the_same_path_set_twice_in_one_layer_is_refused() {
        var builder = base().perPersonYear("VISITS", euros(800));

        assertEquals("plan.overlay.duplicatePath", invalid(builder::build).code());
    }

    @Test
    void an_unknown_path_is_refused() {
        var error = invalid(() -> new FieldChange.Set("benefits/VISITS/ceilings/perWeek", euros(1)));
        assertEquals("plan.path.unknown", error.code());
    }

    @Test
    void a_value_of_the_wrong_type_is_refused() {
        assertEquals("plan.value.wrongType",
                invalid(() -> new FieldChange.Set(PlanPaths.perPersonYear("VISITS"), 700)).code());
    }

    @Test
    void a_badly_formed_benefit_code_is_refused() {
        assertEquals("plan.benefit.codeInvalid",
                invalid(() -> new FieldChange.AddBenefit("visite mediche", BenefitArea.LOCAL, "Visite")).code());
    }

    @Test
    void overlapping_age_bands_for_one_role_are_refused() {
        var error = invalid(() -> resolve(version(NATIONAL, "n1", base()
                .familyContribution(FamilyRole.CHILD, AgeBand.between(0, 26), euros(48))
                .familyContribution(FamilyRole.CHILD, AgeBand.from(26), euros(60))
                .build())));
        assertEquals("plan.contribution.ageBandsOverlap", error.code());
    }

    @Test
    void a_negative_waiting_period_is_refused() {
        assertEquals("plan.number.outOfRange",
                invalid(() -> Overlay.builder().waitingDays("VISITS", WaitingCause.ILLNESS, -1)).code());
    }

    @Test
    void the_plan_name_cannot_be_removed() {
        assertEquals("plan.field.required", invalid(() -> new FieldChange.Remove("name")).code());
    }

    @Test
    void a_lock_on_a_path_outside_the_grammar_is_refused() {
        assertEquals("plan.path.unknown", invalid(() -> new FieldChange.Lock("benefits/VISITS/colour")).code());
    }

    @Test
    void a_valid_plan_passes_every_check() {
        assertDoesNotThrow(() -> new PlanResolver().resolve(List.of(DemoPlans.familyDentalNationalV1())));
    }
}
