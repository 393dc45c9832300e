package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import it.mutua.it.support.Db;
import it.mutua.it.support.Http;
import it.mutua.it.support.ItServer;
import it.mutua.it.support.Users;

/**
 * kill -9 of the server in the middle of a payroll import: the import is one database transaction, so PostgreSQL rolls
 * it back when the dead JVM's connection goes away, and the next start finds the cooperative exactly as it was before
 * the upload. The test kills the real IT server (SIGKILL, no shutdown hook runs) and starts it again, so it leaves the
 * server running for the tests after it.
 */
class PayrollImportCrashIT {

    private static final int LINES = 30_000;

    @Test
    void aServerKilledInTheMiddleOfAnImportRestartsWithTheCooperativeAsItWasBefore() throws Exception {
        String code = Coops.create("coop-crash-");
        String admin = Users.token(Users.create(code, "coop-admin"));
        String schema = "t_" + Db.count("SELECT id FROM control.tenant WHERE code = ?", code);
        StringBuilder before = new StringBuilder(PayrollImportIT.HEADER);
        for (int n = 0; n < 10; n++) {
            before.append(Coops.fiscalCode(n)).append(";Rossi;Mario;01/03/2020;;indeterminato;;\n");
        }
        Http.Response first = PayrollImportIT.upload(admin, "?mode=all-or-nothing", bytes(before));
        assertEquals(202, first.status(), first::toString);
        awaitCompleted(admin, first.json().getJsonNumber("id").longValue());
        assertEquals(10, Db.count("SELECT count(*) FROM " + schema + ".member"));
        long historyBefore = Db.count("SELECT count(*) FROM " + schema + ".member_history");
        long figureBefore = Db.count("SELECT coalesce(sum(value), 0)::bigint FROM reporting.tenant_figure f "
                + "JOIN control.tenant t ON t.id = f.tenant_id WHERE t.code = ? AND f.metric = 'members'", code);

        StringBuilder big = new StringBuilder(PayrollImportIT.HEADER);
        for (int n = 0; n < LINES; n++) {
            big.append(Coops.fiscalCode(n)).append(";Rossi;Mario;01/03/2020;;indeterminato;;\n");
        }
        Http.Response accepted = PayrollImportIT.upload(admin, "?mode=all-or-nothing", bytes(big));
        assertEquals(202, accepted.status(), accepted::toString);
        long job = accepted.json().getJsonNumber("id").longValue();
        String phase = awaitPastValidation(admin, job);

        ItServer.kill();
        ItServer.start("crash-it-restart.log");

        assertEquals(10, Db.count("SELECT count(*) FROM " + schema + ".member"),
                "killed during " + phase + ": not one of the " + LINES + " new workers is there");
        assertEquals(historyBefore, Db.count("SELECT count(*) FROM " + schema + ".member_history"));
        assertEquals(figureBefore, Db.count("SELECT coalesce(sum(value), 0)::bigint FROM reporting.tenant_figure f "
                + "JOIN control.tenant t ON t.id = f.tenant_id WHERE t.code = ? AND f.metric = 'members'", code),
                "the reporting figure rolled back with the rows");
        Http.Response after = Http.get("/api/members/imports/" + job, admin);
        assertEquals(200, after.status(), after::toString);
        assertNotEquals("COMPLETED", after.json().getJsonObject("job").getString("status"));
    }

    private static byte[] bytes(StringBuilder csv) {
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void awaitCompleted(String token, long job) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String status = Http.get("/api/members/imports/" + job, token).json().getJsonObject("job").getString("status");
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                assertEquals("COMPLETED", status);
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the first import did not finish in 60 s");
    }

    /** Polls the job until it is past validation (reconciling or writing), so the kill hits the database work. */
    private static String awaitPastValidation(String token, long job) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            Http.Response r = Http.get("/api/members/imports/" + job, token);
            var view = r.json().getJsonObject("job");
            String status = view.getString("status");
            assertNotEquals("COMPLETED", status, "the import ended before it could be killed: make the file bigger");
            String phase = view.containsKey("phase") ? view.getString("phase") : "";
            if (phase.equals("RECONCILING") || phase.equals("WRITING")) {
                return phase;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("import " + job + " never got past validation");
    }
}
