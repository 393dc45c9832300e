package it.mutua.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Read-only checks straight in the IT server's PostgreSQL: that a rejected request left nothing behind, that a
 * schema really exists, that an audit event was written. The one write, {@link #simulateOutdatedSchema}, stages what
 * no API can: a tenant left behind by an interrupted migration; {@link #whileEverySpareSchemaIsLocked} stages an empty
 * spare-schema pool.
 */
public final class Db {

    private static final String URL = "jdbc:postgresql://localhost:" + System.getProperty("it.db.port", "5632") + "/mutua";

    private Db() {
    }

    /** A connection of its own, for a test that must hold a lock or a transaction open while the server works. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, "postgres", "postgres");
    }

    public static long count(String sql, Object... args) {
        try (Connection c = DriverManager.getConnection(URL, "postgres", "postgres");
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Marks a tenant's catalog version as older than the build supports, as after an interrupted deploy. */
    public static void simulateOutdatedSchema(String tenantCode) {
        try (Connection c = DriverManager.getConnection(URL, "postgres", "postgres");
             PreparedStatement ps = c.prepareStatement("UPDATE control.tenant SET schema_version = 1 WHERE code = ?")) {
            ps.setString(1, tenantCode);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("no tenant " + tenantCode);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs {@code action} while another transaction holds every spare tenant schema's row locked (ADR 0019), so that
     * provisioning finds no spare it may claim and creates the schema with the rendered DDL instead.
     */
    public static <T> T whileEverySpareSchemaIsLocked(java.util.function.Supplier<T> action) {
        try (Connection c = DriverManager.getConnection(URL, "postgres", "postgres")) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("SELECT schema_name FROM control.spare_schema FOR UPDATE");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // every row read is now locked until the rollback below
                }
            }
            try {
                return action.get();
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long tenants() {
        return count("SELECT count(*) FROM control.tenant");
    }

    public static long tenantSchemas() {
        return count("SELECT count(*) FROM pg_namespace WHERE nspname ~ '^t_[0-9]+$'");
    }

    public static boolean tableExists(String schema, String table) {
        return count("SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?",
                schema, table) == 1;
    }
}
