package it.mutua.admin.api;

import java.time.OffsetDateTime;

/** Answer of {@code GET /api/admin/migrations}: the schema version the code expects and the latest run (or null). */
public record MigrationOverview(int targetVersion, Run latest) {

    /** One run of the tenant migration runner. */
    public record Run(long id, int targetVersion, int workers, String runner, String status, int total, int migrated,
                      int skipped, int failed, String lastError, OffsetDateTime startedAt, OffsetDateTime heartbeatAt,
                      OffsetDateTime finishedAt) {

        public boolean running() {
            return "RUNNING".equals(status);
        }

        /** Tenants done (migrated, skipped or failed) out of the total, 0..1. */
        public double progress() {
            return total <= 0 ? (running() ? 0 : 1) : Math.min(1.0, (migrated + skipped + failed) / (double) total);
        }
    }
}
