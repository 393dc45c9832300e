package it.mutua.app.plan.domain;

import it.mutua.app.kernel.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static it.mutua.app.plan.domain.Layers.HOUSING;
import static it.mutua.app.plan.domain.Layers.JAN_1;
import static it.mutua.app.plan.domain.Layers.LOMBARDY;
import static it.mutua.app.plan.domain.Layers.NATIONAL;
import static it.mutua.app.plan.domain.Layers.base;
import static it.mutua.app.plan.domain.Money.euros;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DescendantCheckTest {

    private static final LocalDate JUL_1 = LocalDate.of(2026, 7, 1);
    private final PlanResolver resolver = new PlanResolver();
    private final PublishedLayerVersion n1 = publish(NATIONAL, 1, JAN_1, base().workerContribution(euros(60)));
    private final LayerVersionHistory national = new LayerVersionHistory(NATIONAL, List.of(n1));

    private static PublishedLayerVersion publish(LayerRef layer, int number, LocalDate from, Overlay.Builder overlay) {
        return new LayerDraft(layer, "P", overlay.build()).publish(layer.tenantCode() + ":" + number, number, from);
    }

    private LayerVersionHistory housingChangingTheContribution() {
        return new LayerVersionHistory(HOUSING, List.of(publish(HOUSING, 1, JAN_1,
                Overlay.builder().workerContribution(euros(54)))));
    }

    @Test
    void a_national_lock_on_a_field_a_federation_changed_is_refused_naming_the_federation() {
        var locking = publish(NATIONAL, 2, JUL_1, base().workerContribution(euros(60))
                .lock(PlanPaths.WORKER_CONTRIBUTION));
        var federation = housingChangingTheContribution();

        var refused = assertThrows(RuleViolation.class, () -> DescendantCheck.verify(resolver, locking,
                List.of(List.of(national), List.of(national, federation))));

        assertEquals("plan.publish.lockOverridden", refused.code());
        assertEquals(RuleViolation.Kind.CONFLICT, refused.kind());
        assertEquals(PlanPaths.WORKER_CONTRIBUTION, refused.args()[0]);
        assertEquals("housing federation", refused.args()[1]);
    }

    @Test
    void a_national_lock_on_a_field_no_descendant_touches_is_accepted() {
        var locking = publish(NATIONAL, 2, JUL_1, base().workerContribution(euros(60))
                .lock(PlanPaths.perPersonYear("VISITS")));

        assertDoesNotThrow(() -> DescendantCheck.verify(resolver, locking,
                List.of(List.of(national), List.of(national, housingChangingTheContribution()))));
    }

    @Test
    void a_regional_change_of_a_field_a_federation_locked_is_refused_naming_the_federation_lock() {
        var federation = new LayerVersionHistory(HOUSING, List.of(publish(HOUSING, 1, JAN_1,
                Overlay.builder().minimumPerRequest("VISITS", euros(20)).lock(PlanPaths.minimumPerRequest("VISITS")))));
        var regional = publish(LOMBARDY, 1, JUL_1, Overlay.builder().minimumPerRequest("VISITS", euros(10)));
        var lombardy = new LayerVersionHistory(LOMBARDY, List.of());

        var refused = assertThrows(RuleViolation.class, () -> DescendantCheck.verify(resolver, regional,
                List.of(List.of(national, lombardy), List.of(national, federation, lombardy))));

        assertEquals("plan.field.locked", refused.code());
        assertEquals("housing federation", refused.args()[1]);
    }

    @Test
    void a_future_upper_version_already_published_is_checked_on_its_own_date() {
        var futureLock = publish(NATIONAL, 2, LocalDate.of(2027, 1, 1), base().workerContribution(euros(60))
                .lock(PlanPaths.WORKER_CONTRIBUTION));
        var nationalWithFuture = new LayerVersionHistory(NATIONAL, List.of(n1, futureLock));
        var candidate = publish(HOUSING, 1, JUL_1, Overlay.builder().workerContribution(euros(54)));
        var housing = new LayerVersionHistory(HOUSING, List.of());

        var refused = assertThrows(RuleViolation.class, () -> DescendantCheck.verify(resolver, candidate,
                List.of(List.of(nationalWithFuture, housing))));

        assertEquals("plan.field.locked", refused.code());
    }

    @Test
    void lowering_a_ceiling_below_a_sub_ceiling_a_descendant_set_is_refused_as_breaking_that_descendant() {
        var region = new LayerVersionHistory(LOMBARDY, List.of(publish(LOMBARDY, 1, JAN_1,
                Overlay.builder().subCeiling("VISITS", "cardiology", euros(500)))));
        var lower = publish(NATIONAL, 2, JUL_1, Overlay.builder().name("Base")
                .addBenefit("VISITS", BenefitArea.SPECIALIST_VISITS, "Visite").perPersonYear("VISITS", euros(300)));

        var refused = assertThrows(RuleViolation.class, () -> DescendantCheck.verify(resolver, lower,
                List.of(List.of(national), List.of(national, region))));

        assertEquals("plan.publish.breaksDescendant", refused.code());
        assertEquals("Lombardy", refused.args()[0]);
        assertEquals(PlanPaths.perPersonYear("VISITS"), refused.args()[1]);
    }

    @Test
    void a_combination_of_federation_and_region_is_checked_as_a_whole() {
        var federation = housingChangingTheContribution();
        var region = new LayerVersionHistory(LOMBARDY, List.of(publish(LOMBARDY, 1, JAN_1,
                Overlay.builder().perPersonYear("VISITS", euros(900)))));
        var locking = publish(NATIONAL, 2, JUL_1, base().workerContribution(euros(60))
                .lock(PlanPaths.perPersonYear("VISITS")));

        var refused = assertThrows(RuleViolation.class, () -> DescendantCheck.verify(resolver, locking,
                List.of(List.of(national), List.of(national, federation), List.of(national, federation, region))));

        assertEquals("Lombardy", refused.args()[1]);
    }
}
