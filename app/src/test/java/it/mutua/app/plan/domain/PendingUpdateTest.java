package it.mutua.app.plan.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static it.mutua.app.plan.domain.Layers.COOP;
import static it.mutua.app.plan.domain.Layers.HOUSING;
import static it.mutua.app.plan.domain.Layers.LOMBARDY;
import static it.mutua.app.plan.domain.Layers.NATIONAL;
import static it.mutua.app.plan.domain.Layers.base;
import static it.mutua.app.plan.domain.Layers.version;
import static it.mutua.app.plan.domain.Money.euros;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PendingUpdateTest {

    private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);
    private final EffectivePlanCache cache = new EffectivePlanCache(new PlanResolver(), 50);
    private final PublishedLayerVersion n1 = version(NATIONAL, "n1", base().workerContribution(euros(60)).build());
    private final PublishedLayerVersion n2 = new LayerDraft(NATIONAL, "P", base().workerContribution(euros(66))
            .build()).publish("n2", 2, MAY_1);
    private final List<PublishedLayerVersion> options =
            Adoption.withOptions(List.of(), COOP, "P", new AdoptionOptions(false));

    @Test
    void nothing_is_pending_while_the_upstream_versions_are_the_ones_adopted() {
        assertTrue(PendingUpdate.between(List.of(n1), List.of(n1), options, options, cache).isEmpty());
    }

    @Test
    void a_newer_national_version_is_pending_with_each_changed_field_before_and_after() {
        var update = PendingUpdate.between(List.of(n1), List.of(n2), options, options, cache).orElseThrow();

        var worker = update.diff().orElseThrow().entry(PlanPaths.WORKER_CONTRIBUTION).orElseThrow();
        assertEquals(PlanDiff.Kind.CHANGED, worker.kind());
        assertEquals(euros(60), worker.oldValue().orElseThrow());
        assertEquals(euros(66), worker.newValue().orElseThrow());
        assertEquals(1, update.diff().orElseThrow().entries().size(), "only the value that changed");
        assertEquals(MAY_1, update.availableFrom());
        assertTrue(update.conflict().isEmpty());
    }

    @Test
    void an_update_can_be_adopted_from_the_latest_effective_date_among_its_versions() {
        var region = new LayerDraft(LOMBARDY, "P", Overlay.builder()
                .addBenefit("HOME_CARE", BenefitArea.LOCAL, "Assistenza domiciliare").build())
                .publish("r1", 1, LocalDate.of(2026, 9, 1));

        var update = PendingUpdate.between(List.of(n1), List.of(n2, region), options, options, cache).orElseThrow();

        assertEquals(LocalDate.of(2026, 9, 1), update.availableFrom());
        assertEquals(PlanDiff.Kind.ADDED,
                update.diff().orElseThrow().entry("benefits/HOME_CARE/name").orElseThrow().kind());
    }

    @Test
    void a_new_upstream_lock_on_the_cooperative_choice_is_reported_as_a_conflict_instead_of_a_diff() {
        var locking = new LayerDraft(NATIONAL, "P", base().familyExtension(true).lock(PlanPaths.FAMILY_EXTENSION)
                .build()).publish("n2", 2, MAY_1);

        var update = PendingUpdate.between(List.of(n1), List.of(locking), options, options, cache).orElseThrow();

        assertTrue(update.diff().isEmpty());
        assertEquals("plan.field.locked", update.conflict().orElseThrow().code());
    }

    @Test
    void newest_takes_the_last_version_of_each_layer_that_has_one() {
        var national = new LayerVersionHistory(NATIONAL, List.of(n1, n2));
        var federation = new LayerVersionHistory(HOUSING, List.of());

        assertEquals(List.of(n2), PendingUpdate.newest(List.of(national, federation)));
    }

    @Test
    void a_plan_seen_for_the_first_time_lists_every_field_as_added() {
        var plan = new PlanResolver().resolve(List.of(n1));

        var diff = PlanDiff.introducing(plan);

        assertEquals(plan.fields().size(), diff.entries().size());
        assertTrue(diff.entries().stream().allMatch(e -> e.kind() == PlanDiff.Kind.ADDED));
    }
}
