package it.mutua.migrations;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.*;

/** Spare tenant schemas (ADR 0019) against a real embedded PostgreSQL. */
class SpareSchemasTest {

    private static final TenantChangelog MAIN = TenantChangelog.load();
    /** The main changelog plus one changeSet: a newer build's changelog. */
    private static final TenantChangelog NEWER = TenantChangelog.load("migrations/test/additive/changelog.xml");
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
    void aClaimedSpareBecomesTheTenantsSchemaWithTheSameTablesHistoryAndMarkerAsTheRenderedDdl() throws Exception {
        DataSource ds = db.freshDatabase("spare_claim");
        long root = TestDb.provision(ds, MAIN, 0).get(0); // made by the rendered DDL: the reference
        String spare = createSpare(ds, 1, MAIN);
        long coop;
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            coop = TestDb.insertCooperative(c, root, "coop-spare", "ACTIVE", MAIN.targetVersion());
            OptionalInt version = SpareSchemas.claim(c, coop, "coop-spare", "t_" + coop, MAIN);
            assertEquals(OptionalInt.of(MAIN.targetVersion()), version);
            c.commit();
        }
        String schema = "t_" + coop;
        assertEquals(tables(ds, "t_" + root), tables(ds, schema));
        assertEquals(indexes(ds, "t_" + root), indexes(ds, schema));
        assertEquals(MAIN.targetVersion(), TestDb.queryLong(ds, "SELECT max(version) FROM " + schema + ".schema_history"));
        assertEquals(TestDb.queryString(ds, "SELECT string_agg(changeset_id, ',' ORDER BY version) FROM t_" + root
                + ".schema_history"), TestDb.queryString(ds, "SELECT string_agg(changeset_id, ',' ORDER BY version) FROM "
                + schema + ".schema_history"));
        assertEquals(coop, TestDb.queryLong(ds, "SELECT tenant_id FROM " + schema + ".tenant_marker"));
        assertEquals("coop-spare", TestDb.queryString(ds, "SELECT tenant_code FROM " + schema + ".tenant_marker"));
        assertEquals(0, schemaCount(ds, spare), "the spare's name is gone");
        assertEquals(0, TestDb.queryLong(ds, "SELECT count(*) FROM control.spare_schema"));
    }

    @Test
    void theClaimedSchemasTablesWorkUnderTheirNewName() throws Exception {
        DataSource ds = db.freshDatabase("spare_usable");
        long root = TestDb.provision(ds, MAIN, 0).get(0);
        createSpare(ds, 1, MAIN);
        long coop = claimForNewCooperative(ds, root, "coop-usable").orElseThrow();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            // identity columns and the append-only trigger moved with the schema (they are bound by oid, not name)
            st.execute("INSERT INTO t_" + coop + ".health_access_log (actor, actor_role, actor_tenant_id, "
                    + "subject_fiscal_code, what) VALUES ('a', 'R', 1, 'RSSMRA80A01H501U', 'CLAIM')");
            assertThrows(SQLException.class, () -> st.execute("UPDATE t_" + coop + ".health_access_log SET actor = 'b'"));
        }
        assertEquals(1, TestDb.queryLong(ds, "SELECT max(id) FROM t_" + coop + ".health_access_log"));
    }

    @Test
    void withoutAReadySpareTheClaimAnswersNothingAndTouchesNothing() throws Exception {
        DataSource ds = db.freshDatabase("spare_none");
        long root = TestDb.provision(ds, MAIN, 0).get(0);
        assertTrue(claimForNewCooperative(ds, root, "coop-none").isEmpty());
        assertEquals(1, TestDb.queryLong(ds, "SELECT count(*) FROM pg_namespace WHERE nspname ~ '^t_[0-9]+$'"));
    }

    @Test
    void theRefillStopsAtThePoolSize() throws Exception {
        DataSource ds = db.freshDatabase("spare_size");
        assertNotNull(createSpare(ds, 2, MAIN));
        assertNotNull(createSpare(ds, 2, MAIN));
        assertNull(createSpare(ds, 2, MAIN));
        try (Connection c = ds.getConnection()) {
            assertEquals(2, SpareSchemas.countReady(c, MAIN));
        }
        assertEquals(2, TestDb.queryLong(ds, "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'mutua\\_spare\\_%'"));
    }

    @Test
    void concurrentClaimsNeverHandOutOneSpareTwice() throws Exception {
        DataSource ds = db.freshDatabase("spare_race");
        long root = TestDb.provision(ds, MAIN, 0).get(0);
        for (int i = 0; i < 3; i++) {
            createSpare(ds, 3, MAIN);
        }
        int claimers = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(claimers);
        List<Future<OptionalInt>> results = new ArrayList<>();
        try {
            for (int i = 0; i < claimers; i++) {
                String code = "race-" + i;
                results.add(pool.submit(() -> {
                    go.await();
                    return claimForNewCooperative(ds, root, code);
                }));
            }
            go.countDown();
            Set<Long> claimed = new HashSet<>();
            for (Future<OptionalInt> r : results) {
                OptionalInt id = r.get();
                id.ifPresent(v -> claimed.add((long) v));
            }
            assertEquals(3, claimed.size(), "three spares, three claims served, the others told there is none");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, TestDb.queryLong(ds, "SELECT count(*) FROM control.spare_schema"));
        assertEquals(0, TestDb.queryLong(ds, "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'mutua\\_spare\\_%'"));
    }

    @Test
    void aSpareClaimedByAnOpenTransactionIsSkippedAndComesBackWhenThatTransactionRollsBack() throws Exception {
        DataSource ds = db.freshDatabase("spare_rollback");
        long root = TestDb.provision(ds, MAIN, 0).get(0);
        String spare = createSpare(ds, 1, MAIN);
        try (Connection first = ds.getConnection()) {
            first.setAutoCommit(false);
            long id = TestDb.insertCooperative(first, root, "first", "ACTIVE", MAIN.targetVersion());
            assertTrue(SpareSchemas.claim(first, id, "first", "t_" + id, MAIN).isPresent());
            assertTrue(claimForNewCooperative(ds, root, "second").isEmpty(), "skipped, not waited for");
            first.rollback();
        }
        assertEquals(1, schemaCount(ds, spare));
        assertEquals(1, TestDb.queryLong(ds, "SELECT count(*) FROM control.spare_schema WHERE schema_name = '" + spare + "'"));
    }

    @Test
    void aSpareFromAnOlderChangelogIsNeverHandedOutAndTheRefillDropsIt() throws Exception {
        DataSource ds = db.freshDatabase("spare_stale");
        long root = TestDb.provision(ds, NEWER, 0).get(0);
        String old = createSpare(ds, 1, MAIN);
        assertTrue(claimForNewCooperative(ds, root, "coop-new", NEWER).isEmpty(), "version " + MAIN.targetVersion()
                + " is not handed out to a build at " + NEWER.targetVersion());
        try (Connection c = ds.getConnection()) {
            assertEquals(0, SpareSchemas.countReady(c, NEWER));
            assertEquals(1, SpareSchemas.discardStale(c, NEWER));
        }
        assertEquals(0, schemaCount(ds, old));
        assertEquals(0, TestDb.queryLong(ds, "SELECT count(*) FROM control.spare_schema"));
    }

    @Test
    void aSpareFromANewerChangelogIsNeitherHandedOutNorDroppedByAnOlderBuild() throws Exception {
        DataSource ds = db.freshDatabase("spare_newer");
        long root = TestDb.provision(ds, MAIN, 0).get(0);
        String newer = createSpare(ds, 1, NEWER);
        assertTrue(claimForNewCooperative(ds, root, "coop-old").isEmpty());
        try (Connection c = ds.getConnection()) {
            assertEquals(0, SpareSchemas.discardStale(c, MAIN));
        }
        assertEquals(1, schemaCount(ds, newer));
    }

    @Test
    void theMigrationRunnerDropsSparesOfTheOlderVersionAndCountsNoSpareAsATenant() throws Exception {
        DataSource ds = db.freshDatabase("spare_runner");
        TestDb.provision(ds, MAIN, 2);
        String old = createSpare(ds, 2, MAIN);
        createSpare(ds, 2, MAIN);
        MigrationRunResult result = new TenantMigrationRunner(ds, p -> ds, NEWER, 2).run(MigrationProgressListener.NONE);
        assertEquals(3, result.total(), "the national root and two cooperatives, no spare");
        assertEquals(3, result.migrated());
        assertEquals(0, schemaCount(ds, old));
        assertEquals(0, TestDb.queryLong(ds, "SELECT count(*) FROM control.spare_schema"));
    }

    @Test
    void aSpareDroppedByHandIsSkippedByTheClaimAndItsRowIsCleanedUp() throws Exception {
        DataSource ds = db.freshDatabase("spare_dropped");
        long root = TestDb.provision(ds, MAIN, 0).get(0);
        String gone = createSpare(ds, 2, MAIN);
        String kept = createSpare(ds, 2, MAIN);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA " + gone + " CASCADE");
            assertEquals(1, SpareSchemas.countReady(c, MAIN));
        }
        long coop = claimForNewCooperative(ds, root, "coop-kept").orElseThrow();
        assertEquals(0, schemaCount(ds, kept), "the existing spare was the one claimed");
        assertEquals(1, schemaCount(ds, "t_" + coop));
        try (Connection c = ds.getConnection()) {
            assertEquals(1, SpareSchemas.discardStale(c, MAIN));
        }
        assertEquals(0, TestDb.queryLong(ds, "SELECT count(*) FROM control.spare_schema"));
    }

    @Test
    void aSpareNameThatIsNotSystemGeneratedIsRefused() {
        for (String bad : new String[] {"t_1", "mutua_spare_", "mutua_spare_1; DROP SCHEMA control", "public", null}) {
            assertThrows(IllegalArgumentException.class, () -> SpareSchemas.requireSpareName(bad), bad);
        }
        assertEquals("mutua_spare_12", SpareSchemas.requireSpareName("mutua_spare_12"));
    }

    @Test
    void spareCreationKilledMidWayLeavesOnlyCompleteSpares() throws Exception {
        DataSource ds = db.freshDatabase("spare_crash");
        String reference = "t_" + TestDb.provision(ds, MAIN, 0).get(0);
        Path log = Files.createTempFile("mutua-spare-", ".log");
        Process loop = Forked.start(SpareLoop.class, log, db.server.jdbcUrl("spare_crash"));
        Forked.await(loop, log, Duration.ofSeconds(90),
                () -> count(ds, "SELECT count(*) FROM control.spare_schema") >= 5);
        Forked.kill9(loop);

        long rows = count(ds, "SELECT count(*) FROM control.spare_schema");
        assertTrue(rows >= 5);
        assertEquals(rows, count(ds, "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'mutua\\_spare\\_%'"),
                "one schema per row, no orphan half-made spare");
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT schema_name FROM control.spare_schema")) {
            while (rs.next()) {
                String s = rs.getString(1);
                assertEquals(tables(ds, reference), tables(ds, s), s);
                assertEquals(MAIN.targetVersion(), TestDb.queryLong(ds, "SELECT max(version) FROM " + s + ".schema_history"), s);
                assertEquals(0, TestDb.queryLong(ds, "SELECT count(*) FROM " + s + ".tenant_marker"), s);
            }
        }
    }

    /** Creates a spare (own transaction) if fewer than {@code poolSize} are ready; its name or null. */
    private static String createSpare(DataSource ds, int poolSize, TenantChangelog cl) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return SpareSchemas.createIfBelow(c, poolSize, cl);
        }
    }

    private static OptionalInt claimForNewCooperative(DataSource ds, long root, String code) throws SQLException {
        return claimForNewCooperative(ds, root, code, MAIN);
    }

    /** Provisions a cooperative from a spare in one transaction, as the application does; its id, or empty. */
    private static OptionalInt claimForNewCooperative(DataSource ds, long root, String code, TenantChangelog cl)
            throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            long id = TestDb.insertCooperative(c, root, code, "ACTIVE", cl.targetVersion());
            if (SpareSchemas.claim(c, id, code, "t_" + id, cl).isEmpty()) {
                c.rollback();
                return OptionalInt.empty();
            }
            c.commit();
            return OptionalInt.of((int) id);
        }
    }

    private static String tables(DataSource ds, String schema) throws SQLException {
        return TestDb.queryString(ds, "SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables "
                + "WHERE table_schema = '" + schema + "'");
    }

    private static String indexes(DataSource ds, String schema) throws SQLException {
        return TestDb.queryString(ds, "SELECT string_agg(indexname, ',' ORDER BY indexname) FROM pg_indexes "
                + "WHERE schemaname = '" + schema + "'");
    }

    private static long schemaCount(DataSource ds, String schema) throws SQLException {
        return TestDb.queryLong(ds, "SELECT count(*) FROM pg_namespace WHERE nspname = '" + schema + "'");
    }

    private static long count(DataSource ds, String sql) {
        try {
            return TestDb.queryLong(ds, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
