package it.mutua.migrations.bench;

import it.mutua.migrations.ControlSchema;
import it.mutua.migrations.EmbeddedPostgresServer;
import it.mutua.migrations.MigrationProgressListener;
import it.mutua.migrations.MigrationRunResult;
import it.mutua.migrations.TenantChangelog;
import it.mutua.migrations.TenantMigrationRunner;
import it.mutua.migrations.TenantSchemas;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

import javax.sql.DataSource;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Benchmark (not a test): provisioning by rendered DDL vs plain Liquibase per schema, then no-op and
 * additive runner passes, then PostgreSQL backend memory. Why: DESIGN.md §5 sets figures (≤ 100 ms per
 * new tenant, ≤ 2 s no-op over 4,400 tenants, ≤ 2 min additive change) that must be measured, not assumed.
 * Usage: mvn -q -pl migrations test-compile exec:java [-Dexec.args=TENANTS]
 */
public final class TenantSchemaBenchmark {

    private TenantSchemaBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("liquibase").setLevel(java.util.logging.Level.WARNING);
        int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dir = Files.createTempDirectory("mutua-bench-");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrReuse(dir.resolve("data"), port);
        try {
            DataSource ds = server.dataSource(EmbeddedPostgresServer.APP_DATABASE);
            ControlSchema.migrate(ds);
            TenantChangelog main = TenantChangelog.load();
            System.out.printf("PostgreSQL %s, fsync=%s, synchronous_commit=%s; tenant changelog %d changeSets%n",
                    query(ds, "SHOW server_version"), query(ds, "SHOW fsync"), query(ds, "SHOW synchronous_commit"),
                    main.targetVersion());

            // 1. provisioning by rendered DDL: catalog row + schema in one transaction each
            List<Double> ms = new ArrayList<>();
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                long root = insert(c, null, "national", main.targetVersion());
                TenantSchemas.create(c, root, "national", "t_" + root, main);
                c.commit();
                for (int i = 0; i < tenants; i++) {
                    long t0 = System.nanoTime();
                    String code = "coop-" + i;
                    long id = insert(c, root, code, main.targetVersion());
                    TenantSchemas.create(c, id, code, "t_" + id, main);
                    c.commit();
                    ms.add((System.nanoTime() - t0) / 1e6);
                }
            }
            double provisionMedian = pct(ms, 50);
            System.out.printf("provision %d tenants (rendered DDL, catalog row + schema, 1 tx each): median %.1f ms, p95 %.1f ms, max %.1f ms, total %.1f s%n",
                    tenants, provisionMedian, pct(ms, 95), Collections.max(ms), ms.stream().mapToDouble(d -> d).sum() / 1000);

            // 2. baseline: plain Liquibase update per schema
            List<Double> lb = new ArrayList<>();
            int lbSchemas = 30;
            for (int i = 0; i < lbSchemas; i++) {
                long t0 = System.nanoTime();
                liquibaseSchema(ds, "lb_" + i);
                lb.add((System.nanoTime() - t0) / 1e6);
            }
            long lbMembers = Long.parseLong(query(ds, "SELECT count(*) FROM information_schema.tables WHERE table_schema LIKE 'lb\\_%' AND table_name = 'member'"));
            double lbMedian = pct(lb, 50);
            System.out.printf("baseline: Liquibase update per new schema, %d schemas: median %.1f ms, p95 %.1f ms (schemas that got table member: %d/%d); rendered DDL is %.1fx faster%n",
                    lbSchemas, lbMedian, pct(lb, 95), lbMembers, lbSchemas, lbMedian / provisionMedian);

            // 3. no-op runner pass, 4. additive change with 4 workers
            TenantMigrationRunner noop = new TenantMigrationRunner(ds, p -> ds, main, 4);
            noop.run(MigrationProgressListener.NONE); // warm-up (class loading)
            MigrationRunResult n = noop.run(MigrationProgressListener.NONE);
            System.out.printf("no-op run over %d tenants: %d ms (migrated %d, skipped %d)%n", n.total(), n.elapsed().toMillis(), n.migrated(), n.skipped());
            TenantChangelog additive = TenantChangelog.load("migrations/test/additive/changelog.xml");
            MigrationRunResult a = new TenantMigrationRunner(ds, p -> ds, additive, 4).run(MigrationProgressListener.NONE);
            System.out.printf("additive change (column + index) over %d tenants, 4 workers: %.1f s (migrated %d, failed %d) = %.1f ms per tenant%n",
                    a.total(), a.elapsed().toMillis() / 1000.0, a.migrated(), a.failed(), (double) a.elapsed().toMillis() / Math.max(1, a.migrated()));

            // 5. no-op over 4,400 catalog rows: the no-op pass reads only the catalog, so rows suffice
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                int extra = 4400 - tenants - 1;
                if (extra > 0) {
                    st.executeUpdate("INSERT INTO control.tenant (id, code, kind, name, parent_id, path, schema_name, status, schema_version) "
                            + "SELECT id, 'extra-' || id, 'COOPERATIVE', 'extra', r.rid, '/' || r.rid || '/' || id || '/', 't_' || id, 'ACTIVE', "
                            + additive.targetVersion() + " FROM (SELECT nextval('control.tenant_id_seq') AS id FROM generate_series(1, " + extra + ")) s, "
                            + "(SELECT id AS rid FROM control.tenant WHERE kind = 'NATIONAL') r");
                    st.execute("ANALYZE control.tenant");
                }
            }
            TenantMigrationRunner noop2 = new TenantMigrationRunner(ds, p -> ds, additive, 4);
            List<Double> noops = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                noops.add((double) noop2.run(MigrationProgressListener.NONE).elapsed().toMillis());
            }
            System.out.printf("no-op run over 4,400 catalog rows (%d with schemas): median of 5 = %.0f ms, max %.0f ms%n",
                    tenants + 1, pct(noops, 50), Collections.max(noops));
            System.out.println("plan of the selection: " + query(ds, "EXPLAIN SELECT count(*) FROM control.tenant WHERE status IN ('ACTIVE','SUSPENDED') AND schema_version < 3"));

            // 6. memory: a backend that touched every tenant schema vs a fresh one; RSS of all backends
            try (Connection fresh = ds.getConnection(); Connection wide = ds.getConnection()) {
                long freshBytes = contextBytes(fresh);
                try (Statement st = wide.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT schema_name FROM control.tenant WHERE id <= (SELECT max(id) FROM control.tenant WHERE code NOT LIKE 'extra-%')")) {
                    List<String> schemas = new ArrayList<>();
                    while (rs.next()) {
                        schemas.add(rs.getString(1));
                    }
                    try (Statement q = wide.createStatement()) {
                        for (String s : schemas) {
                            q.executeQuery("SELECT count(*) FROM " + s + ".member").close();
                        }
                    }
                }
                System.out.printf("backend memory (pg_backend_memory_contexts): fresh backend %.1f MiB, after reading member in %d schemas %.1f MiB%n",
                        freshBytes / 1048576.0, tenants + 1, contextBytes(wide) / 1048576.0);
                long postmaster = Long.parseLong(Files.readAllLines(dir.resolve("data/postmaster.pid")).get(0).trim());
                long rss = ProcessHandle.of(postmaster).orElseThrow().children().mapToLong(TenantSchemaBenchmark::rssKb).sum()
                        + rssKb(ProcessHandle.of(postmaster).orElseThrow());
                System.out.printf("RSS of the postmaster and its children: %.1f MiB; database size %s%n", rss / 1024.0,
                        query(ds, "SELECT pg_size_pretty(pg_database_size('mutua'))"));
            }
        } finally {
            server.close();
        }
    }

    private static long insert(Connection c, Long root, String code, int version) throws Exception {
        String sql = root == null
                ? "WITH n AS (SELECT nextval('control.tenant_id_seq') AS id) INSERT INTO control.tenant "
                + "(id, code, kind, name, path, schema_name, status, schema_version) "
                + "SELECT id, ?, 'NATIONAL', 'National', '/' || id || '/', 't_' || id, 'ACTIVE', ? FROM n RETURNING id"
                : "WITH n AS (SELECT nextval('control.tenant_id_seq') AS id) INSERT INTO control.tenant "
                + "(id, code, kind, name, parent_id, path, schema_name, status, schema_version) "
                + "SELECT id, ?, 'COOPERATIVE', 'Coop', " + root + ", '/" + root + "/' || id || '/', 't_' || id, 'ACTIVE', ? FROM n RETURNING id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, code);
            ps.setInt(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The plain way: create the schema, point Liquibase's default and liquibase schema at it, update. */
    private static void liquibaseSchema(DataSource ds, String schema) throws Exception {
        try (Connection c = ds.getConnection()) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA " + schema);
            }
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(),
                    Scope.Attr.ui.name(), new LoggerUIService(), "liquibase.analytics.enabled", Boolean.FALSE), () -> {
                Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
                db.setDefaultSchemaName(schema);
                db.setLiquibaseSchemaName(schema);
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, db)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, TenantChangelog.DEFAULT_PATH)
                        .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                        .execute();
            });
        }
    }

    private static long contextBytes(Connection c) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT sum(total_bytes) FROM pg_backend_memory_contexts")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long rssKb(ProcessHandle h) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(h.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            // process gone meanwhile
        }
        return 0;
    }

    private static String query(DataSource ds, String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            StringBuilder sb = new StringBuilder();
            while (rs.next()) {
                sb.append(sb.isEmpty() ? "" : " | ").append(rs.getString(1).strip());
            }
            return sb.toString();
        }
    }

    private static double pct(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
