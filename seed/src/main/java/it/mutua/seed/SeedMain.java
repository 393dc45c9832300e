package it.mutua.seed;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line: {@code load}, {@code verify}, {@code measure} (see {@link #USAGE}). Run through
 * {@code scripts/seed.sh}, which builds the module and sets the class path.
 */
public final class SeedMain {

    static final String USAGE = """
            usage: scripts/seed.sh load|verify|measure [options]
              load     loads the data set through the REST API (idempotent: rerun to finish an interrupted load)
              verify   checks the loaded data set in the database (catalog, codici fiscali, reporting = real counts)
              measure  runs the harness against the loaded data set and prints the table of figures
            options (default):
              --url URL            the Mutua server (http://localhost:9097)
              --scale S            1 = the real federation, 1/100 a hundredth (1)
              --people-scale S     scale of the people alone (the same as --scale); each cooperative keeps ≥ 1
              --seed N             0..99999, part of every generated code (2025)
              --threads N          client threads for the load (8)
              --claims-per-person R  claims step: claims per enrolled person over the year (1)
              --single-claims B    claims step: one POST /api/claims each even where /api/claims/batch exists (false)
              --steps LIST         load steps, comma-separated (tenants,adoptions,members,facilities,claims)
              --admin-password P   password of admin.nazionale (Mutua-demo-2026, the demo's)
              --db-url URL         JDBC URL of the server's database (jdbc:postgresql://localhost:5547/mutua)
              --db-user U / --db-password P   (postgres / postgres)
              --server-script F    how measure restarts the server (scripts/seed-server.sh; "none" skips)
              --duration S         seconds of each throughput run in measure (20)
              --restarts N         how many times measure restarts the server to time start to ready (3)
              --clients N          concurrent clients of the read load (32)
              --additive BOOL      run the additive migration measure, then undo it (true)
              --measures LIST      which measures (restart,provision,dashboard,read,memory,migrations,claims,import,search)
              --jfr FILE           record the server with JFR during the read load and print its hot methods
              --read-client C      HTTP client of the read loads: wrk, java, or auto (wrk when installed)
              --read-warmup S      seconds of reads before the measured ones (60)
              --recycling-seconds S  length of the recycling measure (180): reads over every seeded cooperative,
                                   PostgreSQL backend memory sampled every 10 s; run it once per MUTUA_DB_AGED_TIMEOUT
                                   (measures: add "recycling"; not in the default list)""";

    private SeedMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            System.out.println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        Options o;
        try {
            o = new Options(java.util.Arrays.copyOfRange(args, 1, args.length), defaults());
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        Scale scale = Scale.parse(o.get("scale"));
        SeedPlan plan = SeedPlan.of(o.integer("seed"), scale,
                o.get("people-scale").isEmpty() ? scale : Scale.parse(o.get("people-scale")));
        MutuaClient api = new MutuaClient(o.get("url"));
        switch (args[0]) {
            case "load" -> {
                Set<String> steps = new LinkedHashSet<>(List.of(o.get("steps").split(",")));
                List<String> errors = new SeedLoader(api, plan, o.integer("threads"), o.get("admin-password"), System.out)
                        .claimsPerPerson(Double.parseDouble(o.get("claims-per-person"))).singleClaims(o.flag("single-claims"))
                        .load(steps);
                return errors.isEmpty() ? 0 : 1;
            }
            case "verify" -> {
                SeedCheck.Report r = new SeedCheck(o.get("db-url"), o.get("db-user"), o.get("db-password"))
                        .check(plan, true);
                System.out.printf("cooperatives %,d, members %,d; national figures: members %,d reported / %,d real, "
                                + "cooperatives %,d reported / %,d real%n", r.cooperatives(), r.members(),
                        r.reportedMembersNational(), r.realMembersNational(), r.reportedCooperativesNational(),
                        r.realCooperatives());
                r.problems().stream().limit(20).forEach(p -> System.out.println("  problem: " + p));
                System.out.println(r.consistent() ? "consistent" : r.problems().size() + " problem(s)");
                return r.consistent() ? 0 : 1;
            }
            case "measure" -> {
                return new Harness(api, plan, o, System.out).run();
            }
            case "read-load" -> {
                // the second process of the read measure: started by the harness, not by people
                return ReadLoad.main(o);
            }
            default -> {
                System.err.println("error: unknown command " + args[0]);
                System.err.println(USAGE);
                return 2;
            }
        }
    }

    static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("url", "http://localhost:9097");
        d.put("scale", "1");
        d.put("people-scale", "");
        d.put("seed", "2025");
        d.put("threads", "8");
        d.put("claims-per-person", "1");
        d.put("single-claims", "false");
        d.put("steps", String.join(",", SeedLoader.STEPS));
        d.put("admin-password", SeedLoader.DEMO_PASSWORD);
        d.put("db-url", "jdbc:postgresql://localhost:5547/mutua");
        d.put("db-user", "postgres");
        d.put("db-password", "postgres");
        d.put("server-script", "scripts/seed-server.sh");
        d.put("duration", "20");
        d.put("restarts", "3");
        d.put("clients", "32");
        d.put("additive", "true");
        d.put("jfr", "");
        // the read measure's HTTP client: wrk when installed (a C load generator, light on these 2 cores), else java
        d.put("read-client", "auto");
        d.put("recycling-seconds", "180");
        // on 2 cores the JIT is still compiling the read path minutes after a start: 3 s of warm-up measured half the
        // steady throughput right after a restart (docs/PERFORMANCE.md, session 5)
        d.put("read-warmup", "60");
        d.put("measures", "restart,provision,dashboard,read,memory,migrations,claims,import,search");
        // read-load only (set by the harness for its child process)
        d.put("targets", "");
        d.put("out", "");
        return d;
    }
}
