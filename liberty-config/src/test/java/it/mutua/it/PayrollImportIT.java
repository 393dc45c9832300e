package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.mutua.it.support.Db;
import it.mutua.it.support.Http;
import it.mutua.it.support.Users;

/**
 * The payroll CSV import through the REST API on the real server and database: dry run, all-or-nothing, valid
 * lines, idempotent re-import, leavers, files that are not payroll lists at all, and isolation between cooperatives.
 * Each run uses a cooperative of its own, so the demo data and the other tests are untouched.
 */
class PayrollImportIT {

    static final String HEADER = "codice_fiscale;cognome;nome;data_assunzione;data_cessazione;tipo_contratto;email;iban\n";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static String admin;
    static String otherAdmin;
    static String schema;

    @BeforeAll
    static void twoFreshCooperativesWithTheirAdministrators() {
        String code = Coops.create("coop-paghe-");
        admin = Users.token(Users.create(code, "coop-admin"));
        otherAdmin = Users.token(Users.create(Coops.create("coop-altra-"), "coop-admin"));
        schema = "t_" + Db.count("SELECT id FROM control.tenant WHERE code = ?", code);
    }

    /** A valid composed codice fiscale (the check character computed as the Agenzia does). */
    static String cf(int n) {
        return Coops.fiscalCode(n);
    }

    static Http.Response upload(String token, String query, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Http.BASE + "/api/members/imports" + query))
                .timeout(Duration.ofSeconds(120)).header("Content-Type", "text/csv").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
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

    /** Uploads and waits for the job to end; returns the final GET body (job and report). */
    static JsonObject run(String query, String csv) {
        return run(query, csv.getBytes(StandardCharsets.UTF_8));
    }

    static JsonObject run(String query, byte[] csv) {
        Http.Response accepted = upload(admin, query, csv);
        assertEquals(202, accepted.status(), accepted::toString);
        long id = accepted.json().getJsonNumber("id").longValue();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            Http.Response r = Http.get("/api/members/imports/" + id, admin);
            assertEquals(200, r.status(), r::toString);
            String status = r.json().getJsonObject("job").getString("status");
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return r.json();
            }
            sleep();
        }
        throw new AssertionError("import " + id + " did not finish in 90 s");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static long members(String where, Object... args) {
        return Db.count("SELECT count(*) FROM " + schema + ".member WHERE " + where, args);
    }

    private static String line(int n, String rest) {
        return cf(n) + ";" + rest + "\n";
    }

    @Test
    void aDryRunReportsEachBadLineInItalianAndEnglishAndWritesNothing() {
        JsonObject result = run("?mode=dry-run", HEADER + line(1, "Rossi;Maria;01/03/2020;;indeterminato;;")
                + "RSSMRA85T10A562X;Bianchi;Anna;31/02/2020;;;;\n");
        JsonObject job = result.getJsonObject("job");
        assertEquals("COMPLETED", job.getString("status"));
        assertEquals(2, job.getInt("totalLines"));
        assertEquals(1, job.getInt("invalidLines"));
        assertEquals(1, job.getInt("hires"), "what the import would do");
        var report = result.getJsonArray("report");
        assertEquals(2, report.size(), report::toString);
        JsonObject first = report.getJsonObject(0);
        assertEquals(3, first.getInt("line"));
        assertEquals("codice_fiscale", first.getString("field"));
        assertTrue(first.getString("messageIt").contains("codice fiscale"), first::toString);
        assertTrue(first.getString("messageEn").contains("fiscal code"), first::toString);
        assertEquals("data_assunzione", report.getJsonObject(1).getString("field"));
        assertEquals(0, members("fiscal_code = ?", cf(1)), "a dry run writes nothing");
    }

    @Test
    void oneBadLineRejectsTheWholeFileByDefault() {
        JsonObject result = run("", HEADER + line(10, "Rossi;Maria;01/03/2020;;;;") + line(11, "Verdi;;01/03/2020;;;;"));
        assertEquals("REJECTED", result.getJsonObject("job").getString("status"));
        assertEquals(0, members("fiscal_code IN (?, ?)", cf(10), cf(11)), "all or nothing: the good line is not written");
    }

    @Test
    void theValidLinesModeImportsTheGoodLinesAndReportsTheOthers() {
        JsonObject result = run("?mode=valid-lines", HEADER + line(20, "Rossi;Maria;01/03/2020;;;;") + line(21, "Verdi;;01/03/2020;;;;"));
        assertEquals("COMPLETED", result.getJsonObject("job").getString("status"));
        assertEquals(1, result.getJsonObject("job").getInt("hires"));
        assertEquals(1, members("fiscal_code = ?", cf(20)));
        assertEquals(0, members("fiscal_code = ?", cf(21)));
    }

    @Test
    void reImportingTheSameFileChangesNothing() {
        String file = HEADER + line(30, "Rossi;Maria;01/03/2020;;indeterminato;maria@example.it;IT60X0542811101000000123456")
                + line(31, "\"D'Amico; detto Mimmo\";Domenico;15/09/2021;;determinato;;");
        JsonObject first = run("", file).getJsonObject("job");
        assertEquals(2, first.getInt("hires"), first::toString);
        long history = Db.count("SELECT count(*) FROM " + schema + ".member_history WHERE fiscal_code IN (?, ?)", cf(30), cf(31));
        JsonObject second = run("", file).getJsonObject("job");
        assertEquals("COMPLETED", second.getString("status"));
        assertEquals(0, second.getInt("hires") + second.getInt("updates") + second.getInt("leavers"), second::toString);
        assertEquals(2, second.getInt("unchanged"));
        assertEquals(history, Db.count("SELECT count(*) FROM " + schema + ".member_history WHERE fiscal_code IN (?, ?)", cf(30), cf(31)));
        assertEquals(1, members("fiscal_code = ? AND family_name = ? AND contract_type = 'FIXED_TERM'", cf(31), "D'Amico; detto Mimmo"));
    }

    @Test
    void aLeavingDateEndsTheEmploymentAndIsRecordedInTheHistory() {
        run("", HEADER + line(40, "Rossi;Maria;01/03/2020;;;;"));
        JsonObject job = run("", HEADER + line(40, "Rossi;Maria;01/03/2020;31/10/2026;;;")).getJsonObject("job");
        assertEquals(1, job.getInt("leavers"), job::toString);
        assertEquals(1, members("fiscal_code = ? AND end_date = ?", cf(40), java.sql.Date.valueOf(LocalDate.of(2026, 10, 31))));
        assertEquals(1, Db.count("SELECT count(*) FROM " + schema + ".member_history WHERE fiscal_code = ? AND action = 'ENDED'", cf(40)));
    }

    @Test
    void aWindows1252FileWithCommasKeepsItsAccentedLetters() {
        String csv = "codice_fiscale,cognome,nome,data_assunzione\n" + cf(50) + ",Niccolò,Lucà,01/03/2020\n";
        JsonObject job = run("", csv.getBytes(Charset.forName("windows-1252"))).getJsonObject("job");
        assertEquals("windows-1252", job.getString("charset"));
        assertEquals(",", job.getString("delimiter"));
        assertEquals(1, members("fiscal_code = ? AND family_name = 'Niccolò'", cf(50)));
    }

    @Test
    void brokenQuotingFailsTheJobNamingTheLineAndWritesNothing() {
        JsonObject job = run("?mode=valid-lines", HEADER + line(60, "Rossi;Maria;01/03/2020;;;;")
                + line(61, "\"Verdi;Luca;01/03/2020;;;;")).getJsonObject("job");
        assertEquals("FAILED", job.getString("status"));
        assertEquals("member.import.quoting", job.getString("failureCode"));
        assertEquals(0, members("fiscal_code = ?", cf(60)));
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAtOnce() {
        Http.Response r = upload(admin, "", ("codice_fiscale;cognome\n" + cf(70) + ";Rossi\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(400, r.status(), r::toString);
        assertEquals("member.import.columns_missing", r.code());
        assertTrue(r.json().getString("message").contains("nome, data_assunzione"), r::toString);
    }

    @Test
    void tenMegabytesOfRandomBytesAreRefusedAsNotText() {
        byte[] garbage = new byte[10 * 1024 * 1024];
        new Random(7).nextBytes(garbage);
        Http.Response r = upload(admin, "", garbage);
        assertEquals(400, r.status(), r::toString);
        assertEquals("member.import.not_text", r.code());
    }

    @Test
    void halfAMillionLinesAreRefusedBeforeAnyJobStarts() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
        byte[] row = line(80, "Rossi;Maria;01/03/2020;;;;").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 500_000; i++) {
            file.writeBytes(row);
        }
        long jobsBefore = Db.count("SELECT count(*) FROM " + schema + ".member_import_job");
        Http.Response r = upload(admin, "", file.toByteArray());
        assertEquals(413, r.status(), r::toString);
        assertEquals(jobsBefore, Db.count("SELECT count(*) FROM " + schema + ".member_import_job"));
        assertEquals(200, Http.get("/health/ready", null).status(), "the server stays up");
    }

    @Test
    void theLayoutHelpIsServedInItalianAndEnglish() {
        HttpResponse<String> r;
        try {
            r = CLIENT.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/api/members/imports/layout"))
                    .header("Authorization", "Bearer " + admin).header("Accept", "text/plain").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertEquals(200, r.statusCode(), r::body);
        assertTrue(r.body().contains("TRACCIATO DEL FILE PAGHE") && r.body().contains("PAYROLL FILE LAYOUT"), r::body);
        assertTrue(r.body().contains("data_assunzione"));
    }

    @Test
    void anUnknownModeIsA400() {
        Http.Response r = upload(admin, "?mode=maybe", (HEADER + line(90, "Rossi;Maria;01/03/2020;;;;")).getBytes(StandardCharsets.UTF_8));
        assertEquals(400, r.status(), r::toString);
    }

    @Test
    void anotherCooperativesImportIs404AndOnlyCoopAdminsMayImport() {
        JsonObject job = run("?mode=dry-run", HEADER + line(95, "Rossi;Maria;01/03/2020;;;;")).getJsonObject("job");
        long id = job.getJsonNumber("id").longValue();
        // the other cooperative never imports in this class, so no job of its own can carry this id
        assertEquals(404, Http.get("/api/members/imports/" + id, otherAdmin).status());
        assertEquals(403, Http.get("/api/members/imports/" + id, Users.token(Users.NATIONAL)).status());
        assertEquals(403, upload(Users.token(Users.LOMBARDIA), "", HEADER.getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(401, upload(null, "", HEADER.getBytes(StandardCharsets.UTF_8)).status());
    }

    @Test
    void theHistoryListsTheCooperativesOwnImportsNewestFirst() {
        run("?mode=dry-run", HEADER + line(96, "Rossi;Maria;01/03/2020;;;;"));
        var mine = Http.get("/api/members/imports", admin).jsonArray();
        assertTrue(mine.size() >= 1);
        long newest = mine.getJsonObject(0).getJsonNumber("id").longValue();
        for (int i = 1; i < mine.size(); i++) {
            assertTrue(mine.getJsonObject(i).getJsonNumber("id").longValue() < newest);
        }
        assertEquals(0, Http.get("/api/members/imports", otherAdmin).jsonArray().size(), "the other cooperative imported nothing");
    }
}
