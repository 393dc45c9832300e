package it.mutua.migrations;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Brings every ACTIVE or SUSPENDED tenant schema to the changelog's target version, on demand.
 *
 * <p>Why: DESIGN.md §5 forbids migrating tenants in a loop at start-up (Fineract); this runner is
 * called by {@link MigrationCli} and by the admin endpoint. Each tenant is one transaction (schema
 * change + catalog version), so a crash leaves every tenant either before or after, and a rerun
 * resumes by skipping tenants already at target (django-tenants #177). Liquibase is not called per
 * schema, so its JVM-wide fast-check cache cannot skip tenants (liquibase #4304/#5784).
 *
 * <p>Workers: {@code workersPerDatabase} threads per placement, each holding one connection that is
 * recycled every {@value #TENANTS_PER_CONNECTION} tenants (a backend that touched thousands of
 * schemas keeps their catalog entries cached) and after any failure.
 */
public final class TenantMigrationRunner {

    public static final int DEFAULT_WORKERS = 4;
    static final int MAX_FAILURES_KEPT = 100;
    private static final int TENANTS_PER_CONNECTION = 250;
    private static final long HEARTBEAT_MS = 250;
    private static final String SELECT_PENDING =
            "SELECT s.skipped, t.id, t.schema_name, t.placement FROM "
                    + "(SELECT count(*) AS skipped FROM control.tenant "
                    + "  WHERE status IN ('ACTIVE', 'SUSPENDED') AND schema_version >= ?) s "
                    + "LEFT JOIN control.tenant t ON t.status IN ('ACTIVE', 'SUSPENDED') AND t.schema_version < ? "
                    + "ORDER BY t.id";
    private static final String UPDATE_CATALOG = "UPDATE control.tenant SET schema_version = ?, updated_at = now(), "
            + "row_version = row_version + 1 WHERE id = ? AND schema_version < ?";

    private final DataSource control;
    private final Function<String, DataSource> placements;
    private final TenantChangelog changelog;
    private final int workersPerDatabase;

    /**
     * @param control            the database holding schema control
     * @param placements         the DataSource (one pool) of each placement; return {@code control}
     *                           itself for the placement living in the control database ("main"), so
     *                           schema change and catalog update share one transaction
     * @param changelog          the rendered tenant changelog
     * @param workersPerDatabase concurrent tenant migrations per placement (≥ 1)
     */
    public TenantMigrationRunner(DataSource control, Function<String, DataSource> placements,
                                 TenantChangelog changelog, int workersPerDatabase) {
        if (workersPerDatabase < 1) {
            throw new IllegalArgumentException("workersPerDatabase must be ≥ 1, was " + workersPerDatabase);
        }
        this.control = Objects.requireNonNull(control);
        this.placements = Objects.requireNonNull(placements);
        this.changelog = Objects.requireNonNull(changelog);
        this.workersPerDatabase = workersPerDatabase;
    }

    /** A runner with {@value #DEFAULT_WORKERS} workers per database. */
    public TenantMigrationRunner(DataSource control, Function<String, DataSource> placements, TenantChangelog changelog) {
        this(control, placements, changelog, DEFAULT_WORKERS);
    }

    /** The latest run recorded in control.migration_run (running, finished or interrupted). */
    public static Optional<MigrationRunStatus> latest(DataSource control) {
        try {
            return MigrationRunJournal.latest(control);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read control.migration_run: " + e.getMessage(), e);
        }
    }

    /** Runs the migration of every tenant below target; returns when all are done or failed. */
    public MigrationRunResult run(MigrationProgressListener listener) {
        long start = System.nanoTime();
        int target = changelog.targetVersion();
        try (MigrationRunJournal journal = MigrationRunJournal.begin(control, target, workersPerDatabase, changelog.path())) {
            discardStaleSpares();
            Progress p = new Progress();
            Map<String, List<Pending>> byPlacement = selectPending(target, p);
            p.total = p.skipped + byPlacement.values().stream().mapToInt(List::size).sum();
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "migration-heartbeat"));
            try {
                if (!byPlacement.isEmpty()) {
                    ticker.scheduleWithFixedDelay(() -> report(journal, p, listener), HEARTBEAT_MS, HEARTBEAT_MS,
                            TimeUnit.MILLISECONDS);
                    migrateAll(byPlacement, target, p);
                }
            } finally {
                ticker.shutdownNow();
                ticker.awaitTermination(5, TimeUnit.SECONDS);
            }
            int failed = p.failed.get();
            journal.finish(failed == 0 ? "SUCCEEDED" : "FAILED", p.total, p.migrated.get(), p.skipped, failed, p.lastError.get());
            listener.onProgress(p.total, p.migrated.get(), p.skipped, failed);
            return new MigrationRunResult(journal.runId(), target, p.total, p.migrated.get(), p.skipped, failed,
                    p.failures, Duration.ofNanos(System.nanoTime() - start));
        } catch (SQLException e) {
            throw new IllegalStateException("tenant migration run failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("tenant migration run interrupted", e);
        }
    }

    /**
     * Drops the spare schemas made from an older changelog (ADR 0019). They are no tenants and are never handed out
     * (a claim asks for the exact version), so they are not counted; this only gives their space back, and the pool
     * refills at the new version in the background.
     */
    private void discardStaleSpares() {
        try (Connection c = control.getConnection()) {
            SpareSchemas.discardStale(c, changelog);
        } catch (SQLException e) {
            // housekeeping only: a stale spare stays unused until the next run or refill drops it
        }
    }

    /** One indexed query: the tenants below target (grouped by placement) and the count of those at target. */
    private Map<String, List<Pending>> selectPending(int target, Progress p) throws SQLException {
        Map<String, List<Pending>> byPlacement = new LinkedHashMap<>();
        try (Connection c = control.getConnection(); PreparedStatement ps = c.prepareStatement(SELECT_PENDING)) {
            ps.setInt(1, target);
            ps.setInt(2, target);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    p.skipped = rs.getInt(1);
                    long id = rs.getLong(2);
                    if (!rs.wasNull()) {
                        byPlacement.computeIfAbsent(rs.getString(4), k -> new ArrayList<>())
                                .add(new Pending(id, rs.getString(3)));
                    }
                }
            }
        }
        return byPlacement;
    }

    private void migrateAll(Map<String, List<Pending>> byPlacement, int target, Progress p) throws InterruptedException {
        List<ExecutorService> pools = new ArrayList<>();
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (Map.Entry<String, List<Pending>> e : byPlacement.entrySet()) {
                DataSource ds = Objects.requireNonNull(placements.apply(e.getKey()), "no DataSource for placement " + e.getKey());
                Queue<Pending> queue = new ConcurrentLinkedQueue<>(e.getValue());
                int n = Math.min(workersPerDatabase, e.getValue().size());
                ExecutorService pool = Executors.newFixedThreadPool(n, r -> daemon(r, "migration-" + e.getKey()));
                pools.add(pool);
                for (int i = 0; i < n; i++) {
                    futures.add(pool.submit(() -> work(ds, ds == control, queue, target, p)));
                }
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException ex) {
                    p.fail(null, "worker crashed: " + ex.getCause());
                }
            }
        } finally {
            pools.forEach(ExecutorService::shutdownNow);
        }
    }

    /** One worker: takes tenants from the queue until it is empty, one transaction each. */
    private void work(DataSource ds, boolean catalogInSameDatabase, Queue<Pending> queue, int target, Progress p) {
        Connection c = null;
        int used = 0;
        try {
            for (Pending t = queue.poll(); t != null && !Thread.currentThread().isInterrupted(); t = queue.poll()) {
                try {
                    if (c == null || used >= TENANTS_PER_CONNECTION) {
                        closeQuietly(c);
                        c = ds.getConnection();
                        c.setAutoCommit(false);
                        used = 0;
                    }
                    used++;
                    migrateOne(c, catalogInSameDatabase, t, target);
                    p.migrated.incrementAndGet();
                } catch (Exception e) {
                    rollbackQuietly(c);
                    closeQuietly(c); // a connection in an unknown state is not reused
                    c = null;
                    p.fail(t, describe(e));
                }
            }
        } finally {
            closeQuietly(c);
        }
    }

    private void migrateOne(Connection c, boolean catalogInSameDatabase, Pending t, int target) throws SQLException {
        int version = TenantSchemas.migrate(c, t.schemaName, changelog);
        if (catalogInSameDatabase) {
            updateCatalog(c, t.id, version);
            c.commit();
        } else {
            // another database: the schema commits first; if we die before the catalog update, the
            // rerun finds the schema at target (its own history) and only updates the catalog
            c.commit();
            try (Connection cc = control.getConnection()) {
                cc.setAutoCommit(true);
                updateCatalog(cc, t.id, version);
            }
        }
    }

    private static void updateCatalog(Connection c, long tenantId, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPDATE_CATALOG)) {
            ps.setInt(1, version);
            ps.setLong(2, tenantId);
            ps.setInt(3, version);
            ps.executeUpdate();
        }
    }

    private static void report(MigrationRunJournal journal, Progress p, MigrationProgressListener listener) {
        try {
            int migrated = p.migrated.get();
            int failed = p.failed.get();
            journal.progress(p.total, migrated, p.skipped, failed, p.lastError.get());
            listener.onProgress(p.total, migrated, p.skipped, failed);
        } catch (Exception e) {
            // a missed heartbeat is harmless; the next tick or the final write retries
        }
    }

    /** The error text, including the server's message hidden behind a batch failure. */
    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage() == null ? e.toString() : e.getMessage()));
        if (e instanceof SQLException s && s.getNextException() != null) {
            sb.append(" / ").append(s.getNextException().getMessage());
        }
        return sb.toString();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static void rollbackQuietly(Connection c) {
        try {
            if (c != null) {
                c.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is discarded next
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException ignored) {
            // nothing left to do with it
        }
    }

    private record Pending(long id, String schemaName) {
    }

    /** Counters shared by the workers and the heartbeat. */
    private static final class Progress {
        volatile int total;
        volatile int skipped;
        final AtomicInteger migrated = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicReference<String> lastError = new AtomicReference<>();
        final List<MigrationRunResult.TenantFailure> failures = new CopyOnWriteArrayList<>();

        void fail(Pending t, String error) {
            failed.incrementAndGet();
            String where = t == null ? "" : "tenant " + t.id + " (" + t.schemaName + "): ";
            lastError.set(where + error);
            if (t != null && failures.size() < MAX_FAILURES_KEPT) {
                failures.add(new MigrationRunResult.TenantFailure(t.id, t.schemaName, error));
            }
        }
    }
}
