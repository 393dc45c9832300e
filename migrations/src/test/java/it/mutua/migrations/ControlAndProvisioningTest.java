package it.mutua.migrations;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.*;

/** The control changelog and tenant provisioning against a real embedded PostgreSQL. */
class ControlAndProvisioningTest {

    private static TestDb db;

    @BeforeAll
    static void start() {
        db = TestDb.start();
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void controlChangelogAppliesTwiceIdempotently() throws Exception {
        DataSource ds = db.freshDatabase("control_twice");
        long applied = TestDb.queryLong(ds, "SELECT count(*) FROM control.databasechangelog");
        ControlSchema.migrate(ds);
        assertEquals(applied, TestDb.queryLong(ds, "SELECT count(*) FROM control.databasechangelog"));
        assertTrue(applied >= 6);
        assertEquals(1, TestDb.queryLong(ds, "SELECT count(*) FROM information_schema.tables "
                + "WHERE table_schema = 'reporting' AND table_name = 'tenant_figure'"));
    }

    @Test
    void twoConcurrentControlMigrationsOnAnEmptyDatabaseBothSucceed() throws Exception {
        db.server.ensureDatabase("control_race");
        DataSource ds = db.server.dataSource("control_race");
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> ControlSchema.migrate(ds));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> ControlSchema.migrate(ds));
        a.get();
        b.get();
        assertEquals(1, TestDb.queryLong(ds, "SELECT count(*) FROM information_schema.tables "
                + "WHERE table_schema = 'control' AND table_name = 'tenant'"));
    }

    @Test
    void createBuildsEveryTableTheHistoryAndTheMarkerRow() throws Exception {
        DataSource ds = db.freshDatabase("create_all");
        List<Long> ids = TestDb.provision(ds, TenantChangelog.load(), 2);
        long coop = ids.get(2);
        String schema = "t_" + coop;
        assertEquals("collective_adhesion,contribution_line,contribution_payment,contribution_statement,enrolment,"
                        + "facility,facility_status_change,facility_tariff,member,"
                        + "member_consent,member_history,member_import_job,member_import_problem,plan_adoption,"
                        + "plan_layer_version,schema_history,tenant_marker", TestDb.queryString(ds,
                "SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables "
                        + "WHERE table_schema = '" + schema + "'"));
        assertEquals(coop, TestDb.queryLong(ds, "SELECT tenant_id FROM " + schema + ".tenant_marker"));
        assertEquals("coop-1", TestDb.queryString(ds, "SELECT tenant_code FROM " + schema + ".tenant_marker"));
        assertEquals("tenant-0001-create-tenant-marker,tenant-0002-create-member,tenant-0003-create-plan-layer-version,"
                        + "tenant-0004-create-plan-adoption,tenant-0005-add-plan-layer-built-on,"
                        + "tenant-0006-extend-member-registry,tenant-0007-create-member-history,tenant-0008-create-enrolment,"
                        + "tenant-0010-create-facility,tenant-0011-create-facility-tariff,"
                        + "tenant-0018-create-member-import-job,tenant-0019-create-contribution",
                TestDb.queryString(ds,
                "SELECT string_agg(changeset_id, ',' ORDER BY version) FROM " + schema + ".schema_history"));
        assertEquals(1, TestDb.queryLong(ds, "SELECT count(*) FROM pg_indexes WHERE schemaname = '" + schema
                + "' AND indexname = 'member_family_name'"));
        assertEquals("YES", TestDb.queryString(ds, "SELECT is_identity FROM information_schema.columns "
                + "WHERE table_schema = '" + schema + "' AND table_name = 'member' AND column_name = 'id'"));
    }

    @Test
    void createRestoresTheConnectionsPreviousSchema() throws Exception {
        DataSource ds = db.freshDatabase("create_restore");
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            long root = TestDb.insertRoot(c, 2);
            String before = c.getSchema();
            TenantSchemas.create(c, root, "national", "t_" + root);
            assertEquals(before, c.getSchema());
            c.commit();
        }
    }

    @Test
    void aCreateWhoseLastChangeFailsLeavesNoSchemaAndNoRowsAfterRollback() throws Exception {
        DataSource ds = db.freshDatabase("create_broken");
        TenantChangelog broken = TenantChangelog.load("migrations/test/broken/changelog.xml");
        long root;
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            root = TestDb.insertRoot(c, broken.targetVersion());
            SQLException e = assertThrows(SQLException.class,
                    () -> TenantSchemas.create(c, root, "national", "t_" + root, broken));
            assertTrue(String.valueOf(e.getMessage()).contains("table_that_does_not_exist")
                    || String.valueOf(e.getNextException()).contains("table_that_does_not_exist"), e.toString());
            c.rollback();
        }
        assertEquals(0, TestDb.queryLong(ds, "SELECT count(*) FROM information_schema.schemata WHERE schema_name = 't_" + root + "'"));
        assertEquals(0, TestDb.queryLong(ds, "SELECT count(*) FROM control.tenant"));
        assertEquals(0, TestDb.queryLong(ds, "SELECT count(*) FROM pg_class WHERE relname IN ('tenant_marker', 'schema_history', 'member')"));
    }

    @Test
    void aSchemaNameThatIsNotSystemGeneratedIsRefused() throws Exception {
        DataSource ds = db.freshDatabase("create_refused");
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            for (String bad : new String[] {"public", "t_1; DROP SCHEMA control CASCADE", "T_1", "t_", "t_1a", null}) {
                assertThrows(IllegalArgumentException.class, () -> TenantSchemas.create(c, 1, "x-1", bad), bad);
            }
            c.rollback();
        }
    }

    @Test
    void createRefusesToRunInAutoCommitMode() throws Exception {
        DataSource ds = db.freshDatabase("create_autocommit");
        try (Connection c = ds.getConnection()) {
            assertThrows(IllegalStateException.class, () -> TenantSchemas.create(c, 1, "x-1", "t_1"));
        }
        assertEquals(0, TestDb.queryLong(ds, "SELECT count(*) FROM information_schema.schemata WHERE schema_name = 't_1'"));
    }
}
