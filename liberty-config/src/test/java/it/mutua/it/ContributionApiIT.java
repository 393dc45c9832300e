package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.mutua.it.support.Db;
import it.mutua.it.support.Http;
import it.mutua.it.support.Users;

/**
 * Contributions on the real server: a fresh cooperative adheres to the social-cooperation plan, imports two workers
 * through the payroll import, registers a family; then statements with exact totals, payments (manual and CSV),
 * arrears, the suspension seen by the coverage check and its end on payment, and isolation between cooperatives.
 */
class ContributionApiIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final String WORKER = Coops.fiscalCode(401);
    static final String OTHER_WORKER = Coops.fiscalCode(402);
    static final String SPOUSE = Coops.fiscalCode("BNCLRA", LocalDate.of(1982, 7, 1));
    static final String YOUNG_CHILD = Coops.fiscalCode("RSSLCU", LocalDate.of(2010, 3, 1));
    static final String ADULT_CHILD = Coops.fiscalCode("RSSGPP", LocalDate.of(1995, 3, 1));
    static String admin;
    static String otherAdmin;
    static long tenantId;
    static String coopCode;

    @BeforeAll
    static void aCooperativeWithTwoWorkersAndAFamilyUnderTheSocialPlan() {
        String code = Coops.create("coop-contributi-");
        coopCode = code;
        tenantId = Db.count("SELECT id FROM control.tenant WHERE code = ?", code);
        admin = Users.token(Users.create(code, "coop-admin"));
        otherAdmin = Users.token(Users.create(Coops.create("coop-vicina-"), "coop-admin"));
        Http.Response adoption = PlanApiIT.adopt("SOCIAL_COOPERATION", admin, "2026-01-01", true);
        assertEquals(201, adoption.status(), adoption::toString);
        Http.Response adhesion = Http.post("/api/enrolments/collective", admin,
                "{\"planCode\":\"SOCIAL_COOPERATION\",\"from\":\"2026-01-01\"}");
        assertEquals(201, adhesion.status(), adhesion::toString);
        importWorkers(PayrollImportIT.HEADER + WORKER + ";Rossi;Mario;01/03/2020;;;;\n"
                + OTHER_WORKER + ";Verdi;Luca;15/06/2021;;;;\n");
        relative("SPOUSE", SPOUSE, "Laura", "Bianchi");
        relative("CHILD", YOUNG_CHILD, "Luca", "Rossi");
        relative("CHILD", ADULT_CHILD, "Giuseppe", "Rossi");
    }

    private static void relative(String role, String fiscalCode, String given, String family) {
        Http.Response r = Http.post("/api/members/" + WORKER + "/family", admin, "{\"role\":\"" + role
                + "\",\"fiscalCode\":\"" + fiscalCode + "\",\"givenName\":\"" + given + "\",\"familyName\":\"" + family
                + "\",\"from\":\"2026-01-01\"}");
        assertEquals(201, r.status(), r::toString);
    }

    private static void importWorkers(String csv) {
        Http.Response accepted = PayrollImportIT.upload(admin, "", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(202, accepted.status(), accepted::toString);
        long id = accepted.json().getJsonNumber("id").longValue();
        for (int i = 0; i < 300; i++) {
            String status = Http.get("/api/members/imports/" + id, admin).json().getJsonObject("job").getString("status");
            if (status.equals("COMPLETED")) {
                return;
            }
            assertTrue(status.equals("QUEUED") || status.equals("RUNNING"), status);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("import did not finish");
    }

    /** The cooperative's contributions_due figure in reporting, whole euros (the amounts in this test are whole). */
    private static long due() {
        return Db.count("SELECT coalesce(sum(value), 0) FROM reporting.tenant_figure WHERE tenant_id = ?"
                + " AND metric = 'contributions_due'", tenantId);
    }

    private static BigDecimal money(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue().setScale(2);
    }

    private static Http.Response csv(String token, String body) {
        try {
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/api/contributions/payments"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                    .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Http.Response(r.statusCode(), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theYearlyStatementChargesEachPersonThePlanAmountForTheirRoleAndAge() {
        long dueBefore = due();
        Http.Response r = Http.post("/api/contributions/statements", admin, "{\"period\":\"2026\"}");
        assertEquals(201, r.status(), r::toString);
        // two workers €60 each, spouse €60, child under 26 €48, child 26 or older €60
        assertEquals(new BigDecimal("288.00"), money(r.json(), "total"));
        assertEquals(5, r.json().getInt("lineCount"));
        var lines = r.json().getJsonArray("lines");
        assertEquals(new BigDecimal("48.00"), lines.stream().map(JsonObject.class::cast)
                .filter(l -> l.getString("fiscalCode").equals(YOUNG_CHILD)).findFirst().map(l -> money(l, "amount")).orElseThrow());
        assertEquals(409, Http.post("/api/contributions/statements", admin, "{\"period\":\"2026\"}").status(), "once per period");
        assertEquals(dueBefore + 288, due(), "the reporting figure follows the statement");

        // unpaid past the 60-day grace period after the due date (31 January): suspended, and the coverage check says so
        JsonObject arrears = Http.get("/api/contributions/arrears?on=2026-05-01", admin).json();
        assertEquals(new BigDecimal("288.00"), money(arrears, "arrears"));
        assertTrue(arrears.getBoolean("suspended"));
        Http.Response covered = Http.get("/api/coverage?fiscalCode=" + SPOUSE + "&date=2026-05-01", Users.token(Users.CLAIMS_OFFICER));
        assertEquals(200, covered.status(), covered::toString);
        assertTrue(covered.json().getBoolean("suspendedForArrears"), covered::toString);
        assertFalse(Http.get("/api/coverage?fiscalCode=" + SPOUSE + "&date=2026-03-01", Users.token(Users.CLAIMS_OFFICER))
                .json().getBoolean("suspendedForArrears"), "within the grace period");

        // a batch of claims reads the standing once for all its dates: held for arrears on 1 May, not on 1 March
        LocalDate march = LocalDate.of(2026, 3, 1);
        LocalDate may = LocalDate.of(2026, 5, 1);
        Http.Response batch = Http.post("/api/claims/batch", Users.token(Users.CLAIMS_OFFICER), "{\"claims\":["
                + ClaimFixtures.claim(SPOUSE, coopCode, ClaimFixtures.line("HIGH_SPECIALISATION_DIAGNOSTICS", "SSN_TICKET",
                        "36.15", march, march)) + ","
                + ClaimFixtures.claim(SPOUSE, coopCode, ClaimFixtures.line("HIGH_SPECIALISATION_DIAGNOSTICS", "SSN_TICKET",
                        "36.15", may, may)) + "]}");
        assertEquals(201, batch.status(), batch::toString);
        JsonObject inGrace = batch.json().getJsonArray("claims").getJsonObject(0);
        JsonObject inArrears = batch.json().getJsonArray("claims").getJsonObject(1);
        assertFalse("arrears".equals(inGrace.getString("sampledBecause", null)), inGrace::toString);
        assertEquals("arrears", inArrears.getString("sampledBecause", null), inArrears::toString);

        assertEquals(422, Http.post("/api/contributions/statements/2026/payments", admin,
                "{\"amount\":288.01,\"paidOn\":\"2026-05-10\"}").status(), "more than is due");
        Http.Response paid = Http.post("/api/contributions/statements/2026/payments", admin,
                "{\"amount\":288.00,\"paidOn\":\"2026-05-10\",\"reference\":\"Bonifico CRO 123\"}");
        assertEquals(201, paid.status(), paid::toString);
        assertEquals("PAID", paid.json().getString("status"));
        JsonObject after = Http.get("/api/contributions/arrears?on=2026-05-20", admin).json();
        assertEquals(0, money(after, "arrears").signum());
        assertFalse(after.getBoolean("suspended"));
        JsonObject suspension = after.getJsonArray("suspensions").getJsonObject(0);
        assertEquals("2026-04-02", suspension.getString("from"));
        assertEquals("2026-05-10", suspension.getString("restoredOn"), "the history keeps the suspension and its end");
        assertFalse(Http.get("/api/coverage?fiscalCode=" + SPOUSE + "&date=2026-05-10", Users.token(Users.CLAIMS_OFFICER))
                .json().getBoolean("suspendedForArrears"));
        assertEquals(1, Db.count("SELECT count(*) FROM control.audit_event WHERE target_tenant_id = ? AND action = 'CONTRIBUTION_PAYMENT'", tenantId));
        assertEquals(dueBefore, due(), "paid: the figure is back where it was");
    }

    @Test
    void paymentsFromACsvAreRecordedAllOrNothing() {
        Http.Response march = Http.post("/api/contributions/statements", admin, "{\"period\":\"2026-03\"}");
        assertEquals(201, march.status(), march::toString);
        // a twelfth of each yearly amount: 5.00 + 5.00 + 5.00 + 4.00 + 5.00
        assertEquals(new BigDecimal("24.00"), money(march.json(), "total"));
        Http.Response bad = csv(admin, "periodo;importo;data_pagamento;riferimento\n2026-03;10,00;15/03/2026;A\n2026-03;dieci;16/03/2026;B\n");
        assertEquals(400, bad.status(), bad::toString);
        assertEquals("member.contribution.csv_line", bad.code());
        assertEquals(0, money(Http.get("/api/contributions/statements/2026-03", admin).json(), "paid").signum(),
                "the good first line was not recorded either");
        Http.Response good = csv(admin, "periodo;importo;data_pagamento;riferimento\n2026-03;10,00;15/03/2026;A\n2026-03;14.00;16/03/2026;\n");
        assertEquals(200, good.status(), good::toString);
        JsonObject statement = Http.get("/api/contributions/statements/2026-03", admin).json();
        assertEquals("PAID", statement.getString("status"));
        assertEquals(2, statement.getJsonArray("payments").size());
        assertEquals("CSV", statement.getJsonArray("payments").getJsonObject(0).getString("method"));
    }

    @Test
    void anotherCooperativesStatementsAre404AndOnlyItsAdminSeesThem() {
        Http.post("/api/contributions/statements", admin, "{\"period\":\"2026-04\"}");
        assertEquals(404, Http.get("/api/contributions/statements/2026-04", otherAdmin).status());
        assertEquals(0, Http.get("/api/contributions/statements", otherAdmin).jsonArray().size());
        assertEquals(404, Http.post("/api/contributions/statements/2026-04/payments", otherAdmin,
                "{\"amount\":1.00,\"paidOn\":\"2026-04-10\"}").status());
        assertEquals(422, Http.post("/api/contributions/statements", otherAdmin, "{\"period\":\"2026\"}").status(),
                "nobody covered there");
        assertEquals(403, Http.get("/api/contributions/statements", Users.token(Users.NATIONAL)).status());
        assertEquals(400, Http.post("/api/contributions/statements", admin, "{\"period\":\"2026-13\"}").status());
    }
}
