package it.mutua.seed;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.json.Json;

import it.mutua.app.kernel.VatNumber;
import it.mutua.migrations.MigrationRunResult;

/**
 * The measurements of issue 8 against a loaded data set, printed as a table. Each measure says what it timed; a
 * measure whose feature has not landed prints "not available yet". Order matters: the restart comes first (so the
 * later measures run on a server that has just started, as after a deploy, after a warm-up), memory is read right
 * after the read load, and the migration passes come last because they take locks on every tenant's table.
 */
final class Harness {

    private static final int WARM_UP = 5;
    private static final int SAMPLES = 50;
    private static final int READ_TENANTS = 128;

    private final MutuaClient api;
    private final SeedPlan plan;
    private final Options o;
    private final PrintStream out;
    private final Table table = new Table();

    Harness(MutuaClient api, SeedPlan plan, Options o, PrintStream out) {
        this.api = api;
        this.plan = plan;
        this.o = o;
        this.out = out;
    }

    int run() {
        MigrationMeasures migrations = new MigrationMeasures(o.get("db-url"), o.get("db-user"), o.get("db-password"));
        out.printf(Locale.ROOT, "machine: %d cores, %s; load average %s; %,d active tenants, %,d members%n",
                Runtime.getRuntime().availableProcessors(), memTotal(), loadAverage(), migrations.tenants(), members());
        Set<String> measures = Set.of(o.get("measures").split(","));
        if (measures.contains("restart")) {
            restart();
        }
        String national = api.token(SeedLoader.NATIONAL_ADMIN, o.get("admin-password"));
        if (measures.contains("provision")) {
            provision(national);
        }
        if (measures.contains("dashboard")) {
            dashboard(national);
        }
        if (measures.contains("read")) {
            readVersusPgbench();
        }
        if (measures.contains("memory")) {
            memory();
        }
        if (measures.contains("recycling")) {
            recycling();
        }
        if (measures.contains("migrations")) {
            noOpMigration(migrations);
            if (o.flag("additive")) {
                additiveMigration(migrations);
            }
        }
        ScriptMeasures scripts = new ScriptMeasures(api, out, table);
        if (measures.contains("claims")) {
            scripts.claims(20_000, 4, 500);
            scripts.claims(3000, 16, 0);
        }
        if (measures.contains("import")) {
            scripts.payrollImport(72_000, 3);
        }
        if (measures.contains("search")) {
            scripts.search(500);
        }
        out.println();
        table.print(out);
        return 0;
    }

    private void restart() {
        String script = o.get("server-script");
        if ("none".equals(script)) {
            table.add("server start to ready", "skipped (--server-script none)", "≤ 20 s", null);
            return;
        }
        int restarts = o.integer("restarts");
        out.println("restarting the server " + restarts + " time(s) (stop, start, poll /health/ready)…");
        ServerRestart restart = new ServerRestart(script, api);
        List<Double> appMillis = new ArrayList<>();
        Stats s = Stats.of(restart.restarts(restarts, appMillis));
        Stats app = Stats.of(appMillis);
        out.println("  start to ready: " + s + "; the app's own start-up (\"Mutua ready in\"): " + app);
        table.add("server start to ready (" + String.format("%,d", tenantsNow()) + " tenants), " + restarts + " restart(s)",
                String.format(Locale.ROOT, "median %.1f s (max %.1f s), of which the app's start-up %.1f s",
                        s.median() / 1000, s.max() / 1000, app.median() / 1000), "≤ 20 s", s.median() <= 20_000);
    }

    private void provision(String national) {
        out.println("provisioning " + (WARM_UP + SAMPLES) + " more cooperatives, one at a time…");
        long stamp = System.currentTimeMillis() / 1000 % 100_000;
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < WARM_UP + SAMPLES; i++) {
            String code = "h" + stamp + "-" + i;
            String vat = VatNumber.withCheckDigit(String.format("%07d%03d", 9_000_000 + stamp * 60 % 990_000 + i, 1 + i % 100));
            String body = Json.createObjectBuilder().add("kind", "COOPERATIVE").add("code", code)
                    .add("name", "Cooperativa di misura " + code).add("parent", FederationShape.NATIONAL)
                    .add("federation", "social").add("vatNumber", vat).add("region", "12").build().toString();
            long t0 = System.nanoTime();
            MutuaClient.Reply r = api.post("/api/tenants", national, body);
            double ms = (System.nanoTime() - t0) / 1e6;
            if (!r.created()) {
                throw new IllegalStateException("provisioning " + code + " failed: " + r);
            }
            if (i >= WARM_UP) {
                millis.add(ms);
            }
        }
        Stats s = Stats.of(millis);
        out.println("  " + s);
        table.add("provision one more cooperative (" + SAMPLES + " in a row, after " + WARM_UP + " warm-up)",
                String.format(Locale.ROOT, "median %.1f ms, p95 %.1f ms", s.median(), s.p95()), "≤ 100 ms median",
                s.median() <= 100);
    }

    private void dashboard(String national) {
        for (String tenant : List.of(FederationShape.NATIONAL, FederationShape.LOMBARDY, "social")) {
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < WARM_UP + SAMPLES; i++) {
                long t0 = System.nanoTime();
                MutuaClient.Reply r = api.get("/api/tenants/" + tenant + "/figures", national);
                if (r.status() != 200) {
                    throw new IllegalStateException("figures of " + tenant + ": " + r);
                }
                if (i >= WARM_UP) {
                    millis.add((System.nanoTime() - t0) / 1e6);
                }
            }
            Stats s = Stats.of(millis);
            out.println("  figures of " + tenant + ": " + s);
            table.add("dashboard figures of " + tenant + " (GET …/figures, whole subtree)",
                    String.format(Locale.ROOT, "median %.1f ms, p95 %.1f ms", s.median(), s.p95()), "≤ 200 ms",
                    s.p95() <= 200);
        }
    }

    private void readVersusPgbench() {
        int clients = o.integer("clients");
        int seconds = o.integer("duration");
        Path targets;
        try {
            targets = Files.createTempFile("seed-read-targets", ".txt");
            int n = writeTargets(targets, READ_TENANTS);
            if (n == 0) {
                table.notAvailable("member read by codice fiscale", "≥ 25% of pgbench -S, p99 ≤ 20 ms", "no members loaded");
                return;
            }
            out.printf("read load: %d clients for %d s over %d random cooperatives, from a second process…%n", clients, seconds, n);
            Path result = Files.createTempFile("seed-read-result", ".txt");
            Profiler profiler = o.get("jfr").isEmpty() || "none".equals(o.get("server-script")) ? null
                    : Profiler.start(new ServerRestart(o.get("server-script"), api).pid(), Path.of(o.get("jfr")));
            readLoad(targets, clients, seconds, result);
            if (profiler != null) {
                out.println(profiler.stopAndSummarise());
            }
            String[] r = Files.readString(result).strip().split(" ");
            double requests = Double.parseDouble(r[0]);
            double errors = Double.parseDouble(r[1]);
            double rps = requests / Double.parseDouble(r[2]);
            double p99 = Double.parseDouble(r[5]);
            out.printf(Locale.ROOT, "  HTTP: %.0f req/s, %.0f errors, p50 %s ms, p95 %s ms, p99 %s ms%n", rps, errors, r[3], r[4], r[5]);
            String pg = "pgbench not installed";
            Boolean met = null;
            if (PgBench.installed()) {
                PgBench bench = new PgBench(o.get("db-url"), o.get("db-user"), o.get("db-password"));
                bench.prepare();
                PgBench.Result b = bench.selectOnly(clients, seconds);
                out.printf(Locale.ROOT, "  pgbench -S -c %d: %.0f tps, latency average %.2f ms%n", clients, b.tps(), b.latencyMillis());
                pg = String.format(Locale.ROOT, "pgbench -S %.0f tps → ratio %.1f%%", b.tps(), 100 * rps / b.tps());
                met = rps >= 0.25 * b.tps() && p99 <= 20 && errors == 0;
            }
            String client = WrkReadLoad.chosen(o.get("read-client")) ? "wrk" : "Java HttpClient";
            table.add("member read by codice fiscale (" + client + "), " + clients + " clients, " + n + " random cooperatives, " + seconds + " s",
                    String.format(Locale.ROOT, "%.0f req/s, p50 %s ms, p99 %s ms, %.0f errors; %s", rps, r[3], r[5], errors, pg),
                    "≥ 25% of pgbench -S, p99 ≤ 20 ms", met);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The read load as a second process (its CPU is not the harness's); it writes its figures to {@code result}. */
    private void readLoad(Path targets, int clients, int seconds, Path result) {
        ProcessRunner.run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), SeedMain.class.getName(), "read-load", "--url", api.baseUrl(),
                "--targets", targets.toString(), "--clients", Integer.toString(clients), "--duration",
                Integer.toString(seconds), "--read-client", o.get("read-client"), "--read-warmup", o.get("read-warmup"),
                "--out", result.toString()),
                java.util.Map.of(), 2L * seconds + 900L);
    }

    /**
     * What connection recycling bounds: member reads spread over every seeded cooperative for
     * {@code --recycling-seconds}, so each pooled connection visits hundreds of schemas, with the app backends' private
     * memory sampled every 10 s. Run once per setting of the server's {@code MUTUA_DB_AGED_TIMEOUT} (e.g. 20m, the
     * default, and 1m) to see the setting's effect: the median backend keeps growing under the long one.
     */
    private void recycling() {
        int seconds = o.integer("recycling-seconds");
        try {
            Path targets = Files.createTempFile("seed-recycling-targets", ".txt");
            int n = writeTargets(targets, 100_000);
            out.printf("recycling: member reads over %d cooperatives for %d s, app backends sampled every 10 s…%n", n, seconds);
            MemoryMeasures memory = new MemoryMeasures(o.get("db-url"), o.get("db-user"), o.get("db-password"));
            List<String> samples = java.util.Collections.synchronizedList(new ArrayList<>());
            double[] worst = {0, 0};
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                long t0 = System.nanoTime();
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        Thread.sleep(10_000);
                    } catch (InterruptedException e) {
                        return;
                    }
                    MemoryMeasures.Backends b = memory.appBackends();
                    if (b.privateMiB().isEmpty()) {
                        continue;
                    }
                    Stats st = Stats.of(b.privateMiB());
                    long oldest = b.ageSeconds().stream().mapToLong(Long::longValue).max().orElse(0);
                    String line = String.format(Locale.ROOT, "  %4.0f s: %d backends, private MiB median %.1f, max %.1f; oldest %d s",
                            (System.nanoTime() - t0) / 1e9, st.count(), st.median(), st.max(), oldest);
                    out.println(line);
                    samples.add(line);
                    synchronized (worst) {
                        worst[0] = Math.max(worst[0], st.median());
                        worst[1] = Math.max(worst[1], st.max());
                    }
                }
            });
            Path result = Files.createTempFile("seed-recycling-result", ".txt");
            readLoad(targets, o.integer("clients"), seconds, result);
            sampler.interrupt();
            String[] r = Files.readString(result).strip().split(" ");
            MemoryMeasures.Backends end = memory.appBackends();
            Stats last = Stats.of(end.privateMiB().isEmpty() ? List.of(0.0) : end.privateMiB());
            synchronized (worst) {
                table.add(String.format(Locale.ROOT, "PostgreSQL private memory per app backend, %d s of reads over %d cooperatives "
                                + "(agedTimeout: the server's MUTUA_DB_AGED_TIMEOUT)", seconds, n),
                        String.format(Locale.ROOT, "at the end: median %.1f MiB, max %.1f MiB (%d backends); highest median seen "
                                + "%.1f MiB, highest max %.1f MiB; %s requests, %s errors", last.median(), last.max(),
                                end.privateMiB().size(), worst[0], worst[1], r[0], r[1]), "bounded by recycling", null);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void memory() {
        MemoryMeasures memory = new MemoryMeasures(o.get("db-url"), o.get("db-user"), o.get("db-password"));
        MemoryMeasures.Backends b = memory.appBackends();
        if (!b.privateMiB().isEmpty()) {
            Stats s = Stats.of(b.privateMiB());
            long oldest = b.ageSeconds().stream().mapToLong(Long::longValue).max().orElse(0);
            table.add("PostgreSQL private memory per app backend after the read load (" + s.count() + " backends)",
                    String.format(Locale.ROOT, "median %.1f MiB, max %.1f MiB; oldest connection %d s (agedTimeout 20m)",
                            s.median(), s.max(), oldest), "reported", null);
        }
        long[] growth = memory.catalogCacheGrowth();
        table.add("one backend's memory contexts: fresh → after reading member in all " + growth[2] + " schemas",
                String.format(Locale.ROOT, "%.1f MiB → %.1f MiB (recycling returns it to the fresh size)",
                        growth[0] / 1048576.0, growth[1] / 1048576.0), "bounded by recycling", null);
        if (!"none".equals(o.get("server-script"))) {
            double[] heap = MemoryMeasures.libertyHeap(new ServerRestart(o.get("server-script"), api).pid());
            table.add("Liberty heap after the load (after a full GC)", String.format(Locale.ROOT,
                    "used %.0f MiB of %.0f MiB committed; process RSS %.0f MiB", heap[0], heap[1], heap[2]), "reported", null);
        }
    }

    private void noOpMigration(MigrationMeasures migrations) {
        Stats s = Stats.of(migrations.noOp(5));
        out.println("  no-op migration pass: " + s);
        table.add("no-op migration run over all " + String.format("%,d", tenantsNow()) + " tenants (5 runs)",
                String.format(Locale.ROOT, "median %.0f ms", s.median()), "≤ 2 s", s.median() <= 2000);
    }

    private void additiveMigration(MigrationMeasures migrations) {
        out.println("additive migration (column + index on member) over every tenant, 4 workers…");
        MigrationRunResult r = migrations.additive();
        double seconds = r.elapsed().toMillis() / 1000.0;
        out.printf(Locale.ROOT, "  %.1f s: migrated %d, failed %d; undoing it…%n", seconds, r.migrated(), r.failed());
        int undone = migrations.undoAdditive();
        out.println("  undone in " + undone + " schemas");
        table.add("additive migration (column + index on member) over " + String.format("%,d", r.total()) + " tenants, 4 workers",
                String.format(Locale.ROOT, "%.1f s (%d migrated, %d failed)", seconds, r.migrated(), r.failed()),
                "≤ 2 min", seconds <= 120 && r.failed() == 0);
    }

    /** Random seeded cooperatives with members, each with up to 20 of its codici fiscali. */
    private int writeTargets(Path file, int limit) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(o.get("db-url"), o.get("db-user"), o.get("db-password"));
             PreparedStatement ps = c.prepareStatement("SELECT t.code, t.schema_name FROM control.tenant t "
                     + "JOIN reporting.tenant_figure f ON f.tenant_id = t.id AND f.metric = 'members' AND f.value > 0 "
                     + "WHERE t.code LIKE ? ORDER BY md5(t.code || ?) LIMIT " + limit)) {
            ps.setString(1, "s" + plan.seed() + "-%");
            ps.setString(2, Long.toString(plan.seed()));
            List<String[]> coops = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    coops.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            try (Statement st = c.createStatement()) {
                for (String[] coop : coops) {
                    StringBuilder line = new StringBuilder(coop[0]);
                    try (ResultSet rs = st.executeQuery("SELECT fiscal_code FROM " + coop[1] + ".member ORDER BY md5(fiscal_code) LIMIT 20")) {
                        while (rs.next()) {
                            line.append(' ').append(rs.getString(1));
                        }
                    }
                    lines.add(line.toString());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Files.write(file, lines);
        return lines.size();
    }

    private long members() {
        return queryLong("SELECT coalesce(sum(value), 0)::bigint FROM reporting.tenant_figure WHERE metric = 'members'");
    }

    private long tenantsNow() {
        return queryLong("SELECT count(*) FROM control.tenant WHERE status = 'ACTIVE'");
    }

    private long queryLong(String sql) {
        try (Connection c = DriverManager.getConnection(o.get("db-url"), o.get("db-user"), o.get("db-password"));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String memTotal() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return String.format(Locale.ROOT, "%.1f GiB RAM", Long.parseLong(line.replaceAll("\\D", "")) / 1048576.0);
                }
            }
        } catch (IOException e) {
            // not Linux: no figure
        }
        return "? RAM";
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
