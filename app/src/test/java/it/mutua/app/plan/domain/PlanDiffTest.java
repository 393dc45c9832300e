package it.mutua.app.plan.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static it.mutua.app.plan.domain.Layers.HOUSING;
import static it.mutua.app.plan.domain.Layers.LOMBARDY;
import static it.mutua.app.plan.domain.Layers.NATIONAL;
import static it.mutua.app.plan.domain.Layers.base;
import static it.mutua.app.plan.domain.Layers.resolve;
import static it.mutua.app.plan.domain.Layers.version;
import static it.mutua.app.plan.domain.Money.euros;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanDiffTest {

    private final PublishedLayerVersion national = version(NATIONAL, "n1", base().build());

    @Test
    void a_changed_value_shows_old_and_new_with_who_set_each() {
        var before = resolve(national);
        var after = resolve(national,
                version(HOUSING, "f1", Overlay.builder().perPersonYear("VISITS", euros(800)).build()));

        var entry = PlanDiff.between(before, after).entry(PlanPaths.perPersonYear("VISITS")).orElseThrow();

        assertEquals(PlanDiff.Kind.CHANGED, entry.kind());
        assertEquals(Optional.of(euros(700)), entry.oldValue());
        assertEquals(Optional.of(euros(800)), entry.newValue());
        assertEquals("national", entry.before().orElseThrow().provenance().text());
        assertEquals("changed by housing federation", entry.after().orElseThrow().provenance().text());
    }

    @Test
    void an_added_benefit_appears_as_added_fields_only() {
        var after = resolve(national, version(LOMBARDY, "r1", Overlay.builder()
                .addBenefit("HOME_CARE", BenefitArea.LOCAL, "Assistenza domiciliare").build()));

        var diff = PlanDiff.between(resolve(national), after);

        assertEquals(List.of("benefits/HOME_CARE/area", "benefits/HOME_CARE/name"),
                diff.entries().stream().map(PlanDiff.Entry::path).toList());
        assertTrue(diff.entries().stream().allMatch(e -> e.kind() == PlanDiff.Kind.ADDED));
    }

    @Test
    void a_removed_provider_rule_appears_as_removed() {
        var after = resolve(national, version(LOMBARDY, "r1",
                Overlay.builder().remove("benefits/VISITS/regimes/COOPERATIVE_NETWORK").build()));

        var diff = PlanDiff.between(resolve(national), after);

        assertEquals(1, diff.entries().size());
        assertEquals(PlanDiff.Kind.REMOVED, diff.entries().getFirst().kind());
        assertTrue(diff.entries().getFirst().newValue().isEmpty());
    }

    @Test
    void two_plans_with_the_same_values_have_no_diff_even_if_another_layer_restated_one() {
        var restated = resolve(national,
                version(HOUSING, "f1", Overlay.builder().perPersonYear("VISITS", euros(700)).build()));

        assertTrue(PlanDiff.between(resolve(national), restated).isEmpty());
    }
}
