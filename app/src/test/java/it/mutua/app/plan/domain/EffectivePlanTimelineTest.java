package it.mutua.app.plan.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static it.mutua.app.plan.domain.Layers.HOUSING;
import static it.mutua.app.plan.domain.Layers.NATIONAL;
import static it.mutua.app.plan.domain.Layers.base;
import static it.mutua.app.plan.domain.Layers.version;
import static it.mutua.app.plan.domain.Money.euros;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EffectivePlanTimelineTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate JUL_1 = LocalDate.of(2026, 7, 1);
    private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);

    private final PublishedLayerVersion national1 = version(NATIONAL, "n1", JAN_1, base().build());
    private final PublishedLayerVersion national2 = version(NATIONAL, "n2", JUL_1,
            base().build().with(new FieldChange.Remove(PlanPaths.perPersonYear("VISITS")),
                    new FieldChange.Set(PlanPaths.minimumPerRequest("VISITS"), euros(20))));
    private final PublishedLayerVersion federation1 = version(HOUSING, "f1", MAR_1,
            Overlay.builder().costShare("VISITS", ProviderRegime.OTHER_NETWORK, CostShare.fixed(euros(40))).build());
    private final EffectivePlanTimeline timeline = new EffectivePlanTimeline("P", List.of(
            LayerVersionHistory.of(national2, national1), LayerVersionHistory.of(federation1)));
    private final EffectivePlanCache cache = new EffectivePlanCache(new PlanResolver(), 100);

    @Test
    void before_the_first_national_version_no_plan_applied() {
        assertTrue(timeline.versionsOn(JAN_1.minusDays(1)).isEmpty());
        assertTrue(timeline.planOn(JAN_1.minusDays(1), cache).isEmpty());
    }

    @Test
    void on_its_effective_date_a_version_is_already_in_force() {
        assertEquals(List.of("n1"), ids(JAN_1));
    }

    @Test
    void a_lower_layer_not_yet_in_force_contributes_nothing() {
        assertEquals(List.of("n1"), ids(MAR_1.minusDays(1)));
        assertEquals(List.of("n1", "f1"), ids(MAR_1));
    }

    @Test
    void the_day_before_a_new_version_the_old_one_still_applies() {
        assertEquals(List.of("n1", "f1"), ids(JUL_1.minusDays(1)));
        assertEquals(List.of("n2", "f1"), ids(JUL_1));
        assertEquals(List.of("n2", "f1"), ids(LocalDate.of(2030, 1, 1)));
    }

    @Test
    void the_plan_on_a_date_is_resolved_from_the_versions_in_force_then() {
        var march = timeline.planOn(MAR_1, cache).orElseThrow();

        assertEquals(CostShare.fixed(euros(40)),
                march.benefit("VISITS").orElseThrow().costShare(ProviderRegime.OTHER_NETWORK).orElseThrow());
        assertTrue(march.benefit("VISITS").orElseThrow().perPersonYear().isPresent());
    }

    @Test
    void a_cooperative_on_an_older_version_set_sees_an_update_pending_with_its_diff() {
        var adopted = new VersionSet("P", List.of("n1", "f1"));

        var diff = timeline.pendingUpdate(adopted, JUL_1, cache).orElseThrow();

        assertEquals(PlanDiff.Kind.REMOVED, diff.entry(PlanPaths.perPersonYear("VISITS")).orElseThrow().kind());
        assertEquals(PlanDiff.Kind.ADDED, diff.entry(PlanPaths.minimumPerRequest("VISITS")).orElseThrow().kind());
    }

    @Test
    void a_cooperative_on_the_versions_in_force_has_no_update_pending() {
        assertTrue(timeline.pendingUpdate(new VersionSet("P", List.of("n2", "f1")), JUL_1, cache).isEmpty());
    }

    private List<String> ids(LocalDate date) {
        return timeline.versionsOn(date).orElseThrow().stream().map(PublishedLayerVersion::id).toList();
    }
}
