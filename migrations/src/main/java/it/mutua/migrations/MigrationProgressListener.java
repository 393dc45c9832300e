package it.mutua.migrations;

/**
 * Receives the progress of a tenant migration run.
 *
 * <p>Why a listener: the CLI prints a line per second and the admin endpoint exposes progress; both
 * need the same counters the runner writes to control.migration_run. Called from the runner's
 * heartbeat thread about every 250 ms and once at the end; implementations must be quick and
 * thread-safe.
 */
@FunctionalInterface
public interface MigrationProgressListener {

    /** A listener that ignores progress. */
    MigrationProgressListener NONE = (total, migrated, skipped, failed) -> { };

    void onProgress(int total, int migrated, int skipped, int failed);
}
