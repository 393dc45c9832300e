package it.mutua.migrations;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of one {@link TenantMigrationRunner#run} call.
 *
 * <p>Why: the CLI maps it to an exit code and the admin endpoint to a response; the failures are
 * kept (capped) so an operator sees which tenants to look at without reading logs.
 *
 * @param runId         the control.migration_run row of this run
 * @param targetVersion the changelog's target version
 * @param total         tenants considered (ACTIVE or SUSPENDED)
 * @param migrated      tenants brought to the target in this run
 * @param skipped       tenants already at the target
 * @param failed        tenants whose migration was rolled back
 * @param failures      the first failures (at most {@value TenantMigrationRunner#MAX_FAILURES_KEPT})
 * @param elapsed       wall time of the run
 */
public record MigrationRunResult(long runId, int targetVersion, int total, int migrated, int skipped, int failed,
                                 List<TenantFailure> failures, Duration elapsed) {

    public MigrationRunResult {
        failures = List.copyOf(failures);
    }

    public boolean succeeded() {
        return failed == 0;
    }

    /** One tenant whose migration failed and was rolled back. */
    public record TenantFailure(long tenantId, String schemaName, String error) {
    }
}
