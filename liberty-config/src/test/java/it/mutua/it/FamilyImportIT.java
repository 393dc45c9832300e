package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.mutua.it.support.Db;
import it.mutua.it.support.Http;
import it.mutua.it.support.People;
import it.mutua.it.support.Users;

/**
 * The family CSV import ({@code POST /api/members/family-imports}) on the real server and database: a whole file of
 * relatives registered and covered with their holders in one go, idempotent when sent again, all-or-nothing when a
 * line is bad (by its own shape or by a rule of the registry or the plan), and blind to other cooperatives' workers.
 * Each run uses cooperatives of its own.
 */
class FamilyImportIT {

    static final String HEADER = "codice_fiscale_titolare;ruolo;codice_fiscale;cognome;nome;data_inizio\n";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static String coop;
    private static String admin;
    private static String schema;
    private static String workerA;
    private static String workerB;
    private static String otherAdmin;
    private static String otherWorker;

    @BeforeAll
    static void aCooperativeOfferingTheFamilyExtensionAndOneThatDoesNot() {
        // a plan of its own whose children's bands stop at 25, adopted with the family extension
        String plan = EnrolmentIT.childrenUnder26Plan();
        coop = MemberApiIT.freshCooperative("coop-fam-");
        admin = Users.token(Users.create(coop, "coop-admin"));
        assertEquals(201, PlanApiIT.adopt(plan, admin, "2026-01-01", true).status());
        Http.Response adhered = Http.post("/api/enrolments/collective", admin, EnrolmentIT.adhere(admin, plan, "2026-01-01"));
        assertEquals(201, adhered.status(), adhered::toString);
        schema = "t_" + MemberApiIT.tenantId(coop);
        workerA = hire(admin, 1980);
        workerB = hire(admin, 1981);
        String other = MemberApiIT.freshCooperative("coop-nofam-");
        otherAdmin = Users.token(Users.create(other, "coop-admin"));
        assertEquals(201, PlanApiIT.adopt("SOCIAL_COOPERATION", otherAdmin, "2026-01-01", false).status());
        assertEquals(201, Http.post("/api/enrolments/collective", otherAdmin,
                EnrolmentIT.adhere(otherAdmin, "SOCIAL_COOPERATION", "2026-01-01")).status());
        otherWorker = hire(otherAdmin, 1982);
    }

    private static String hire(String token, int year) {
        String cf = People.fiscalCode(year, 3, 4, false);
        Http.Response r = Http.post("/api/members", token, People.worker(cf, "Piero", "Sala", "2024-06-01"));
        assertEquals(201, r.status(), r::toString);
        return cf;
    }

    static Http.Response upload(String token, String csv) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Http.BASE + "/api/members/family-imports"))
                .timeout(Duration.ofSeconds(120)).header("Content-Type", "text/csv").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv.getBytes(StandardCharsets.UTF_8)));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Http.Response(r.statusCode(), r.body());
        } catch (Exception e) {
            throw new IllegalStateException("upload failed", e);
        }
    }

    private static long familyMembers() {
        return Db.count("SELECT count(*) FROM " + schema + ".member WHERE family_role <> 'WORKER'");
    }

    private static String line(String holder, String role, String relative, String from) {
        return holder + ";" + role + ";" + relative + ";Sala;Anna;" + from + "\n";
    }

    @Test
    void aWholeFileOfRelativesIsRegisteredAndCoveredWithTheirHoldersAndResendingItChangesNothing() {
        long tenantId = MemberApiIT.tenantId(coop);
        long figureBefore = EnrolmentIT.figure(tenantId, "family_members");
        String spouse = People.fiscalCode(1983, 5, 6, true);
        String child = People.fiscalCode(2015, 7, 8, false);
        String childOfB = People.fiscalCode(2018, 9, 10, true);
        String csv = HEADER + line(workerA, "coniuge", spouse, "01/02/2026") + line(workerA, "figlio", child, "")
                + line(workerB, "CHILD", childOfB, "01/02/2026");
        Http.Response r = upload(admin, csv);
        assertEquals(200, r.status(), r::toString);
        assertEquals("COMPLETED", r.json().getString("status"));
        assertEquals(3, r.json().getInt("added"));
        assertEquals(figureBefore + 3, EnrolmentIT.figure(tenantId, "family_members"), "reporting counts them");
        assertEquals(2, Db.count("SELECT count(*) FROM " + schema + ".member r JOIN " + schema
                + ".member h ON h.id = r.holder_id WHERE h.fiscal_code = ?", workerA));
        Http.Response coverage = EnrolmentIT.coverage(MemberApiIT.NATIONAL, spouse, "2026-03-01");
        assertEquals(200, coverage.status(), coverage::toString);
        assertEquals("SPOUSE", coverage.json().getString("role"));
        assertEquals(404, EnrolmentIT.coverage(MemberApiIT.NATIONAL, spouse, "2026-01-31").status(),
                "covered from the file's start date");
        assertEquals(1, Db.count("SELECT count(*) FROM control.person_enrolment WHERE fiscal_code = ? AND "
                + "holder_fiscal_code = ?", childOfB, workerB), "the national person index knows the relative");
        assertTrue(Db.count("SELECT count(*) FROM control.audit_event WHERE action = 'MEMBER_FAMILY_IMPORT' AND "
                + "target_tenant_id = ?", tenantId) >= 1);

        Http.Response again = upload(admin, csv);
        assertEquals(200, again.status(), again::toString);
        assertEquals(0, again.json().getInt("added"));
        assertEquals(3, again.json().getInt("unchanged"));
        assertEquals(figureBefore + 3, EnrolmentIT.figure(tenantId, "family_members"));
    }

    @Test
    void aBadLineRejectsTheWholeFileWithItsLineInItalianAndEnglishAndNothingIsStored() {
        long before = familyMembers();
        Http.Response r = upload(admin, HEADER + line(workerA, "figlio", People.fiscalCode(2016, 1, 2, false), "")
                + line(workerA, "figlio", "RSSMRA85T10A562X", "") + line(workerB, "nonno",
                People.fiscalCode(2017, 1, 2, false), ""));
        assertEquals(422, r.status(), r::toString);
        JsonObject report = r.json();
        assertEquals("REJECTED", report.getString("status"));
        assertEquals(2, report.getInt("invalidLines"));
        JsonObject first = report.getJsonArray("problems").getJsonObject(0);
        assertEquals(3, first.getInt("line"));
        assertEquals("codice_fiscale", first.getString("field"));
        assertFalse(first.getString("messageIt").isBlank());
        assertFalse(first.getString("messageEn").isBlank());
        assertEquals("ruolo", report.getJsonArray("problems").getJsonObject(1).getString("field"));
        assertEquals(before, familyMembers(), "the valid line was not stored either");
    }

    @Test
    void aRelativeThePlanDoesNotCoverRejectsTheFileAndTheEligibleLinesAreNotStoredEither() {
        long before = familyMembers();
        Http.Response r = upload(admin, HEADER + line(workerB, "figlia", People.fiscalCode(2012, 4, 4, true), "")
                + line(workerB, "figlio", People.fiscalCode(1990, 4, 4, false), "01/01/2026"));
        assertEquals(422, r.status(), r::toString);
        JsonObject problem = r.json().getJsonArray("problems").getJsonObject(0);
        assertEquals("member.family.not_eligible", problem.getString("code"), r::toString);
        assertEquals(3, problem.getInt("line"));
        assertEquals(before, familyMembers(), "the eligible child of line 2 was not stored either");
    }

    @Test
    void aCooperativeWhoseAdoptionDoesNotOfferTheFamilyExtensionCannotLoadFamilies() {
        Http.Response r = upload(otherAdmin, HEADER + line(otherWorker, "coniuge", People.fiscalCode(1985, 1, 1, true), ""));
        assertEquals(422, r.status(), r::toString);
        assertEquals("member.family.no_extension", r.json().getJsonArray("problems").getJsonObject(0).getString("code"));
    }

    @Test
    void anotherCooperativesWorkerIsUnknownAndTheirFamilyUntouched() {
        long before = familyMembers();
        Http.Response r = upload(otherAdmin, HEADER + line(workerA, "figlio", People.fiscalCode(2019, 2, 3, false), ""));
        assertEquals(422, r.status(), r::toString);
        JsonObject problem = r.json().getJsonArray("problems").getJsonObject(0);
        assertEquals("member.family_import.holder_unknown", problem.getString("code"));
        assertEquals("codice_fiscale_titolare", problem.getString("field"));
        assertEquals(before, familyMembers());
        assertEquals(404, Http.get("/api/members/" + workerA + "/family", otherAdmin).status(),
                "the family itself is not visible across cooperatives either");
    }

    @Test
    void aRelativesCodiceFiscaleMustNotBelongToSomeoneElse() {
        Http.Response r = upload(admin, HEADER + line(workerA, "figlio", workerB, ""));
        assertEquals(422, r.status(), r::toString);
        assertEquals("member.family_import.code_taken",
                r.json().getJsonArray("problems").getJsonObject(0).getString("code"));
    }

    @Test
    void aFileThatIsNotAFamilyFileIsRefusedAtOnceAndOnlyACooperativeAdministratorMayUpload() {
        Http.Response payroll = upload(admin, PayrollImportIT.HEADER + workerA + ";Sala;Piero;01/06/2024;;;;\n");
        assertEquals(400, payroll.status(), payroll::toString);
        assertEquals("member.family_import.columns_missing", payroll.code());
        assertEquals(403, upload(Users.token(Users.NATIONAL), HEADER).status());
        assertEquals(401, upload(null, HEADER).status());
    }
}
