package it.mutua.seed;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;

/**
 * Loads a {@link SeedPlan} into a running Mutua through its REST API, the way its users would: the national
 * administrator creates the cooperatives (POST /api/tenants, each its own schema), each cooperative's administrator
 * registers its people. Every write is idempotent from the loader's point of view (an existing code or codice fiscale
 * answers 409, which counts as done), so an interrupted load is finished by running the same command again.
 *
 * <p>Steps whose product feature has not landed yet (network facilities, plan adoptions, claims) are detected from
 * the server's OpenAPI document and reported as "not available yet".
 */
public final class SeedLoader {

    /** Password of the cooperative administrators the seed creates ({@code seed.<cooperative code>}). */
    public static final String SEED_PASSWORD = "Mutua-seed-2026";
    public static final String NATIONAL_ADMIN = "admin.nazionale";
    public static final String DEMO_PASSWORD = "Mutua-demo-2026";

    /** The steps in load order: a cooperative adopts its plan before it enrols people. */
    public static final List<String> STEPS = List.of("tenants", "adoptions", "members", "facilities", "claims");

    private final MutuaClient api;
    private final SeedPlan plan;
    private final int threads;
    private final PrintStream out;
    private final String adminPassword;
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final List<Double> provisionMillis = Collections.synchronizedList(new ArrayList<>());
    private double claimsPerPerson = 1;
    private boolean singleClaims;

    public SeedLoader(MutuaClient api, SeedPlan plan, int threads, String adminPassword, PrintStream out) {
        this.api = api;
        this.plan = plan;
        this.threads = threads;
        this.adminPassword = adminPassword;
        this.out = out;
    }

    /** Username of the seed's administrator of a cooperative. */
    public static String coopAdmin(String cooperativeCode) {
        return "seed." + cooperativeCode;
    }

    /** Runs the chosen steps; returns what failed (empty when everything landed). */
    public List<String> load(Set<String> steps) {
        long started = System.nanoTime();
        out.printf("seed %d, scale %s (people %s): %,d cooperatives, %,d people -> %s (%d client threads)%n", plan.seed(),
                plan.scale(), plan.peopleScale(), plan.cooperatives().size(), plan.people(), api.baseUrl(), threads);
        String national = api.token(NATIONAL_ADMIN, adminPassword);
        // one authenticated request alone before going parallel: a server that has just started fetches its JWKS on
        // the first token it verifies, and a burst of first tokens can starve it (see docs/PERFORMANCE.md, Seed scale)
        api.get("/api/tenants/" + FederationShape.NATIONAL, national);
        for (String step : STEPS) {
            if (!steps.contains(step)) {
                continue;
            }
            switch (step) {
                case "tenants" -> tenants(national);
                case "members" -> members(national);
                case "facilities" -> facilities();
                case "adoptions" -> adoptions(national);
                case "claims" -> claims();
                default -> throw new IllegalArgumentException("unknown step " + step);
            }
        }
        out.printf("load finished in %.1f s, %d error(s)%n", (System.nanoTime() - started) / 1e9, errors.size());
        errors.stream().limit(10).forEach(e -> out.println("  error: " + e));
        return List.copyOf(errors);
    }

    /** Claims per enrolled person for the claims step (1 = the real year's volume). */
    public SeedLoader claimsPerPerson(double ratio) {
        this.claimsPerPerson = ratio;
        return this;
    }

    /** Claims one request each even when the server offers the batch path (to compare, or as a fallback). */
    public SeedLoader singleClaims(boolean single) {
        this.singleClaims = single;
        return this;
    }

    /** Request times of the provisioning calls made by the last {@code tenants} step. */
    public List<Double> provisionMillis() {
        return List.copyOf(provisionMillis);
    }

    /**
     * Where a cooperative goes in the territorial tree: under the regional mutual of its region when the server has
     * one (Lombardy's {@code lombardia}, or any other constituted since), otherwise directly under national. The
     * product refuses a cooperative of a region with a regional mutual directly under national, so the plan's
     * parent (which knows only Lombardy's) is completed by what the server has.
     */
    private Map<String, String> regionalMutuals(String national) {
        MutuaClient.Reply r = api.get("/api/tenants/" + FederationShape.NATIONAL + "/children?kind=REGIONAL&size=200",
                national);
        Map<String, String> byRegion = new java.util.HashMap<>();
        if (r.status() == 200) {
            r.json().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class)
                    .forEach(t -> byRegion.put(t.getString("region"), t.getString("code")));
        } else {
            errors.add("regional mutuals: " + r);
        }
        return byRegion;
    }

    /** The parent a cooperative is created under: see {@link #regionalMutuals}. */
    static String parentOf(PlannedCooperative coop, Map<String, String> regionalByRegion) {
        return regionalByRegion.getOrDefault(coop.region(), coop.parent());
    }

    private void tenants(String national) {
        out.println("step tenants: POST /api/tenants as " + NATIONAL_ADMIN);
        Map<String, String> regional = regionalMutuals(national);
        long requests0 = api.requests();
        try (Progress progress = new Progress("cooperatives", plan.cooperatives().size(), out, 5000)) {
            parallel(plan.cooperatives(), coop -> {
                String body = Json.createObjectBuilder().add("kind", "COOPERATIVE").add("code", coop.code())
                        .add("name", coop.name()).add("parent", parentOf(coop, regional)).add("federation", coop.federation())
                        .add("vatNumber", coop.vatNumber()).add("region", coop.region()).build().toString();
                long t0 = System.nanoTime();
                MutuaClient.Reply r = api.post("/api/tenants", national, body);
                if (r.created()) {
                    provisionMillis.add((System.nanoTime() - t0) / 1e6);
                    progress.done(1);
                } else if (r.status() == 409 && r.body().contains("tenant.code.taken")) {
                    progress.skipped(1);
                } else {
                    errors.add("tenant " + coop.code() + ": " + r);
                }
            });
        }
        if (!provisionMillis.isEmpty()) {
            out.println("  provisioning request times under load: " + Stats.of(provisionMillis));
        }
        requestsPerCooperative("tenants", requests0);
    }

    /** Prints how many HTTP requests the step sent, in all and per cooperative. */
    private void requestsPerCooperative(String step, long before) {
        long n = api.requests() - before;
        out.printf("  %s: %,d requests, %.2f per cooperative%n", step, n, (double) n / Math.max(1, plan.cooperatives().size()));
    }

    private void members(String national) {
        out.println("step members: generating people (valid, unique codici fiscali)");
        long t0 = System.nanoTime();
        Map<PlannedCooperative, List<Person>> people = plan.generatePeople();
        out.printf("  %,d people generated in %.1f s%n", plan.people(), (System.nanoTime() - t0) / 1e9);
        MemberLoader loader = api.offers("/api/members/imports") ? new PayrollMemberLoader(api) : new RestMemberLoader(api);
        out.println("step members: " + loader.describe());
        AtomicInteger admins = new AtomicInteger();
        long requests0 = api.requests();
        try (Progress progress = new Progress("people", plan.people(), out, 5000)) {
            parallel(plan.cooperatives(), coop -> {
                String token = coopAdminToken(national, coop, admins);
                if (token != null) {
                    loader.load(coop, people.get(coop), token, progress, errors);
                }
            });
        }
        out.printf("  %d cooperative administrators created%n", admins.get());
        requestsPerCooperative("members", requests0);
    }

    /**
     * The healthcare network at its real size (3,641 national facilities, 1,225 Lombardy additions incl. cooperative
     * providers) through the product's CSV bulk load, by scripts/NetworkSearchBenchmark.java in load-only mode (its
     * files are deterministic and a rerun loads nothing new). Its targets are the real federation's, so only at scale 1.
     */
    private void facilities() {
        if (!api.offers("/api/network/facilities")) {
            pending("facilities", "/api/network/facilities", "network facilities via the CSV bulk load");
            return;
        }
        if (plan.scale().factor() < 1) {
            out.println("step facilities: skipped below scale 1 (the network's size does not scale with cooperatives)");
            return;
        }
        out.println("step facilities: CSV bulk load (scripts/NetworkSearchBenchmark.java, load only)");
        long t0 = System.nanoTime();
        try {
            String javaBin = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
            out.print(ProcessRunner.run(List.of(javaBin, "scripts/NetworkSearchBenchmark.java", api.baseUrl(), "0"), Map.of(), 1800));
        } catch (IllegalStateException e) {
            errors.add("facilities: " + e.getMessage());
        }
        out.printf("  facilities step %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /**
     * About one claim per enrolled person through the claim service as the claims officer: per cooperative, in the
     * plan's order, batches of up to {@value ClaimLoader#BATCH} ({@code POST /api/claims/batch}, all-or-nothing) or one
     * {@code POST /api/claims} each where the server has no batch path (or {@code --single-claims}). Resumable: the
     * claims a cooperative already has ({@code GET /api/claims?tenant=}) are the first of its planned ones (batches
     * are sequential per cooperative and all-or-nothing), so a rerun sends only the rest.
     */
    private void claims() {
        if (!api.offers("/api/claims")) {
            pending("claims", "/api/claims", "about one claim per enrolled person");
            return;
        }
        boolean batch = !singleClaims && api.offers("/api/claims/batch");
        int count = (int) Math.round(plan.people() * claimsPerPerson);
        Map<PlannedCooperative, List<ClaimLoader.PlannedClaim>> byCoop = ClaimLoader.byCooperative(
                ClaimLoader.plan(plan.seed(), plan.generatePeople(), count));
        out.printf("step claims: %,d claims of %,d cooperatives as %s, %s%n", count, byCoop.size(), ClaimLoader.OFFICER,
                batch ? "POST /api/claims/batch (up to " + ClaimLoader.BATCH + " per request)" : "POST /api/claims each");
        String officer = api.token(ClaimLoader.OFFICER, adminPassword);
        ClaimLoader.Facilities facilities = new ClaimLoader.Facilities(
                facilities(officer, true, "POLIAMBULATORIO", "DIAGNOSTIC_CENTRE"),
                facilities(officer, false, "POLIAMBULATORIO", "DIAGNOSTIC_CENTRE"),
                facilities(officer, true, "DENTAL"), facilities(officer, false, "DENTAL"));
        out.printf("  network claims go to %d / %d outpatient and %d / %d dental facilities (cooperative / other"
                + " providers; an empty pool sends its claims out of network)%n", facilities.cooperative().size(),
                facilities.other().size(), facilities.cooperativeDental().size(), facilities.otherDental().size());
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        long requests0 = api.requests();
        long t0 = System.nanoTime();
        AtomicInteger sent = new AtomicInteger();
        try (Progress progress = new Progress("claims", count, out, 5000)) {
            parallel(List.copyOf(byCoop.keySet()), coop -> {
                List<ClaimLoader.PlannedClaim> planned = byCoop.get(coop);
                MutuaClient.Reply existing = api.get("/api/claims?size=1&tenant=" + coop.code(), officer);
                if (existing.status() != 200) {
                    errors.add("claims of " + coop.code() + ": " + existing);
                    return;
                }
                int already = (int) Math.min(planned.size(), existing.json().getJsonNumber("total").longValue());
                progress.skipped(already);
                List<ClaimLoader.PlannedClaim> rest = planned.subList(already, planned.size());
                int step = batch ? ClaimLoader.BATCH : 1;
                for (int from = 0; from < rest.size(); from += step) {
                    List<ClaimLoader.PlannedClaim> chunk = rest.subList(from, Math.min(rest.size(), from + step));
                    long s0 = System.nanoTime();
                    MutuaClient.Reply r = batch ? api.post("/api/claims/batch", officer, ClaimLoader.batchBody(chunk, facilities))
                            : api.post("/api/claims", officer, ClaimLoader.body(chunk.get(0), facilities));
                    millis.add((System.nanoTime() - s0) / 1e6);
                    if (!r.created()) {
                        ClaimLoader.PlannedClaim c = chunk.get(0);
                        errors.add("claims of " + coop.code() + " from claim " + c.number() + " (" + chunk.size() + "): " + r);
                        return; // the next ones would no longer be a prefix of the plan: a rerun sends them
                    }
                    sent.addAndGet(chunk.size());
                    progress.done(chunk.size());
                }
            });
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf("  claims: %,d sent, %.1f submitted+adjudicated per second with %d clients; request times %s%n",
                sent.get(), sent.get() / seconds, threads, Stats.of(millis));
        requestsPerCooperative("claims", requests0);
    }

    /** Ids of national, active facilities of these types (cooperative providers or not), at most 50 per type. */
    private List<String> facilities(String token, boolean cooperative, String... types) {
        List<String> ids = new ArrayList<>();
        for (String type : types) {
            MutuaClient.Reply r = api.get("/api/network/facilities?type=" + type + "&status=ACTIVE&size=50&cooperative="
                    + cooperative, token);
            if (r.status() == 200) {
                r.json().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                        .filter(f -> !f.getBoolean("regionalAddition", false))
                        .forEach(f -> ids.add(String.valueOf(f.getJsonNumber("id").longValue())));
            }
        }
        return ids;
    }

    /** Each cooperative's administrator adopts a national plan (409/422 "already adopted" counts as done). */
    private void adoptions(String national) {
        String probe = "/api/plans/{planCode}/adoptions";
        if (!api.offers(probe)) {
            pending("adoptions", probe, "plan adoptions per cooperative");
            return;
        }
        out.println("step adoptions: POST /api/plans/{plan}/adoptions as each cooperative's administrator");
        AdoptionPlanner planner = new AdoptionPlanner(plan.seed());
        AtomicInteger admins = new AtomicInteger();
        long requests0 = api.requests();
        try (Progress progress = new Progress("adoptions", plan.cooperatives().size(), out, 5000)) {
            parallel(plan.cooperatives(), coop -> {
                String token = coopAdminToken(national, coop, admins);
                if (token == null) {
                    return;
                }
                AdoptionPlanner.Adoption a = planner.of(coop);
                // no look-up first: adopting again from the same date is refused as not after the latest (409)
                MutuaClient.Reply r = api.post("/api/plans/" + a.planCode() + "/adoptions", token, Json.createObjectBuilder()
                        .add("effectiveFrom", a.effectiveFrom())
                        .add("options", Json.createObjectBuilder().add("familyExtensionOffered", a.familyExtensionOffered()))
                        .build().toString());
                if (r.created()) {
                    progress.done(1);
                } else if (r.status() == 409 && r.body().contains("plan.adoption.notAfterLatest")) {
                    progress.skipped(1);
                } else {
                    errors.add("adoption of " + a.planCode() + " by " + coop.code() + ": " + r);
                    return;
                }
                adhere(coop, a, token);
            });
        }
        requestsPerCooperative("adoptions", requests0);
    }

    /**
     * The cooperative adheres collectively to the plan it adopted, from the adoption's start, so that the payroll
     * import enrols every worker it hires (409: an adhesion is already open, done).
     */
    private void adhere(PlannedCooperative coop, AdoptionPlanner.Adoption a, String token) {
        MutuaClient.Reply r = api.post("/api/enrolments/collective", token, Json.createObjectBuilder()
                .add("planCode", a.planCode()).add("from", a.effectiveFrom()).build().toString());
        if (!r.created() && r.status() != 409) {
            errors.add("collective adhesion of " + coop.code() + " to " + a.planCode() + ": " + r);
        }
    }

    private String coopAdminToken(String national, PlannedCooperative coop, AtomicInteger created) {
        String username = coopAdmin(coop.code());
        if (api.hasToken(username)) {
            return api.token(username, SEED_PASSWORD); // created and signed in by an earlier step of this run
        }
        MutuaClient.Reply r = api.post("/api/users", national, Json.createObjectBuilder().add("username", username)
                .add("displayName", "Amministratore " + coop.name()).add("password", SEED_PASSWORD)
                .add("tenant", coop.code()).add("roles", Json.createArrayBuilder().add("coop-admin")).build().toString());
        if (r.created()) {
            created.incrementAndGet();
        } else if (r.status() != 409) {
            errors.add("user " + username + ": " + r);
            return null;
        }
        return api.token(username, SEED_PASSWORD);
    }

    private void pending(String step, String probe, String what) {
        if (api.offers(probe)) {
            out.printf("step %s: the server offers %s, but this seed has no loader for it yet (%s)%n", step, probe, what);
        } else {
            out.printf("step %s: not available yet (the server's OpenAPI has no %s): %s%n", step, probe, what);
        }
    }

    private <T> void parallel(List<T> items, java.util.function.Consumer<T> work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>(items.size());
            ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>(items);
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    for (T item = queue.poll(); item != null; item = queue.poll()) {
                        try {
                            work.accept(item);
                        } catch (RuntimeException e) {
                            errors.add(item + ": " + e.getMessage());
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
