package it.mutua.admin.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EditabilityTest {

    private static final PlanModel.Layer NATIONAL = new PlanModel.Layer("NATIONAL", "nazionale", "N");
    private static final PlanModel.Layer SOCIAL = new PlanModel.Layer("FEDERATION", "social", "S");

    private static PlanModel plan(String tenant, PlanModel.Field... fields) {
        return new PlanModel("P", "Piano", tenant, "2026-06-01", List.of(), Map.of(), List.of(fields));
    }

    private static PlanModel.Field field(String path, PlanModel.Layer lockedBy) {
        return new PlanModel.Field(path, Json.createValue("1.00"), "OVERRIDE", "BASE", NATIONAL, NATIONAL, lockedBy);
    }

    @Test
    void aFederationChangesFreeFieldsOfItsOwnPlanButNotWhatNationalLocked() {
        Editability social = Editability.of(List.of("federation-admin"), "social", "FEDERATION");
        PlanModel.Field free = field("contributions/worker", null);
        PlanModel.Field locked = field("benefits/V/ceilings/perPersonYear", NATIONAL);
        PlanModel own = plan("social", free, locked);
        assertTrue(social.mayChange(own, free));
        assertFalse(social.mayChange(own, locked));
        assertTrue(social.lockedAbove(locked));
        assertTrue(social.mayLock());
    }

    @Test
    void aFieldLockedByTheUsersOwnLayerStaysEditableForThem() {
        Editability social = Editability.of(List.of("federation-admin"), "social", "FEDERATION");
        PlanModel.Field ownLock = field("contributions/worker", SOCIAL);
        assertTrue(social.mayChange(plan("social", ownLock), ownLock));
    }

    @Test
    void nobodyEditsAnotherTenantsPlanAndReadersEditNothing() {
        Editability national = Editability.of(List.of("national-admin"), "nazionale", "NATIONAL");
        PlanModel.Field free = field("contributions/worker", null);
        assertFalse(national.mayChange(plan("coop-arcobaleno", free), free), "drafts are of one's own layer");
        Editability officer = Editability.of(List.of("claims-officer"), "nazionale", "NATIONAL");
        assertFalse(officer.mayChange(plan("nazionale", free), free));
        assertFalse(officer.editsPlanOf("nazionale"));
    }

    @Test
    void areasAndUnknownPathsAreNotEditedHereAndCooperativesLockNothing() {
        Editability coop = Editability.of(List.of("coop-admin"), "coop-a", "COOPERATIVE");
        PlanModel.Field area = field("benefits/V/area", null);
        assertFalse(coop.mayChange(plan("coop-a", area), area));
        assertFalse(coop.mayLock());
    }
}
