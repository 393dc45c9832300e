package it.mutua.migrations;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** kill -9 of a migrating or provisioning JVM never leaves a tenant half done. */
class CrashSafetyTest {

    private static final String SLOW = "migrations/test/slow/changelog.xml";
    private static TestDb db;

    @BeforeAll
    static void start() {
        db = TestDb.start();
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    /** The main tenant changelog's version: the slow test changelog adds one change after it. */
    private static final int BASE = TenantChangelog.load().targetVersion();

    @Test
    void aMigrationRunKilledMidWayLeavesEveryTenantConsistentAndTheRerunFinishesIt() throws Exception {
        DataSource ds = db.freshDatabase("crash_runner");
        List<Long> ids = TestDb.provision(ds, TenantChangelog.load(), 39);
        Path log = Files.createTempFile("mutua-cli-", ".log");
        Process cli = Forked.start(MigrationCli.class, log, "--db-url", db.server.jdbcUrl("crash_runner"),
                "--db-user", "postgres", "--changelog", SLOW, "--workers", "2");
        Forked.await(cli, log, Duration.ofSeconds(60), () -> count(ds, "SELECT count(*) FROM control.tenant WHERE schema_version = " + (BASE + 1)) >= 4);
        Forked.kill9(cli);

        int migrated = 0;
        for (long id : ids) {
            String s = "t_" + id;
            long column = TestDb.queryLong(ds, "SELECT count(*) FROM information_schema.columns "
                    + "WHERE table_schema = '" + s + "' AND table_name = 'member' AND column_name = 'nickname'");
            long history = TestDb.queryLong(ds, "SELECT max(version) FROM " + s + ".schema_history");
            long catalog = TestDb.queryLong(ds, "SELECT schema_version FROM control.tenant WHERE id = " + id);
            assertEquals(column == 1 ? BASE + 1 : BASE, history, s + ": column present ⇔ history says " + (BASE + 1));
            assertEquals(history, catalog, s + ": history and catalog agree");
            migrated += column == 1 ? 1 : 0;
        }
        assertTrue(migrated >= 4, "the kill came after some tenants were migrated: " + migrated);
        assertTrue(migrated < ids.size(), "the kill came before the end of the run: " + migrated);
        assertEquals("RUNNING", TenantMigrationRunner.latest(ds).orElseThrow().status());

        MigrationRunResult rerun = new TenantMigrationRunner(ds, p -> ds, TenantChangelog.load(SLOW), 4)
                .run(MigrationProgressListener.NONE);
        assertEquals(0, rerun.failed());
        assertEquals(ids.size() - migrated, rerun.migrated());
        assertEquals(migrated, rerun.skipped());
        assertEquals(ids.size(), count(ds, "SELECT count(*) FROM control.tenant WHERE schema_version = " + (BASE + 1)));
    }

    @Test
    void provisioningKilledMidWayLeavesNoOrphanSchemaAndNoIncompleteTenant() throws Exception {
        DataSource ds = db.freshDatabase("crash_provisioning");
        long root = TestDb.provision(ds, TenantChangelog.load(), 0).get(0);
        Path log = Files.createTempFile("mutua-prov-", ".log");
        Process loop = Forked.start(ProvisioningLoop.class, log, db.server.jdbcUrl("crash_provisioning"), Long.toString(root));
        Forked.await(loop, log, Duration.ofSeconds(60), () -> count(ds, "SELECT count(*) FROM control.tenant") >= 25);
        Forked.kill9(loop);

        long tenants = count(ds, "SELECT count(*) FROM control.tenant");
        assertTrue(tenants >= 25);
        assertEquals(0, count(ds, "SELECT count(*) FROM pg_namespace n WHERE n.nspname ~ '^t_[0-9]+$' "
                + "AND NOT EXISTS (SELECT 1 FROM control.tenant t WHERE t.schema_name = n.nspname)"), "orphan schemas");
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, schema_name FROM control.tenant WHERE status = 'ACTIVE'")) {
            while (rs.next()) {
                String s = rs.getString(2);
                assertEquals("collective_adhesion,contribution_line,contribution_payment,contribution_statement,enrolment,"
                        + "facility,facility_status_change,facility_tariff,member,"
                        + "member_consent,member_history,member_import_job,member_import_problem,plan_adoption,"
                        + "plan_layer_version,schema_history,tenant_marker", TestDb.queryString(ds,
                        "SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables "
                                + "WHERE table_schema = '" + s + "'"), s);
                assertEquals(BASE, TestDb.queryLong(ds, "SELECT max(version) FROM " + s + ".schema_history"), s);
                assertEquals(rs.getLong(1), TestDb.queryLong(ds, "SELECT tenant_id FROM " + s + ".tenant_marker"), s);
            }
        }
    }

    private static long count(DataSource ds, String sql) {
        try {
            return TestDb.queryLong(ds, sql);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
