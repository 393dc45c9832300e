package it.mutua.it;

import static it.mutua.it.ClaimFixtures.claim;
import static it.mutua.it.ClaimFixtures.diagnostics;
import static it.mutua.it.ClaimFixtures.line;
import static it.mutua.it.ClaimFixtures.visit;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.mutua.it.support.Http;
import it.mutua.it.support.Users;

/**
 * Claims end to end on the real server: adjudication figures as the member sees them, review and appeal, attachments
 * and the health-data access log, the employer's 404 on everything, the 401/403 matrix, and bad input that stores
 * nothing.
 */
class ClaimApiIT {

    private static final String OFFICER = Users.token(Users.CLAIMS_OFFICER);

    @BeforeAll
    static void sampling() {
        ClaimFixtures.deterministicSampling();
    }

    private static JsonObject submit(String token, String body) {
        Http.Response r = Http.post("/api/claims", token, body);
        assertEquals(201, r.status(), r::toString);
        return r.json();
    }

    private static JsonObject firstLine(JsonObject claim) {
        return claim.getJsonArray("lines").getJsonObject(0);
    }

    @Test
    void anOutOfNetworkTestOf150EurosIsReimbursed90WithEveryReasonInItalianAndEnglish() {
        var member = ClaimFixtures.freshMember();
        JsonObject claim = submit(member.token(), claim(null, null, diagnostics("OUT_OF_NETWORK", "150.00")));

        assertEquals("APPROVED", claim.getString("status"));
        assertEquals(member.fiscalCode(), claim.getString("fiscalCode"));
        JsonObject line = firstLine(claim);
        assertEquals("90.00", line.getString("approved"));
        assertEquals("60.00", line.getString("memberPays"));
        JsonObject share = line.getJsonArray("reasons").getJsonObject(1);
        assertEquals("reimbursement.share.scopertoMinimum", share.getString("code"));
        assertEquals("scoperto 30% is €45, below the €60 minimum: €60 left to the member", share.getString("en"));
        assertTrue(share.getString("it").startsWith("scoperto 30% pari a 45 €"), share::toString);
        assertEquals(3, claim.getJsonArray("transitions").size(), "submitted, auto-checked, decided: " + claim);
    }

    @Test
    void theSameTestAtACooperativeProviderLeaves30EurosAndAnSsnTicketOf36_15Pays21_15() {
        var member = ClaimFixtures.freshMember();
        JsonObject claim = submit(member.token(), claim(null, null, diagnostics("COOPERATIVE_NETWORK", "150.00"),
                diagnostics("SSN_TICKET", "36.15")));

        assertEquals("30.00", claim.getJsonArray("lines").getJsonObject(0).getString("memberPays"));
        assertEquals("21.15", claim.getJsonArray("lines").getJsonObject(1).getString("approved"));
        assertEquals("141.15", claim.getString("approved"));
    }

    @Test
    void aClaimAboveTheThresholdGoesToReviewTheOfficerPartlyApprovesAndTheMemberAppeals() {
        var member = ClaimFixtures.freshMember();
        JsonObject claim = submit(member.token(), claim(null, null, visit("1300.00")));
        long id = claim.getJsonNumber("id").longValue();
        assertEquals("IN_REVIEW", claim.getString("status"));
        assertEquals("threshold", claim.getString("sampledBecause"));
        // a social cooperative's chain: the social federation's tailoring raises the national €700 visits ceiling to €800
        assertEquals("800.00", firstLine(claim).getString("reimbursable"), "capped by the €800 ceiling");
        assertTrue(firstLine(claim).getJsonArray("reasons").toString().contains("ceiling reached: €800 per year"));

        assertEquals(403, Http.post("/api/claims/" + id + "/decision", member.token(),
                "{\"outcome\":\"APPROVE\"}").status(), "a member does not decide");
        Http.Response partly = Http.post("/api/claims/" + id + "/decision", OFFICER,
                "{\"outcome\":\"PARTLY_APPROVE\",\"reason\":\"una visita non documentata\",\"lines\":[{\"line\":1,\"approved\":500}]}");
        assertEquals(200, partly.status(), partly::toString);
        assertEquals("PARTLY_APPROVED", partly.json().getString("status"));
        assertEquals("500.00", partly.json().getString("approved"));

        Http.Response appeal = Http.post("/api/claims/" + id + "/reopen", member.token(),
                "{\"reason\":\"allego la seconda fattura\"}");
        assertEquals(200, appeal.status(), appeal::toString);
        assertEquals("IN_REVIEW", appeal.json().getString("status"));
        assertEquals("800.00", appeal.json().getString("approved"), "re-adjudicated: the €300 released comes back");

        JsonObject seen = Http.get("/api/claims/" + id, OFFICER).json();
        var steps = seen.getJsonArray("transitions");
        assertEquals(5, steps.size(), seen::toString);
        assertEquals("liquidatore", steps.getJsonObject(3).getString("by"));
        assertEquals(member.username(), steps.getJsonObject(4).getString("by"));
        assertEquals("member", steps.getJsonObject(4).getString("role"));
    }

    @Test
    void attachmentsAreCheckedByContentStoredWithTheirChecksumAndEveryReadIsLogged() throws Exception {
        var member = ClaimFixtures.freshMember();
        long id = submit(member.token(), claim(null, null, diagnostics("SSN_TICKET", "36.15"))).getJsonNumber("id")
                .longValue();
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        Http.Response up = ClaimFixtures.upload(id, member.token(), "ticket.pdf", pdf);
        assertEquals(201, up.status(), up::toString);
        assertEquals("application/pdf", up.json().getString("mediaType"));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertEquals(sha, up.json().getString("sha256"));
        long attachment = up.json().getJsonNumber("id").longValue();

        assertArrayEquals(pdf, ClaimFixtures.download("/api/claims/" + id + "/attachments/" + attachment, OFFICER));
        Http.Response mine = Http.get("/api/claims/access-log/mine", member.token());
        assertEquals(200, mine.status(), mine::toString);
        assertTrue(mine.jsonArray().stream().map(JsonValue::asJsonObject).anyMatch(e -> "ATTACHMENT".equals(
                e.getString("what")) && "liquidatore".equals(e.getString("who"))), mine::toString);
        Http.Response log = Http.get("/api/claims/" + id + "/access-log", OFFICER);
        assertEquals(200, log.status(), log::toString);
        assertTrue(log.body().contains("\"what\":\"ATTACHMENT\""), log::toString);
    }

    @Test
    void theAccessLogIsAppendOnlyInTheDatabaseItself() throws Exception {
        ClaimFixtures.freshMember();
        long national = Http.get("/api/tenants/nazionale", Users.token(Users.NATIONAL)).json().getJsonNumber("id")
                .longValue();
        String url = "jdbc:postgresql://localhost:" + System.getProperty("it.db.port", "5632") + "/mutua";
        try (var c = java.sql.DriverManager.getConnection(url, "postgres", "postgres"); var st = c.createStatement()) {
            st.execute("INSERT INTO t_" + national + ".health_access_log (actor, actor_role, actor_tenant_id, "
                    + "subject_fiscal_code, what) VALUES ('it', 'test', 0, 'XXXXXXXXXXXXXXXX', 'TEST')");
            for (String sql : new String[] {"UPDATE t_" + national + ".health_access_log SET actor = 'x'",
                    "DELETE FROM t_" + national + ".health_access_log", "TRUNCATE t_" + national + ".health_access_log"}) {
                var e = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class, () -> st.execute(sql));
                assertTrue(e.getMessage().contains("append-only"), e::getMessage);
            }
        }
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingIsStored() {
        var member = ClaimFixtures.freshMember();
        var other = ClaimFixtures.freshMember();
        LocalDate today = LocalDate.now();
        String[][] cases = {
            {claim(null, null, line("HIGH_SPECIALISATION_DIAGNOSTICS", "SSN_TICKET", "36.15", today, today.plusDays(1))), "claim.line.invoiceInFuture"},
            {claim(null, null, line("HIGH_SPECIALISATION_DIAGNOSTICS", "SSN_TICKET", "36.15", LocalDate.of(ClaimFixtures.YEAR - 1, 12, 1), today)), "claim.line.beforeEnrolment"},
            {claim(null, null, diagnostics("SSN_TICKET", "0")), "claim.line.amountRange"},
            {claim(null, null, diagnostics("SSN_TICKET", "1000000000")), "claim.line.amountRange"},
            {claim(other.fiscalCode(), null, diagnostics("SSN_TICKET", "36.15")), "claim.claimant.notInFamily"},
            {claim(null, null, diagnostics("NO_SUCH_REGIME", "36.15")), "claim.value.unknown"},
            {claim(null, null, line("SPECIALIST_VISITS", "COOPERATIVE_NETWORK", "100.00", today.minusDays(1), today.minusDays(1))), "claim.line.facilityRequired"},
            {claim(null, null, ClaimFixtures.atFacility("SPECIALIST_VISITS", "999999999", "100.00", today.minusDays(1))), "claim.line.facilityUnknown"},
            {"{\"iban\":\"IT00\",\"lines\":[]}", "claim.lines.required"},
        };
        for (String[] c : cases) {
            Http.Response r = Http.send("POST", "/api/claims", member.token(), c[0], "en");
            assertEquals(400, r.status(), () -> c[1] + ": " + r);
            assertEquals(c[1], r.code(), r::toString);
            assertTrue(r.json().getString("message").length() > 10, r::toString);
        }
        assertEquals(0, ClaimFixtures.nationalSchemaCount("SELECT count(*) FROM {n}.claim WHERE member_fiscal_code = ?",
                member.fiscalCode()), "nothing stored");

        long id = submit(member.token(), claim(null, null, diagnostics("SSN_TICKET", "36.15"))).getJsonNumber("id")
                .longValue();
        byte[] exe = "MZ\u0090\u0000\u0003 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        Http.Response fake = ClaimFixtures.upload(id, member.token(), "fattura.pdf", exe);
        assertEquals(400, fake.status(), fake::toString);
        assertEquals("claim.attachment.type", fake.code());
        Http.Response huge = ClaimFixtures.upload(id, member.token(), "scan.pdf", new byte[50 * 1024 * 1024]);
        assertEquals(413, huge.status(), huge::toString);
        assertEquals("claim.attachment.tooLarge", huge.code());
        assertEquals(0, ClaimFixtures.nationalSchemaCount("SELECT count(*) FROM {n}.claim_attachment WHERE claim_id = ?", id));
        assertEquals(200, Http.get("/health/ready", null).status(), "the server is still up");
    }

    @Test
    void aCooperativeAdministratorGets404OnEveryClaimEndpoint() {
        var member = ClaimFixtures.freshMember();
        long id = submit(member.token(), claim(null, null, diagnostics("SSN_TICKET", "36.15"))).getJsonNumber("id")
                .longValue();
        String coop = member.coop().adminToken();
        String[][] calls = {
            {"POST", "/api/claims", claim(member.fiscalCode(), member.coop().code(), diagnostics("SSN_TICKET", "36.15"))},
            {"GET", "/api/claims", null}, {"GET", "/api/claims/mine", null}, {"GET", "/api/claims/" + id, null},
            {"POST", "/api/claims/" + id + "/decision", "{\"outcome\":\"APPROVE\"}"},
            {"POST", "/api/claims/" + id + "/reopen", "{\"reason\":\"x\"}"},
            {"GET", "/api/claims/" + id + "/access-log", null}, {"GET", "/api/claims/access-log/mine", null},
            {"GET", "/api/claims/" + id + "/attachments/1", null},
            {"POST", "/api/claim-office/payment-batches", "{}"}, {"GET", "/api/claim-office/payment-batches", null},
            {"GET", "/api/claim-office/payment-batches/1/sepa", null}, {"POST", "/api/claim-office/payment-batches/1/paid", null},
            {"GET", "/api/claim-office/sampling-rules", null},
            {"PUT", "/api/claim-office/sampling-rules", "{\"randomPercent\":100,\"valueThreshold\":0}"},
            {"GET", "/api/claim-office/reports/vincolate?year=2026", null},
            {"POST", "/api/pre-authorisations", "{}"}, {"GET", "/api/pre-authorisations/mine", null},
            {"GET", "/api/pre-authorisations?status=REQUESTED", null},
            {"GET", "/api/pre-authorisations/1", null},
        };
        for (String[] c : calls) {
            Http.Response r = Http.send(c[0], c[1], coop, c[2]);
            assertEquals(404, r.status(), () -> c[0] + " " + c[1] + " as coop-admin: " + r);
        }
        Http.Response seen = Http.get("/api/tenants/" + member.coop().code() + "/figures", coop);
        assertEquals(200, seen.status(), seen::toString);
        String figures = seen.body();
        assertTrue(figures.contains("\"claims.count\""), "the employer sees how many claims, nothing more: " + figures);
        assertTrue(Http.get("/api/tenants/" + member.coop().code() + "/figures", Users.token(Users.NATIONAL)).body()
                .contains("claims.requested."), "the national office sees the amounts");
        assertFalse(figures.replace("\"claims.count\"", "").contains("claims."),
                "no claim figure below the total count reaches the cooperative: " + figures);
    }

    @Test
    void aMemberCannotReadAnotherMembersClaimAndTheAuthMatrixHolds() {
        var owner = ClaimFixtures.freshMember();
        var stranger = ClaimFixtures.freshMember();
        long id = submit(owner.token(), claim(null, null, diagnostics("SSN_TICKET", "36.15"))).getJsonNumber("id")
                .longValue();

        assertEquals(200, Http.get("/api/claims/" + id, owner.token()).status());
        assertEquals(404, Http.get("/api/claims/" + id, stranger.token()).status(), "another member's claim");
        assertEquals(404, Http.post("/api/claims/" + id + "/reopen", stranger.token(), "{\"reason\":\"x\"}").status());
        assertEquals(404, ClaimFixtures.upload(id, stranger.token(), "x.pdf", "%PDF-1.4".getBytes()).status());
        assertEquals(200, Http.get("/api/claims/" + id, OFFICER).status());
        assertEquals(401, Http.get("/api/claims/" + id, null).status(), "no token");
        assertEquals(401, Http.post("/api/claims", null, "{}").status());
        assertEquals(403, Http.get("/api/claims/" + id, Users.token(Users.NATIONAL)).status(), "national admin: not a claim role");
        assertEquals(403, Http.get("/api/claims", Users.token(Users.AUDITOR)).status());
        assertEquals(403, Http.get("/api/claims", owner.token()).status(), "a member has no queue");
        assertEquals(403, Http.get("/api/claims/mine", Users.token(Users.LOMBARDIA)).status());
        assertEquals(200, Http.get("/api/claim-office/reports/vincolate?year=" + ClaimFixtures.YEAR,
                Users.token(Users.NATIONAL)).status());
        assertEquals(404, Http.get("/api/claims/" + Long.MAX_VALUE, OFFICER).status());
    }
}
