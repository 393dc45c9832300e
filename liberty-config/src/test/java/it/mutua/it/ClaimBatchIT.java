package it.mutua.it;

import static it.mutua.it.ClaimFixtures.claim;
import static it.mutua.it.ClaimFixtures.diagnostics;
import static it.mutua.it.ClaimFixtures.line;
import static it.mutua.it.ClaimFixtures.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.mutua.it.support.Db;
import it.mutua.it.support.Http;
import it.mutua.it.support.People;
import it.mutua.it.support.Users;

/**
 * Claims in batches on the real server: adjudicated and stored like single claims (transitions, audit, figures), all
 * or nothing with every refusal by position, officers only (the employer gets 404), and a ceiling that concurrent
 * batches and single claims never overspend.
 */
class ClaimBatchIT {

    private static final String OFFICER = Users.token(Users.CLAIMS_OFFICER);

    @BeforeAll
    static void sampling() {
        ClaimFixtures.deterministicSampling();
    }

    private static String batch(String... claims) {
        return "{\"claims\":[" + String.join(",", claims) + "]}";
    }

    private static long claimsOf(String fiscalCode) {
        return ClaimFixtures.nationalSchemaCount("SELECT count(*) FROM {n}.claim WHERE member_fiscal_code = ?",
                fiscalCode);
    }

    private static long claimCount(String coopCode) {
        return Db.count("SELECT COALESCE(sum(value), 0)::bigint FROM reporting.tenant_figure WHERE metric = 'claims.count'"
                + " AND tenant_id = (SELECT id FROM control.tenant WHERE code = ?)", coopCode);
    }

    @Test
    void aBatchOfThreeClaimsIsAdjudicatedAndStoredLikeSingleClaimsWithTransitionsAuditAndFigures() {
        var elena = ClaimFixtures.freshMember();
        var paolo = ClaimFixtures.freshMember();
        String coop = elena.coop().code();
        long countBefore = claimCount(coop);

        Http.Response r = Http.post("/api/claims/batch", OFFICER, batch(
                claim(elena.fiscalCode(), coop, diagnostics("OUT_OF_NETWORK", "150.00")),
                claim(elena.fiscalCode(), coop, diagnostics("SSN_TICKET", "36.15")),
                claim(paolo.fiscalCode(), coop, visit("1300.00"))));

        assertEquals(201, r.status(), r::toString);
        assertEquals(3, r.json().getInt("count"));
        JsonArray claims = r.json().getJsonArray("claims");
        JsonObject first = claims.getJsonObject(0);
        assertEquals(0, first.getInt("index"));
        assertEquals("APPROVED", first.getString("status"));
        assertEquals("150.00", first.getString("requested"));
        assertEquals("90.00", first.getString("approved"));
        assertEquals("21.15", claims.getJsonObject(1).getString("approved"));
        JsonObject third = claims.getJsonObject(2);
        assertEquals("IN_REVIEW", third.getString("status"));
        assertEquals("threshold", third.getString("sampledBecause"));
        assertEquals("800.00", third.getString("reimbursable"), "the social chain's €800 visits ceiling");

        long id = first.getJsonNumber("id").longValue();
        JsonObject seen = Http.get("/api/claims/" + id, OFFICER).json();
        assertEquals(elena.fiscalCode(), seen.getString("fiscalCode"));
        assertEquals(3, seen.getJsonArray("transitions").size(), "submitted, auto-checked, decided: " + seen);
        assertEquals("liquidatore", seen.getJsonArray("transitions").getJsonObject(0).getString("by"));
        assertEquals("90.00", seen.getJsonArray("lines").getJsonObject(0).getString("approved"));
        for (int i = 0; i < 3; i++) {
            long claimId = claims.getJsonObject(i).getJsonNumber("id").longValue();
            assertEquals(1, Db.count("SELECT count(*) FROM control.audit_event WHERE action = 'CLAIM_SUBMITTED' "
                    + "AND actor = 'liquidatore' AND details LIKE ?", "claim " + claimId + " %"), "audited: " + claimId);
        }
        assertEquals(countBefore + 3, claimCount(coop), "the cooperative's claim count follows, once per batch");
        assertEquals(2, Http.get("/api/claims/mine", elena.token()).json().getJsonArray("items").size(),
                "Elena sees her two claims");
    }

    @Test
    void oneBadClaimRefusesTheWholeBatchEveryRefusalIsListedByPositionAndNothingIsStored() {
        var elena = ClaimFixtures.freshMember();
        var other = ClaimFixtures.freshMember(ClaimFixtures.housingCoop());
        String coop = elena.coop().code();
        String stranger = People.fiscalCode(1979, 5, 5, true);
        String good = claim(elena.fiscalCode(), coop, diagnostics("OUT_OF_NETWORK", "150.00"));

        Http.Response r = Http.send("POST", "/api/claims/batch", OFFICER, batch(
                good,
                claim(stranger, coop, diagnostics("OUT_OF_NETWORK", "150.00")),
                good,
                claim(elena.fiscalCode(), coop, line("not a benefit", "OUT_OF_NETWORK", "10.00",
                        ClaimFixtures.SERVICE_DAY, ClaimFixtures.SERVICE_DAY)),
                // a member of another cooperative claimed as this cooperative's: not covered here
                claim(other.fiscalCode(), coop, diagnostics("OUT_OF_NETWORK", "150.00"))), "en");

        assertEquals(400, r.status(), r::toString);
        assertEquals("claim.batch.refused", r.code());
        assertTrue(r.json().getString("message").startsWith("Batch refused, no claim stored: 3"), r::toString);
        JsonArray errors = r.json().getJsonArray("errors");
        assertEquals(3, errors.size(), r::toString);
        assertEquals(1, errors.getJsonObject(0).getInt("index"));
        assertEquals("claim.line.notCovered", errors.getJsonObject(0).getString("code"));
        assertEquals("lines[0].serviceDate", errors.getJsonObject(0).getString("field"));
        assertTrue(errors.getJsonObject(0).getString("message").contains("was not covered on"), r::toString);
        assertEquals(3, errors.getJsonObject(1).getInt("index"));
        assertEquals("claim.line.benefit", errors.getJsonObject(1).getString("code"));
        assertEquals(4, errors.getJsonObject(2).getInt("index"));
        assertEquals("claim.line.notCovered", errors.getJsonObject(2).getString("code"));
        assertEquals("claims[3].lines[0].benefit", r.json().getJsonArray("violations").getJsonObject(1)
                .getString("field"));
        assertEquals(0, claimsOf(elena.fiscalCode()), "the good claims were not stored either");
        assertEquals(0, claimsOf(other.fiscalCode()));

        Http.Response italian = Http.post("/api/claims/batch", OFFICER, batch(good,
                claim(stranger, coop, diagnostics("OUT_OF_NETWORK", "150.00"))));
        assertEquals(400, italian.status(), italian::toString);
        assertTrue(italian.json().getString("message").startsWith("Lotto rifiutato"), italian::toString);
        assertEquals(0, claimsOf(elena.fiscalCode()));
    }

    @Test
    void anEmptyBatchAMalformedOneAndOneOfMoreThan500ClaimsAreRefusedAndStoreNothing() {
        var elena = ClaimFixtures.freshMember();
        String good = claim(elena.fiscalCode(), elena.coop().code(), diagnostics("SSN_TICKET", "36.15"));

        Http.Response empty = Http.post("/api/claims/batch", OFFICER, "{\"claims\":[]}");
        assertEquals(400, empty.status(), empty::toString);
        assertEquals("claim.batch.empty", empty.code());
        assertEquals("claim.batch.empty", Http.post("/api/claims/batch", OFFICER, "{}").code());
        assertEquals(400, Http.post("/api/claims/batch", OFFICER, "{\"claims\":[{\"lines\":").status(), "malformed");
        Http.Response tooMany = Http.post("/api/claims/batch", OFFICER,
                batch(Collections.nCopies(501, good).toArray(String[]::new)));
        assertEquals(413, tooMany.status(), tooMany::toString);
        assertEquals("claim.batch.tooLarge", tooMany.code());
        Http.Response noLines = Http.post("/api/claims/batch", OFFICER, batch(good,
                "{\"fiscalCode\":\"" + elena.fiscalCode() + "\",\"lines\":[]}"));
        assertEquals(400, noLines.status(), noLines::toString);
        assertEquals("claim.lines.required", noLines.json().getJsonArray("errors").getJsonObject(0).getString("code"));
        assertEquals(0, claimsOf(elena.fiscalCode()));
    }

    @Test
    void onlyClaimsOfficersSubmitBatchesTheEmployerIsAnswered404AndAMember403() {
        var elena = ClaimFixtures.freshMember();
        String body = batch(claim(elena.fiscalCode(), elena.coop().code(), diagnostics("SSN_TICKET", "36.15")));

        assertEquals(404, Http.post("/api/claims/batch", elena.coop().adminToken(), body).status(), "employer");
        assertEquals(403, Http.post("/api/claims/batch", elena.token(), body).status(), "a member");
        assertEquals(403, Http.post("/api/claims/batch", Users.token(Users.NATIONAL), body).status(), "not a claim role");
        assertEquals(401, Http.post("/api/claims/batch", null, body).status());
        assertEquals(0, claimsOf(elena.fiscalCode()));
    }

    @Test
    void concurrentBatchesAndSingleClaimsAgainstOneYearlyCeilingOf700EurosReimburseExactly700() throws Exception {
        // a housing cooperative: its chain keeps the national €700 visits ceiling
        var member = ClaimFixtures.freshMember(ClaimFixtures.housingCoop());
        String one = claim(member.fiscalCode(), member.coop().code(), visit("130.00"));
        String five = batch(Collections.nCopies(5, one).toArray(String[]::new));
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<Http.Response>> batches = new ArrayList<>();
        List<Future<Http.Response>> singles = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                batches.add(pool.submit(() -> Http.post("/api/claims/batch", OFFICER, five)));
                singles.add(pool.submit(() -> Http.post("/api/claims", OFFICER, one)));
            }
            BigDecimal total = BigDecimal.ZERO;
            int claims = 0;
            for (Future<Http.Response> f : batches) {
                Http.Response r = f.get();
                assertEquals(201, r.status(), r::toString);
                for (var c : r.json().getJsonArray("claims").getValuesAs(JsonObject.class)) {
                    total = total.add(new BigDecimal(c.getString("approved")));
                    claims++;
                }
            }
            for (Future<Http.Response> f : singles) {
                Http.Response r = f.get();
                assertEquals(201, r.status(), r::toString);
                total = total.add(new BigDecimal(r.json().getString("approved")));
                claims++;
            }
            assertEquals(36, claims);
            assertEquals(new BigDecimal("700.00"), total, "never more than the €700 ceiling");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(70000, ClaimFixtures.nationalSchemaCount("SELECT (used * 100)::bigint FROM {n}.claim_ceiling_usage "
                + "WHERE scope = 'PERSON' AND holder = ? AND benefit_code = 'SPECIALIST_VISITS'", member.fiscalCode()));
        assertEquals(36, claimsOf(member.fiscalCode()));
    }
}
