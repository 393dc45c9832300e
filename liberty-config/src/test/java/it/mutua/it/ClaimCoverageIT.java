package it.mutua.it;

import static it.mutua.it.ClaimFixtures.claim;
import static it.mutua.it.ClaimFixtures.diagnostics;
import static it.mutua.it.ClaimFixtures.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.mutua.it.support.Http;
import it.mutua.it.support.People;
import it.mutua.it.support.Users;

/**
 * Claims on the real members, plans and network: coverage from the person index (family units, the enrolling tenant
 * found without being named), the plan from the cooperative's adoption or a regional mutual's chain, and the regime
 * from the network registry, never from the form.
 */
class ClaimCoverageIT {

    private static final String OFFICER = Users.token(Users.CLAIMS_OFFICER);

    @BeforeAll
    static void sampling() {
        ClaimFixtures.deterministicSampling();
    }

    private static JsonObject lineOf(JsonObject claim, int i) {
        return claim.getJsonArray("lines").getJsonObject(i);
    }

    @Test
    void aMemberClaimsForTheirSpouseAndTheClaimIsJudgedOnTheSpousesCoverage() {
        var member = ClaimFixtures.freshMember();
        String spouse = ClaimFixtures.spouseOf(member);
        Http.Response r = Http.post("/api/claims", member.token(), claim(spouse, null, diagnostics("SSN_TICKET", "36.15")));
        assertEquals(201, r.status(), r::toString);
        assertEquals(spouse, r.json().getString("fiscalCode"));
        assertEquals("21.15", lineOf(r.json(), 0).getString("approved"));
        assertEquals(200, Http.get("/api/claims/" + r.json().getJsonNumber("id"), member.token()).status(),
                "the holder follows the family's claims");
    }

    @Test
    void anOfficerNeedNotNameTheCooperativeButAWrongOneIsNotCovered() {
        var member = ClaimFixtures.freshMember();
        Http.Response found = Http.post("/api/claims", OFFICER, claim(member.fiscalCode(), null,
                diagnostics("SSN_TICKET", "36.15")));
        assertEquals(201, found.status(), found::toString);
        Http.Response wrong = Http.send("POST", "/api/claims", OFFICER, claim(member.fiscalCode(),
                ClaimFixtures.housingCoop().code(), diagnostics("SSN_TICKET", "36.15")), "en");
        assertEquals(400, wrong.status(), wrong::toString);
        assertEquals("claim.line.notCovered", wrong.code());
    }

    @Test
    void theRegimeIsTheNetworkRegistrysWhateverTheFormDeclares() {
        var member = ClaimFixtures.freshMember();
        String declaredOut = "{\"benefit\":\"HIGH_SPECIALISATION_DIAGNOSTICS\",\"facility\":\""
                + ClaimFixtures.cooperativeProvider() + "\",\"regime\":\"OUT_OF_NETWORK\",\"serviceDate\":\""
                + ClaimFixtures.SERVICE_DAY + "\",\"invoiced\":150,\"invoiceNumber\":\"F-" + Users.unique()
                + "\",\"invoiceDate\":\"" + ClaimFixtures.SERVICE_DAY + "\"}";
        Http.Response r = Http.post("/api/claims", member.token(), claim(null, null, declaredOut,
                diagnostics("OTHER_NETWORK", "150.00")));
        assertEquals(201, r.status(), r::toString);
        assertEquals("COOPERATIVE_NETWORK", lineOf(r.json(), 0).getString("regime"));
        assertEquals("120.00", lineOf(r.json(), 0).getString("approved"), "€30 left to the member at a cooperative provider");
        assertEquals("OTHER_NETWORK", lineOf(r.json(), 1).getString("regime"));
        assertEquals("105.00", lineOf(r.json(), 1).getString("approved"), "€45 left at another network provider");
        String covered = lineOf(r.json(), 0).getJsonArray("reasons").getJsonObject(0).getString("en");
        assertTrue(covered.contains("nazionale:SOCIAL_COOPERATION:"), "the versions judged on are named: " + covered);
    }

    @Test
    void aPersonEnrolledIndividuallyByARegionalMutualIsJudgedOnTheRegionalChain() {
        String lombardia = Users.token(Users.LOMBARDIA);
        String person = People.fiscalCode(1970, 5, 5, true);
        assertEquals(201, Http.post("/api/members", lombardia, People.worker(person, "Rita", "Valli", null)).status());
        Http.Response enrolled = Http.post("/api/enrolments/individual", lombardia, "{\"fiscalCode\":\"" + person
                + "\",\"planCode\":\"" + ClaimFixtures.PLAN + "\",\"from\":\"" + ClaimFixtures.ADHESION + "\"}");
        assertEquals(201, enrolled.status(), enrolled::toString);

        Http.Response r = Http.post("/api/claims", OFFICER, claim(person, "lombardia",
                diagnostics("OUT_OF_NETWORK", "150.00")));
        assertEquals(201, r.status(), r::toString);
        assertEquals("90.00", lineOf(r.json(), 0).getString("approved"));
        String covered = lineOf(r.json(), 0).getJsonArray("reasons").getJsonObject(0).getString("en");
        assertTrue(covered.contains("lombardia:SOCIAL_COOPERATION:"), "the regional layer is part of the plan: " + covered);
    }

    @Test
    void aServiceBeforeTheAdhesionIsRefusedAsBeforeEnrolment() {
        var member = ClaimFixtures.freshMember();
        var before = ClaimFixtures.ADHESION.minusDays(1);
        Http.Response r = Http.send("POST", "/api/claims", member.token(), claim(null, null,
                line("HIGH_SPECIALISATION_DIAGNOSTICS", "SSN_TICKET", "36.15", before, before)), "it");
        assertEquals(400, r.status(), r::toString);
        assertEquals("claim.line.beforeEnrolment", r.code());
        assertTrue(r.json().getString("message").contains("iscrizione"), r::toString);
    }
}
