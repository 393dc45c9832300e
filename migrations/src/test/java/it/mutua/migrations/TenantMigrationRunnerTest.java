package it.mutua.migrations;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/** The tenant migration runner against a real embedded PostgreSQL. */
class TenantMigrationRunnerTest {

    /** The main tenant changelog's version: the test changelogs add their changeSets after it. */
    private static final int BASE = TenantChangelog.load().targetVersion();

    private static final String ADDITIVE = "migrations/test/additive/changelog.xml";
    private static TestDb db;

    @BeforeAll
    static void start() {
        db = TestDb.start();
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    private static TenantMigrationRunner runner(DataSource ds, String changelog) {
        return new TenantMigrationRunner(ds, placement -> ds, TenantChangelog.load(changelog), 4);
    }

    @Test
    void everyTenantIsMigratedNotOnlyTheFirst() throws Exception {
        DataSource ds = db.freshDatabase("runner_every");
        List<Long> ids = TestDb.provision(ds, TenantChangelog.load(), 7);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("UPDATE control.tenant SET status = 'SUSPENDED' WHERE id = " + ids.get(1));
            st.execute("UPDATE control.tenant SET status = 'ARCHIVED' WHERE id = " + ids.get(2));
        }
        AtomicInteger calls = new AtomicInteger();
        MigrationRunResult r = runner(ds, ADDITIVE).run((t, m, s, f) -> calls.incrementAndGet());

        assertEquals(7, r.migrated()); // 8 tenants, one ARCHIVED left alone
        assertEquals(7, r.total());
        assertEquals(0, r.failed());
        assertTrue(calls.get() >= 1);
        for (long id : ids) {
            String schema = "t_" + id;
            boolean archived = id == ids.get(2);
            assertEquals(archived ? 0 : 1, TestDb.queryLong(ds, "SELECT count(*) FROM information_schema.columns "
                    + "WHERE table_schema = '" + schema + "' AND table_name = 'member' AND column_name = 'alt_phone'"), schema);
            assertEquals(archived ? 0 : 1, TestDb.queryLong(ds, "SELECT count(*) FROM pg_indexes "
                    + "WHERE schemaname = '" + schema + "' AND indexname = 'member_alt_phone'"), schema);
            assertEquals(archived ? BASE : BASE + 1, TestDb.queryLong(ds, "SELECT max(version) FROM " + schema + ".schema_history"));
            assertEquals(archived ? BASE : BASE + 1, TestDb.queryLong(ds, "SELECT schema_version FROM control.tenant WHERE id = " + id));
        }
        MigrationRunStatus status = TenantMigrationRunner.latest(ds).orElseThrow();
        assertEquals("SUCCEEDED", status.status());
        assertEquals(7, status.migrated());
        assertNotNull(status.finishedAt());
    }

    @Test
    void aSecondRunIsANoOpThatSkipsEveryTenantQuickly() throws Exception {
        DataSource ds = db.freshDatabase("runner_noop");
        TestDb.provision(ds, TenantChangelog.load(), 5);
        assertEquals(6, runner(ds, ADDITIVE).run(MigrationProgressListener.NONE).migrated());

        MigrationRunResult again = runner(ds, ADDITIVE).run(MigrationProgressListener.NONE);
        assertEquals(0, again.migrated());
        assertEquals(6, again.skipped());
        assertEquals(6, again.total());
        assertTrue(again.elapsed().toMillis() < 1000, again.elapsed().toString());
        assertEquals("SUCCEEDED", TenantMigrationRunner.latest(ds).orElseThrow().status());
    }

    @Test
    void aTenantWhoseMigrationFailsIsRolledBackWholeAndTheOthersStillMigrate() throws Exception {
        DataSource ds = db.freshDatabase("runner_failing");
        List<Long> ids = TestDb.provision(ds, TenantChangelog.load(), 5);
        String bad = "t_" + ids.get(3);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            for (String cf : new String[] {"RSSMRA80A01H501U", "VRDLGI80A01H501X"}) {
                st.execute("INSERT INTO " + bad + ".member (fiscal_code, given_name, family_name, birth_date, sex, email) "
                        + "VALUES ('" + cf + "', 'A', 'B', DATE '1980-01-01', 'M', 'same@example.org')");
            }
        }
        MigrationRunResult r = runner(ds, "migrations/test/unique/changelog.xml").run(MigrationProgressListener.NONE);

        assertEquals(1, r.failed());
        assertEquals(5, r.migrated());
        assertFalse(r.succeeded());
        assertEquals(ids.get(3), r.failures().get(0).tenantId());
        assertTrue(r.failures().get(0).error().contains("member_email_uk"), r.failures().get(0).error());
        // rolled back whole: not even the first of the two new changes is there
        assertEquals(0, TestDb.queryLong(ds, "SELECT count(*) FROM information_schema.columns "
                + "WHERE table_schema = '" + bad + "' AND column_name = 'alt_phone'"));
        assertEquals(BASE, TestDb.queryLong(ds, "SELECT max(version) FROM " + bad + ".schema_history"));
        assertEquals(BASE, TestDb.queryLong(ds, "SELECT schema_version FROM control.tenant WHERE id = " + ids.get(3)));
        assertEquals(5, TestDb.queryLong(ds, "SELECT count(*) FROM control.tenant WHERE schema_version = " + (BASE + 2)));
        MigrationRunStatus status = TenantMigrationRunner.latest(ds).orElseThrow();
        assertEquals("FAILED", status.status());
        assertTrue(status.lastError().contains(bad), status.lastError());
    }

    @Test
    void aStaleRunningRowIsMarkedInterruptedByTheNextRun() throws Exception {
        DataSource ds = db.freshDatabase("runner_stale");
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO control.migration_run (target_version, workers, changelog, runner, status, heartbeat_at) "
                    + "VALUES (2, 4, 'x', 'dead runner', 'RUNNING', now() - interval '5 minutes')");
        }
        runner(ds, TenantChangelog.DEFAULT_PATH).run(MigrationProgressListener.NONE);
        assertEquals("INTERRUPTED", TestDb.queryString(ds, "SELECT status FROM control.migration_run WHERE runner = 'dead runner'"));
    }

    @Test
    void theCliRejectsBadArgumentsWithExitCodeTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true);
        PrintStream o = new PrintStream(new ByteArrayOutputStream(), true);
        assertEquals(2, MigrationCli.run(new String[] {"--workers", "zero"}, Map.of(), o, e));
        assertEquals(2, MigrationCli.run(new String[] {"--bogus", "1"}, Map.of(), o, e));
        assertEquals(2, MigrationCli.run(new String[] {"--db-url"}, Map.of(), o, e));
        assertEquals(2, MigrationCli.run(new String[] {"--db-url", "mysql://x"}, Map.of(), o, e));
        assertEquals(2, MigrationCli.run(new String[] {"--changelog", "no/such/changelog.xml", "--db-url", "jdbc:postgresql://x/y"}, Map.of(), o, e));
        assertTrue(err.toString().contains("--workers must be a number"), err.toString());
    }

    @Test
    void theCliMigratesEveryTenantAndExitsZero() throws Exception {
        DataSource ds = db.freshDatabase("runner_cli");
        TestDb.provision(ds, TenantChangelog.load(), 3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = MigrationCli.run(new String[] {"--db-url", db.server.jdbcUrl("runner_cli"), "--db-user", "postgres",
                "--changelog", ADDITIVE, "--workers", "2"}, Map.of(), new PrintStream(out, true), System.err);
        assertEquals(0, code, out.toString());
        assertTrue(out.toString().contains("migrated 4, skipped 0, failed 0"), out.toString());
        assertEquals(4, TestDb.queryLong(ds, "SELECT count(*) FROM control.tenant WHERE schema_version = " + (BASE + 1)));
    }
}
