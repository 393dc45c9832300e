package it.mutua.migrations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Spare tenant schemas: complete, empty schemas made ahead of time so that provisioning only renames one (ADR 0019).
 *
 * <p>Why: creating a tenant's schema is ~90 DDL statements (26 tables, ~60 indexes, a function, triggers), and under
 * load that costs hundreds of milliseconds in the provisioning request. {@code ALTER SCHEMA ... RENAME} is one catalog
 * row update, transactional like all PostgreSQL DDL. So a background task creates spares (each one transaction: the
 * schema, its history and its row in {@code control.spare_schema}), and provisioning claims one in its own
 * transaction: delete the row ({@code FOR UPDATE SKIP LOCKED}, so two claims never get the same spare), rename the
 * schema, write the tenant_marker. A kill -9 anywhere leaves a complete spare, a complete tenant, or nothing.
 *
 * <p>A spare is handed out only if it was made from the same changelog as the claimer's: same version (number of
 * changeSets) and same last changeSet id. Older spares are dropped by {@link #discardStale} (called by the refill and
 * by the migration runner); newer ones (made by a newer build during a rolling deploy) are left to that build.
 *
 * <p>Spares live in the control database (placement "main"), the database every tenant is provisioned in today.
 */
public final class SpareSchemas {

    /** The prefix of every spare schema; never a tenant's ({@code t_<id>}), so nothing else ever lists them. */
    public static final String PREFIX = "mutua_spare_";
    private static final Pattern SPARE_NAME = Pattern.compile("^mutua_spare_[0-9]{1,18}$");
    /** First key of the two-int advisory lock space of the spare pool ("MUSP"): serialises refills across servers. */
    private static final int LOCK_CLASS = 0x4D555350;
    /** A row whose schema someone dropped by hand is not ready: a claim never fails on it. */
    private static final String SCHEMA_EXISTS =
            "EXISTS (SELECT 1 FROM pg_namespace n WHERE n.nspname = spare_schema.schema_name)";
    private static final String CLAIM = "DELETE FROM control.spare_schema WHERE schema_name = ("
            + "SELECT schema_name FROM control.spare_schema WHERE schema_version = ? AND last_changeset_id = ? AND "
            + SCHEMA_EXISTS + " ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING schema_name";
    private static final String COUNT_READY = "SELECT count(*) FROM control.spare_schema "
            + "WHERE schema_version = ? AND last_changeset_id = ? AND " + SCHEMA_EXISTS;
    private static final String SELECT_STALE = "SELECT schema_name FROM control.spare_schema "
            + "WHERE schema_version < ? OR (schema_version = ? AND last_changeset_id <> ?) OR NOT " + SCHEMA_EXISTS
            + " LIMIT 1 FOR UPDATE SKIP LOCKED";

    private SpareSchemas() {
    }

    /**
     * Claims a spare made from {@code cl} and turns it into the schema of tenant {@code tenantId}, in the caller's
     * transaction (never commits). Returns the version installed, or empty when no spare is ready (the caller then
     * creates the schema with {@link TenantSchemas#create}).
     */
    public static OptionalInt claim(Connection c, long tenantId, String tenantCode, String schemaName,
                                    TenantChangelog cl) throws SQLException {
        TenantSchemas.requireValidSchemaName(schemaName);
        TenantSchemas.requireTransaction(c);
        if (cl.targetVersion() == 0) {
            return OptionalInt.empty();
        }
        String spare;
        try (PreparedStatement ps = c.prepareStatement(CLAIM)) {
            ps.setInt(1, cl.targetVersion());
            ps.setString(2, lastChangeSetId(cl));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return OptionalInt.empty();
                }
                spare = requireSpareName(rs.getString(1));
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("ALTER SCHEMA " + spare + " RENAME TO " + schemaName);
        }
        TenantSchemas.insertMarker(c, schemaName, tenantId, tenantCode);
        return OptionalInt.of(cl.targetVersion());
    }

    /**
     * Creates one spare from {@code cl} if fewer than {@code poolSize} are ready, in one transaction of its own that
     * it commits (or rolls back). The count and the creation hold a transaction-scoped advisory lock, so two servers
     * refilling at once do not overshoot the pool. {@code c} must be a non-JTA connection; auto-commit is turned off.
     *
     * @return the new spare's name, or {@code null} when the pool was already full
     */
    public static String createIfBelow(Connection c, int poolSize, TenantChangelog cl) throws SQLException {
        c.setAutoCommit(false);
        try {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?, 0)")) {
                lock.setInt(1, LOCK_CLASS);
                lock.execute();
            }
            if (countReady(c, cl) >= poolSize) {
                c.rollback();
                return null;
            }
            String name = PREFIX + nextNumber(c);
            TenantSchemas.installEmpty(c, name, cl);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO control.spare_schema "
                    + "(schema_name, schema_version, last_changeset_id) VALUES (?, ?, ?)")) {
                ps.setString(1, name);
                ps.setInt(2, cl.targetVersion());
                ps.setString(3, lastChangeSetId(cl));
                ps.executeUpdate();
            }
            c.commit();
            return name;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(c);
            throw e;
        }
    }

    /** How many spares made from {@code cl} are ready (committed and not claimed by a committed transaction). */
    public static int countReady(Connection c, TenantChangelog cl) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COUNT_READY)) {
            ps.setInt(1, cl.targetVersion());
            ps.setString(2, lastChangeSetId(cl));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * Drops every spare older than {@code cl} (a lower version, or the same version from another changelog) and every
     * row whose schema is gone, one
     * transaction each, skipping spares being claimed. A stale spare is never handed out anyway ({@link #claim} asks
     * for the exact version); this only gives the space back. Commits; auto-commit is turned off.
     *
     * @return the number of spares dropped
     */
    public static int discardStale(Connection c, TenantChangelog cl) throws SQLException {
        c.setAutoCommit(false);
        int dropped = 0;
        try {
            for (List<String> next = lockStale(c, cl); !next.isEmpty(); next = lockStale(c, cl)) {
                String name = requireSpareName(next.get(0));
                try (Statement st = c.createStatement()) {
                    st.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
                }
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM control.spare_schema WHERE schema_name = ?")) {
                    ps.setString(1, name);
                    ps.executeUpdate();
                }
                c.commit();
                dropped++;
            }
            c.commit();
            return dropped;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(c);
            throw e;
        }
    }

    /** Locks one stale spare (not being claimed) in the current transaction; returns its name, or nothing. */
    private static List<String> lockStale(Connection c, TenantChangelog cl) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_STALE)) {
            ps.setInt(1, cl.targetVersion());
            ps.setInt(2, cl.targetVersion());
            ps.setString(3, lastChangeSetId(cl));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    /** Refuses anything that is not a system-generated spare name (mutua_spare_ followed by digits). */
    static String requireSpareName(String name) {
        if (name == null || !SPARE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a spare schema name: " + name);
        }
        return name;
    }

    private static long nextNumber(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT nextval('control.spare_schema_seq')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String lastChangeSetId(TenantChangelog cl) {
        List<RenderedChange> changes = cl.changes();
        return changes.isEmpty() ? "" : changes.get(changes.size() - 1).id();
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the server rolls the transaction back when it goes
        }
    }
}
