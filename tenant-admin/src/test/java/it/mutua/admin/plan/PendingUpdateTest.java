package it.mutua.admin.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** {@code GET /api/plans/{code}/pending} as the adoption panel reads it. */
class PendingUpdateTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aCooperativeThatNeverAdoptedSeesThePlanOnOfferFromItsDate() {
        PendingUpdate offer = PendingUpdate.of(json("{'planCode':'P','tenant':'c','kind':'COOPERATIVE','pending':true,"
                + "'current':[],'available':[],'availableFrom':'2026-03-01','changes':[{'path':'contributions/worker',"
                + "'kind':'ADDED','after':{'value':'60.00','provenance':'base nazionale'}}]}"));
        assertFalse(offer.adopted());
        assertTrue(offer.pending());
        assertEquals(1, offer.changes().size());
        assertNull(offer.changes().get(0).before());
        assertEquals("\"60.00\"", offer.changes().get(0).after().toString());
        assertEquals(LocalDate.of(2026, 3, 1), offer.proposedDate(TODAY), "the plan's own date, even in the past");
    }

    @Test
    void anUpdateIsProposedFromItsDateButNeverOnOrBeforeTheAdoptionInForce() {
        String adopted = "'adopted':{'tenant':'c','planCode':'P','adoption':1,'effectiveFrom':'2026-07-01',"
                + "'options':{'familyExtensionOffered':true},'versions':[]}";
        PendingUpdate later = PendingUpdate.of(json("{'kind':'COOPERATIVE','pending':true," + adopted
                + ",'availableFrom':'2027-01-01','changes':[{'path':'benefits/VISITS/ceilings/perPersonYear','kind':'CHANGED',"
                + "'before':{'value':'700.00'},'after':{'value':'800.00'}}]}"));
        assertTrue(later.adopted() && later.familyExtensionOffered());
        assertEquals("VISITS", later.changes().get(0).benefit());
        assertEquals(LocalDate.of(2027, 1, 1), later.proposedDate(TODAY));
        PendingUpdate earlier = PendingUpdate.of(json("{'kind':'COOPERATIVE','pending':true," + adopted
                + ",'availableFrom':'2026-02-01','changes':[]}"));
        assertEquals(LocalDate.of(2026, 12, 1), earlier.proposedDate(TODAY), "after the adoption in force");
    }

    @Test
    void aConflictStopsTheUpdateAndIsKeptInWords() {
        PendingUpdate blocked = PendingUpdate.of(json("{'kind':'COOPERATIVE','pending':true,'availableFrom':'2027-01-01',"
                + "'conflict':{'code':'plan.field.locked','message':'bloccato da Mutua Nazionale'}}"));
        assertEquals("bloccato da Mutua Nazionale", blocked.conflict());
        assertTrue(blocked.changes().isEmpty());
    }
}
