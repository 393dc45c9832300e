package it.mutua.migrations;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.*;

/** Durability settings and reuse of a running server. */
class EmbeddedPostgresServerTest {

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
    void durabilityIsOnDespiteZonkyDefaults() throws Exception {
        DataSource ds = db.server.dataSource(EmbeddedPostgresServer.APP_DATABASE);
        assertEquals("on", TestDb.queryString(ds, "SHOW fsync"));
        assertEquals("on", TestDb.queryString(ds, "SHOW synchronous_commit"));
        assertEquals("on", TestDb.queryString(ds, "SHOW full_page_writes"));
        assertEquals("localhost", TestDb.queryString(ds, "SHOW listen_addresses"));
        assertEquals("200", TestDb.queryString(ds, "SHOW max_connections"));
    }

    @Test
    void theMutuaDatabaseExistsAndTheUrlPointsAtIt() throws Exception {
        assertEquals("jdbc:postgresql://localhost:" + db.server.port() + "/mutua", db.server.jdbcUrl("mutua"));
        assertEquals("mutua", TestDb.queryString(db.server.dataSource("mutua"), "SELECT current_database()"));
    }

    @Test
    void aSecondStartOrReuseOnTheSameDirectoryReusesTheRunningServer() throws Exception {
        DataSource ds = db.server.dataSource("mutua");
        long pid = TestDb.queryLong(ds, "SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'");
        EmbeddedPostgresServer again = EmbeddedPostgresServer.startOrReuse(db.server.dataDir(), db.server.port());
        assertTrue(db.server.startedHere());
        assertFalse(again.startedHere());
        again.close(); // must not stop the server it did not start
        assertEquals(pid, TestDb.queryLong(ds, "SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'"));
    }

    @Test
    void aServerOnThePortWithAnotherDataDirectoryIsRefused() throws Exception {
        java.nio.file.Path other = java.nio.file.Files.createTempDirectory("mutua-other-");
        assertThrows(IllegalStateException.class, () -> EmbeddedPostgresServer.startOrReuse(other, db.server.port()));
    }

    @Test
    void aServerLeftRunningByAJvmKilledWithMinus9IsReusedByTheNextStart() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("mutua-kill9-").resolve("data");
        int port = TestDb.freePort();
        java.nio.file.Path log = java.nio.file.Files.createTempFile("mutua-kill9-", ".log");
        Process p = Forked.start(ServerThenWait.class, log, dir.toString(), Integer.toString(port));
        Forked.await(p, log, java.time.Duration.ofSeconds(90), () -> {
            try {
                return java.nio.file.Files.readString(log).contains("READY started=true");
            } catch (java.io.IOException e) {
                return false;
            }
        });
        Forked.kill9(p);
        long postmaster = Long.parseLong(java.nio.file.Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());
        try {
            EmbeddedPostgresServer reused = EmbeddedPostgresServer.startOrReuse(dir, port);
            assertFalse(reused.startedHere());
            assertEquals("on", TestDb.queryString(reused.dataSource("mutua"), "SHOW fsync"));
            reused.close();
            assertTrue(ProcessHandle.of(postmaster).isPresent(), "close() of a reused server leaves it running");
            reused.shutdown();
            ProcessHandle.of(postmaster).ifPresent(h -> h.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join());
            assertFalse(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false),
                    "shutdown() at the end of the application stops even a reused server");
        } finally {
            // the server was started (indirectly) by this test: stop it by its PID (SIGTERM = smart shutdown)
            ProcessHandle.of(postmaster).ifPresent(h -> {
                h.destroy();
                h.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
            });
        }
    }
}
