package it.mutua.migrations;

import java.time.OffsetDateTime;

/**
 * One row of control.migration_run, as read by {@link TenantMigrationRunner#latest}.
 *
 * <p>Why: progress must be readable from another process (admin API, a second CLI) while a run
 * is going, and after a crash (a RUNNING row with an old heartbeat is an interrupted run).
 */
public record MigrationRunStatus(long id, int targetVersion, int workers, String changelog, String runner,
                                 String status, int total, int migrated, int skipped, int failed, String lastError,
                                 OffsetDateTime startedAt, OffsetDateTime heartbeatAt, OffsetDateTime finishedAt) {

    public boolean running() {
        return "RUNNING".equals(status);
    }
}
