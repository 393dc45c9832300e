package it.mutua.migrations;

import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Command line: migrates the control schema, then every tenant schema, with progress.
 *
 * <p>Why a CLI: operators run tenant migrations deliberately (before or after deploying a version
 * whose changes are expand/contract compatible), never as a side effect of start-up. Exit codes:
 * 0 all tenants at target, 1 some tenant failed (details printed and in control.migration_run),
 * 2 bad arguments.
 */
public final class MigrationCli {

    static final String USAGE = """
            usage: MigrationCli [--db-url URL] [--db-user USER] [--db-password PASSWORD]
                                [--workers N] [--changelog CLASSPATH_PATH]
              --db-url       JDBC URL of the database holding schema control (default: $MUTUA_DB_URL;
                             if neither is set, the embedded PostgreSQL at $MUTUA_DATA_DIR or .mutua/data,
                             port $MUTUA_DB_PORT or 5532, is started or reused)
              --db-user      default: $MUTUA_DB_USER
              --db-password  default: $MUTUA_DB_PASSWORD
              --workers      concurrent tenant migrations per database (default 4)
              --changelog    tenant changelog on the classpath (default migrations/tenant/changelog.xml)""";

    private MigrationCli() {
    }

    public static void main(String[] args) {
        // the CLI owns its process: Liquibase's INFO lines would drown the progress lines
        java.util.logging.Logger.getLogger("liquibase").setLevel(java.util.logging.Level.WARNING);
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** Runs the CLI and returns its exit code (testable without System.exit). */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        String url = env.get("MUTUA_DB_URL");
        String user = env.get("MUTUA_DB_USER");
        String password = env.get("MUTUA_DB_PASSWORD");
        int workers = TenantMigrationRunner.DEFAULT_WORKERS;
        String changelogPath = TenantChangelog.DEFAULT_PATH;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--help") || a.equals("-h")) {
                    out.println(USAGE);
                    return 0;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value after " + a);
                }
                String v = args[++i];
                switch (a) {
                    case "--db-url" -> url = v;
                    case "--db-user" -> user = v;
                    case "--db-password" -> password = v;
                    case "--workers" -> workers = positive(v);
                    case "--changelog" -> changelogPath = v;
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (url != null && !url.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("--db-url must be a jdbc:postgresql: URL, was " + url);
            }
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        TenantChangelog changelog;
        try {
            changelog = TenantChangelog.load(changelogPath);
        } catch (RuntimeException e) {
            err.println("error: cannot load tenant changelog " + changelogPath + ": " + e.getMessage());
            return 2;
        }
        EmbeddedPostgresServer embedded = null;
        try {
            DataSource ds;
            if (url == null || url.isBlank()) {
                Path dir = Path.of(env.getOrDefault("MUTUA_DATA_DIR", ".mutua/data"));
                int port = Integer.parseInt(env.getOrDefault("MUTUA_DB_PORT", "5532"));
                embedded = EmbeddedPostgresServer.startOrReuse(dir, port);
                out.println("embedded PostgreSQL " + (embedded.startedHere() ? "started" : "reused") + " at "
                        + embedded.jdbcUrl(EmbeddedPostgresServer.APP_DATABASE) + " (data " + dir.toAbsolutePath() + ")");
                ds = embedded.dataSource(EmbeddedPostgresServer.APP_DATABASE);
            } else {
                PGSimpleDataSource pg = new PGSimpleDataSource();
                pg.setUrl(url);
                if (user != null) {
                    pg.setUser(user);
                }
                if (password != null) {
                    pg.setPassword(password);
                }
                ds = pg;
            }
            ControlSchema.migrate(ds);
            out.println("control schema up to date; tenant changelog " + changelog.path() + " target version "
                    + changelog.targetVersion() + ", " + workers + " workers per database");
            DataSource control = ds;
            AtomicLong lastPrint = new AtomicLong(System.nanoTime());
            MigrationRunResult r = new TenantMigrationRunner(control, placement -> {
                if (!"main".equals(placement)) {
                    throw new IllegalStateException("unknown placement " + placement + " (only main is configured)");
                }
                return control;
            }, changelog, workers).run((total, migrated, skipped, failed) -> {
                long now = System.nanoTime();
                long last = lastPrint.get();
                if (now - last >= 1_000_000_000L && lastPrint.compareAndSet(last, now)) {
                    out.printf("progress: %d/%d done (migrated %d, skipped %d, failed %d)%n",
                            migrated + skipped + failed, total, migrated, skipped, failed);
                }
            });
            out.printf("run %d %s in %d ms: total %d, migrated %d, skipped %d, failed %d (target version %d)%n",
                    r.runId(), r.succeeded() ? "SUCCEEDED" : "FAILED", r.elapsed().toMillis(), r.total(),
                    r.migrated(), r.skipped(), r.failed(), r.targetVersion());
            r.failures().forEach(f -> err.println("failed: tenant " + f.tenantId() + " (" + f.schemaName() + "): " + f.error()));
            return r.succeeded() ? 0 : 1;
        } catch (RuntimeException e) {
            err.println("error: " + TenantMigrationRunner.describe(e));
            return 1;
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private static int positive(String v) {
        try {
            int n = Integer.parseInt(v);
            if (n < 1 || n > 64) {
                throw new IllegalArgumentException("--workers must be between 1 and 64, was " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--workers must be a number, was " + v);
        }
    }
}
