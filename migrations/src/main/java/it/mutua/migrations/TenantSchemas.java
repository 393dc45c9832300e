package it.mutua.migrations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Creates and migrates one tenant schema with plain JDBC, inside the caller's transaction.
 *
 * <p>Why: PostgreSQL DDL is transactional, so creating the schema, its tables, its history and the
 * catalog row in one transaction makes provisioning all-or-nothing (a kill -9 at any moment leaves
 * no trace), and sending the pre-rendered statements as one JDBC batch keeps a new tenant well
 * under the 100 ms goal. Each schema records its own version in {@code schema_history}, which is
 * the truth the runner resumes from; the catalog's schema_version is a copy kept in the same
 * transaction.
 *
 * <p>These methods never commit, roll back or change auto-commit: the caller owns the transaction
 * (a JTA transaction in the application, a local one in the runner). The connection must not be in
 * auto-commit mode.
 */
public final class TenantSchemas {

    private static final Pattern SCHEMA_NAME = Pattern.compile("^t_[0-9]{1,18}$");
    /** First key of the two-int advisory lock space used for tenant schemas ("MUTS"). */
    private static final int LOCK_CLASS = 0x4D555453;
    private static final String HISTORY_DDL = "CREATE TABLE schema_history ("
            + "version INT PRIMARY KEY, changeset_id TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())";

    private TenantSchemas() {
    }

    /** Creates the schema of a new tenant with the application's tenant changelog. */
    public static int create(Connection c, long tenantId, String tenantCode, String schemaName) throws SQLException {
        return create(c, tenantId, tenantCode, schemaName, TenantChangelog.load());
    }

    /**
     * Creates schema {@code schemaName} with every change of {@code cl}, its schema_history and its
     * tenant_marker row, in the caller's transaction. Returns the version installed.
     */
    public static int create(Connection c, long tenantId, String tenantCode, String schemaName, TenantChangelog cl)
            throws SQLException {
        requireValidSchemaName(schemaName);
        requireTransaction(c);
        installEmpty(c, schemaName, cl);
        insertMarker(c, schemaName, tenantId, tenantCode);
        return cl.targetVersion();
    }

    /**
     * Creates schema {@code schemaName} with every change of {@code cl} and its schema_history, but no tenant_marker
     * row: the common part of a tenant's schema and a spare one ({@link SpareSchemas}). The name must have been
     * validated by the caller.
     */
    static void installEmpty(Connection c, String schemaName, TenantChangelog cl) throws SQLException {
        String previous = c.getSchema();
        try {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA " + schemaName);
            }
            c.setSchema(schemaName);
            try (Statement st = c.createStatement()) {
                st.addBatch(HISTORY_DDL);
                apply(st, cl.changes());
                st.executeBatch();
            }
        } finally {
            restoreSchema(c, previous);
        }
    }

    /** Writes the row naming the tenant that owns the schema (schema-qualified: the name is validated). */
    static void insertMarker(Connection c, String schemaName, long tenantId, String tenantCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO " + schemaName + ".tenant_marker (tenant_id, tenant_code) VALUES (?, ?)")) {
            ps.setLong(1, tenantId);
            ps.setString(2, tenantCode);
            ps.executeUpdate();
        }
    }

    /**
     * Applies the changes of {@code cl} that schema {@code schemaName} has not had yet, as recorded in
     * its own schema_history, in the caller's transaction. Holds a transaction-scoped advisory lock on
     * the schema so two runners never migrate one tenant at once. Returns the schema's version after.
     *
     * @throws IllegalStateException if the schema's history does not match the changelog (a changeSet
     *                               was edited, reordered or removed, or the schema is newer than it)
     */
    public static int migrate(Connection c, String schemaName, TenantChangelog cl) throws SQLException {
        requireValidSchemaName(schemaName);
        requireTransaction(c);
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(?))")) {
            lock.setInt(1, LOCK_CLASS);
            lock.setString(2, schemaName);
            lock.execute();
        }
        String previous = c.getSchema();
        try {
            c.setSchema(schemaName);
            int version = verifiedVersion(c, schemaName, cl);
            List<RenderedChange> pending = cl.changesAfter(version);
            if (!pending.isEmpty()) {
                try (Statement st = c.createStatement()) {
                    apply(st, pending);
                    st.executeBatch();
                }
            }
            return cl.targetVersion();
        } finally {
            restoreSchema(c, previous);
        }
    }

    /** Refuses anything that is not a system-generated tenant schema name (t_ followed by digits). */
    public static String requireValidSchemaName(String schemaName) {
        if (schemaName == null || !SCHEMA_NAME.matcher(schemaName).matches()) {
            throw new IllegalArgumentException("not a tenant schema name: " + schemaName);
        }
        return schemaName;
    }

    /** Adds each change's statements and its history row to one batch (one round trip for all of them). */
    private static void apply(Statement st, List<RenderedChange> changes) throws SQLException {
        for (RenderedChange change : changes) {
            for (String sql : change.statements()) {
                st.addBatch(sql);
            }
            st.addBatch("INSERT INTO schema_history (version, changeset_id) VALUES ("
                    + change.version() + ", " + literal(change.id()) + ")");
        }
    }

    /** Reads the schema's history and checks it is a prefix of the changelog; returns its version. */
    private static int verifiedVersion(Connection c, String schemaName, TenantChangelog cl) throws SQLException {
        List<RenderedChange> all = cl.changes();
        int version = 0;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, changeset_id FROM schema_history ORDER BY version")) {
            while (rs.next()) {
                int v = rs.getInt(1);
                String id = rs.getString(2);
                if (v != version + 1) {
                    throw new IllegalStateException(schemaName + ": schema_history has a gap before version " + v);
                }
                if (v > all.size()) {
                    throw new IllegalStateException(schemaName + " is at version " + v + ", newer than changelog "
                            + cl.path() + " (" + all.size() + " changeSets)");
                }
                if (!all.get(v - 1).id().equals(id)) {
                    throw new IllegalStateException(schemaName + ": version " + v + " was changeSet " + id
                            + " but the changelog has " + all.get(v - 1).id() + " there (changelog is append-only)");
                }
                version = v;
            }
        }
        return version;
    }

    private static void restoreSchema(Connection c, String previous) throws SQLException {
        try {
            c.setSchema(previous);
        } catch (SQLException e) {
            // the transaction is aborted: the caller's rollback restores the search_path anyway
            if (!"25P02".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    /**
     * Refuses to run outside a transaction. Asks PostgreSQL rather than {@link Connection#getAutoCommit()}: a
     * JTA-managed handle (Open Liberty) reports auto-commit on even while it is enlisted in an active transaction,
     * whereas two statements that see the same transaction id are, by definition, in one transaction.
     */
    static void requireTransaction(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            return;
        }
        try (Statement s = c.createStatement()) {
            long first = singleLong(s, "SELECT txid_current()");
            long second = singleLong(s, "SELECT txid_current()");
            if (first != second) {
                throw new IllegalStateException("tenant DDL must run in the caller's transaction: auto-commit is on");
            }
        }
    }

    private static long singleLong(Statement s, String sql) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
