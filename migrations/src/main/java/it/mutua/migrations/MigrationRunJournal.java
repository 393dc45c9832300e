package it.mutua.migrations;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Writes and reads control.migration_run.
 *
 * <p>Why separate from the runner: the journal has its own auto-commit connection, so progress is
 * visible to other sessions at once and never entangled with a tenant's transaction.
 */
final class MigrationRunJournal implements AutoCloseable {

    static final int STALE_SECONDS = 60;
    private static final int MAX_ERROR = 4000;

    private final Connection c;
    private long runId;

    private MigrationRunJournal(Connection c) {
        this.c = c;
    }

    /** Marks runs whose heartbeat stopped as INTERRUPTED, then inserts this run as RUNNING. */
    static MigrationRunJournal begin(DataSource control, int target, int workers, String changelog) throws SQLException {
        Connection c = control.getConnection();
        try {
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE control.migration_run SET status = 'INTERRUPTED', finished_at = now() "
                        + "WHERE status = 'RUNNING' AND heartbeat_at < now() - interval '" + STALE_SECONDS + " seconds'");
            }
            MigrationRunJournal journal = new MigrationRunJournal(c);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO control.migration_run "
                    + "(target_version, workers, changelog, runner, status) VALUES (?, ?, ?, ?, 'RUNNING') RETURNING id")) {
                ps.setInt(1, target);
                ps.setInt(2, workers);
                ps.setString(3, changelog);
                ps.setString(4, runnerName());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    journal.runId = rs.getLong(1);
                }
            }
            return journal;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    long runId() {
        return runId;
    }

    /** Writes the counters and the heartbeat; {@code status} stays RUNNING until {@link #finish}. */
    synchronized void progress(int total, int migrated, int skipped, int failed, String lastError) throws SQLException {
        write("RUNNING", total, migrated, skipped, failed, lastError, false);
    }

    synchronized void finish(String status, int total, int migrated, int skipped, int failed, String lastError)
            throws SQLException {
        write(status, total, migrated, skipped, failed, lastError, true);
    }

    private void write(String status, int total, int migrated, int skipped, int failed, String lastError,
                       boolean finished) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE control.migration_run SET status = ?, total = ?, "
                + "migrated = ?, skipped = ?, failed = ?, last_error = ?, heartbeat_at = now(), "
                + "finished_at = CASE WHEN ? THEN now() END WHERE id = ?")) {
            ps.setString(1, status);
            ps.setInt(2, total);
            ps.setInt(3, migrated);
            ps.setInt(4, skipped);
            ps.setInt(5, failed);
            ps.setString(6, lastError == null || lastError.length() <= MAX_ERROR ? lastError : lastError.substring(0, MAX_ERROR));
            ps.setBoolean(7, finished);
            ps.setLong(8, runId);
            ps.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }

    static Optional<MigrationRunStatus> latest(DataSource control) throws SQLException {
        try (Connection c = control.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, target_version, workers, changelog, runner, status, total, "
                     + "migrated, skipped, failed, last_error, started_at, heartbeat_at, finished_at "
                     + "FROM control.migration_run ORDER BY id DESC LIMIT 1")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new MigrationRunStatus(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                    rs.getString(11), rs.getObject(12, OffsetDateTime.class), rs.getObject(13, OffsetDateTime.class),
                    rs.getObject(14, OffsetDateTime.class)));
        }
    }

    private static String runnerName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown-host";
        }
        return host + " pid " + ProcessHandle.current().pid() + " (" + ManagementFactory.getRuntimeMXBean().getVmName() + ")";
    }
}
