package it.mutua.admin.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

class PlanModelTest {

    /** The shape of GET /api/plans/{code}/effective, abridged. */
    private static final String EFFECTIVE = """
            {"planCode":"SOCIAL_COOPERATION","name":"Piano sociale","tenant":"coop-arcobaleno","date":"2026-06-01",
             "versions":["nazionale:SOCIAL_COOPERATION:1","social:SOCIAL_COOPERATION:1"],
             "benefits":[{"code":"VISITS","area":"SPECIALIST_VISITS","name":"Visite specialistiche","vincolata":false,"fields":{}}],
             "fields":[
              {"path":"benefits/VISITS/ceilings/perPersonYear","value":"700.00","rule":"OVERRIDE",
               "provenance":{"kind":"BASE","setBy":{"level":"NATIONAL","tenant":"nazionale","name":"Nazionale"},
                             "addedBy":{"level":"NATIONAL","tenant":"nazionale","name":"Nazionale"},"it":"Nazionale","en":"Nazionale"},
               "lockedBy":{"level":"NATIONAL","tenant":"nazionale","name":"Nazionale"}},
              {"path":"contributions/worker","value":"72.00","rule":"OVERRIDE",
               "provenance":{"kind":"CHANGED","setBy":{"level":"FEDERATION","tenant":"social","name":"Federazione sociale"},
                             "addedBy":{"level":"NATIONAL","tenant":"nazionale","name":"Nazionale"},"it":"x","en":"x"}}]}
            """;

    private static PlanModel model() {
        JsonObject json = Json.createReader(new StringReader(EFFECTIVE)).readObject();
        return PlanModel.of(json);
    }

    @Test
    void theApisEffectivePlanIsReadWithProvenanceAndLocks() {
        PlanModel model = model();
        assertEquals("coop-arcobaleno", model.tenant());
        assertEquals(2, model.versions().size());
        PlanModel.Field ceiling = model.fields().get(0);
        assertEquals("VISITS", ceiling.benefit());
        assertEquals("Visite specialistiche", model.sectionOf(ceiling));
        assertTrue(ceiling.locked());
        assertEquals("nazionale", ceiling.lockedBy().tenant());
        PlanModel.Field worker = model.fields().get(1);
        assertNull(worker.benefit());
        assertNull(model.sectionOf(worker));
        assertEquals("Federazione sociale", worker.setBy().name());
        assertTrue(worker.differsFromNational());
        assertTrue(!ceiling.differsFromNational());
    }

    @Test
    void fieldTypesFollowThePlanPaths() {
        assertEquals(FieldType.MONEY, FieldType.of("contributions/family/CHILD/0-25"));
        assertEquals(FieldType.COST_SHARE, FieldType.of("benefits/V/regimes/OUT_OF_NETWORK/costShare"));
        assertEquals(FieldType.DAYS, FieldType.of("benefits/V/waitingDays/ILLNESS"));
        assertEquals(FieldType.BOOLEAN, FieldType.of("benefits/V/eligibility/roles/CHILD"));
        assertEquals(FieldType.OTHER, FieldType.of("benefits/V/regimes/OUT_OF_NETWORK"));
        assertTrue(!FieldType.AREA.editable() && FieldType.TEXT.editable());
    }
}
