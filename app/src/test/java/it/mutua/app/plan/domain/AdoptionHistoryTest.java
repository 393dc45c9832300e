package it.mutua.app.plan.domain;

import it.mutua.app.kernel.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static it.mutua.app.plan.domain.Layers.COOP;
import static it.mutua.app.plan.domain.Layers.JAN_1;
import static it.mutua.app.plan.domain.Layers.NATIONAL;
import static it.mutua.app.plan.domain.Layers.base;
import static it.mutua.app.plan.domain.Layers.version;
import static it.mutua.app.plan.domain.Money.euros;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdoptionHistoryTest {

    private static final LocalDate JUL_1 = LocalDate.of(2026, 7, 1);
    private final PublishedLayerVersion v1 = version(NATIONAL, "n1", base().workerContribution(euros(60))
            .familyContribution(FamilyRole.SPOUSE, AgeBand.any(), euros(60)).build());
    private final PublishedLayerVersion v2 = new LayerDraft(NATIONAL, "P", base().workerContribution(euros(66))
            .familyContribution(FamilyRole.SPOUSE, AgeBand.any(), euros(60)).build()).publish("n2", 2, JUL_1);

    private Adoption adoption(int number, LocalDate from, PublishedLayerVersion national, boolean family) {
        return new Adoption(number, "P", from, Optional.empty(), List.of(national), new AdoptionOptions(family));
    }

    @Test
    void adopting_a_newer_version_from_a_date_closes_the_previous_one_the_day_before() {
        var history = AdoptionHistory.empty().adopt(adoption(1, JAN_1, v1, false)).adopt(adoption(2, JUL_1, v2, true));

        assertEquals(Optional.of(LocalDate.of(2026, 6, 30)), history.adoptions().get(0).effectiveTo());
        assertEquals(Optional.empty(), history.adoptions().get(1).effectiveTo());
        assertEquals(1, history.inForceOn(LocalDate.of(2026, 6, 30)).orElseThrow().number());
        assertEquals(2, history.inForceOn(JUL_1).orElseThrow().number());
        assertEquals(3, history.nextNumber());
    }

    @Test
    void no_adoption_is_in_force_before_the_first_one() {
        var history = AdoptionHistory.empty().adopt(adoption(1, JUL_1, v1, false));

        assertTrue(history.inForceOn(LocalDate.of(2026, 6, 30)).isEmpty());
        assertTrue(history.inForceOn(LocalDate.of(2099, 1, 1)).isPresent(), "open-ended until the next adoption");
    }

    @Test
    void an_adoption_that_does_not_start_after_the_latest_one_is_a_conflict() {
        var history = AdoptionHistory.empty().adopt(adoption(1, JUL_1, v1, false));

        var same = assertThrows(RuleViolation.class, () -> history.adopt(adoption(2, JUL_1, v2, false)));
        var earlier = assertThrows(RuleViolation.class, () -> history.adopt(adoption(2, JAN_1, v2, false)));

        assertEquals("plan.adoption.notAfterLatest", same.code());
        assertEquals(RuleViolation.Kind.CONFLICT, earlier.kind());
    }

    @Test
    void switching_to_another_plan_closes_the_previous_plan_too() {
        var other = new Adoption(2, "Q", JUL_1, Optional.empty(),
                List.of(new LayerDraft(NATIONAL, "Q", base().build()).publish("q1", 1, JAN_1)),
                new AdoptionOptions(false));
        var history = AdoptionHistory.empty().adopt(adoption(1, JAN_1, v1, false)).adopt(other);

        assertEquals("P", history.inForceOn(LocalDate.of(2026, 3, 1)).orElseThrow().planCode());
        assertEquals("Q", history.inForceOn(LocalDate.of(2026, 8, 1)).orElseThrow().planCode());
        assertEquals(1, history.latestOf("P").orElseThrow().number());
    }

    @Test
    void the_options_are_the_cooperative_layer_and_set_the_family_extension_with_the_cooperative_as_provenance() {
        var plan = new PlanResolver().resolve(adoption(1, JAN_1, v1, false).layers(COOP));

        assertFalse(plan.familyExtensionOffered());
        assertEquals("added by Cooperativa Aurora", plan.provenance(PlanPaths.FAMILY_EXTENSION).orElseThrow().text());
    }

    @Test
    void an_upper_lock_on_the_family_extension_refuses_a_different_choice_naming_the_lock_owner() {
        var locked = version(NATIONAL, "n1", base().familyExtension(true).lock(PlanPaths.FAMILY_EXTENSION).build());

        var refused = assertThrows(RuleViolation.class,
                () -> new PlanResolver().resolve(adoption(1, JAN_1, locked, false).layers(COOP)));

        assertEquals("plan.field.locked", refused.code());
        assertEquals("national", refused.args()[1]);
    }

    @Test
    void offering_the_family_extension_of_a_plan_without_family_contributions_is_refused() {
        var workersOnly = new PlanResolver().resolve(List.of(version(NATIONAL, "n1", base().build())));

        var refused = assertThrows(RuleViolation.class,
                () -> Adoption.requireCoherent(workersOnly, new AdoptionOptions(true)));

        assertEquals("plan.adoption.noFamilyContributions", refused.code());
        assertEquals("options.familyExtensionOffered", refused.field());
    }

    @Test
    void equal_choices_on_equal_versions_share_one_cached_plan() {
        var cache = new EffectivePlanCache(new PlanResolver(), 10);
        var first = cache.get(adoption(1, JAN_1, v1, true).layers(COOP));
        var again = cache.get(Adoption.withOptions(List.of(v1), COOP, "P", new AdoptionOptions(true)));

        assertSame(first, again);
        assertEquals(1, cache.size());
    }
}
