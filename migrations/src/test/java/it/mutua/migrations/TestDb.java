package it.mutua.migrations;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Test support: one embedded PostgreSQL per test class on a temp dir and a free port, plus plain-SQL
 * catalog rows that respect control.tenant's CHECK constraints.
 */
final class TestDb implements AutoCloseable {

    final EmbeddedPostgresServer server;
    private final Path dir;

    private TestDb(EmbeddedPostgresServer server, Path dir) {
        this.server = server;
        this.dir = dir;
    }

    static TestDb start() {
        try {
            Path dir = Files.createTempDirectory("mutua-pg-");
            return new TestDb(EmbeddedPostgresServer.startOrReuse(dir.resolve("data"), freePort()), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A fresh database with the control schema migrated (isolates tests inside one class). */
    DataSource freshDatabase(String name) {
        server.ensureDatabase(name);
        DataSource ds = server.dataSource(name);
        ControlSchema.migrate(ds);
        return ds;
    }

    @Override
    public void close() throws IOException {
        server.close();
        // the postmaster may still be removing its own files (postmaster.pid) when close() returns: a file that
        // vanishes under the walk is not an error, so walk again until the directory is gone
        for (int attempt = 1; Files.exists(dir); attempt++) {
            try (var walk = Files.walk(dir)) {
                walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            } catch (UncheckedIOException | java.nio.file.NoSuchFileException e) {
                if (attempt >= 5) {
                    throw e instanceof IOException io ? io : ((UncheckedIOException) e).getCause();
                }
            }
        }
    }

    /** Inserts the NATIONAL root (path /id/) and returns its id. */
    static long insertRoot(Connection c, int schemaVersion) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "WITH n AS (SELECT nextval('control.tenant_id_seq') AS id) "
                        + "INSERT INTO control.tenant (id, code, kind, name, path, schema_name, status, schema_version) "
                        + "SELECT id, 'national', 'NATIONAL', 'National mutual', '/' || id || '/', 't_' || id, 'ACTIVE', ? FROM n "
                        + "RETURNING id")) {
            ps.setInt(1, schemaVersion);
            return single(ps);
        }
    }

    /** Inserts a cooperative under {@code rootId} (path /root/id/) and returns its id. */
    static long insertCooperative(Connection c, long rootId, String code, String status, int schemaVersion)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "WITH n AS (SELECT nextval('control.tenant_id_seq') AS id) "
                        + "INSERT INTO control.tenant (id, code, kind, name, parent_id, path, schema_name, status, schema_version) "
                        + "SELECT id, ?, 'COOPERATIVE', 'Cooperativa ' || ?, ?, '/' || ? || '/' || id || '/', 't_' || id, ?, ? FROM n "
                        + "RETURNING id")) {
            ps.setString(1, code);
            ps.setString(2, code);
            ps.setLong(3, rootId);
            ps.setLong(4, rootId);
            ps.setString(5, status);
            ps.setInt(6, schemaVersion);
            return single(ps);
        }
    }

    /** Provisions the root and {@code n} cooperatives, each catalog row + schema in one transaction. */
    static List<Long> provision(DataSource ds, TenantChangelog cl, int n) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            long root = insertRoot(c, cl.targetVersion());
            TenantSchemas.create(c, root, "national", "t_" + root, cl);
            c.commit();
            ids.add(root);
            for (int i = 0; i < n; i++) {
                String code = "coop-" + i;
                long id = insertCooperative(c, root, code, "ACTIVE", cl.targetVersion());
                TenantSchemas.create(c, id, code, "t_" + id, cl);
                c.commit();
                ids.add(id);
            }
        }
        return ids;
    }

    static long single(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long queryLong(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String queryString(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
