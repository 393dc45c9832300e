import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Claims submitted AND adjudicated per second through the real API (POST /api/claims as the claims officer: JWT,
 * coverage from the person index and the cooperative's schema, the adopted plan, the facility's regime from the
 * network, ceiling rows locked, adjudication, claim + lines + transitions + audit + reporting figures committed in
 * the national schema). Single-file program, JDK only:
 *
 *   java scripts/ClaimThroughputBenchmark.java http://localhost:9080 3000 16 200
 *        (base URL, claims, concurrent clients, distinct workers hired by coop-arcobaleno first)
 *   java scripts/ClaimThroughputBenchmark.java http://localhost:9080 20000 4 2000 500
 *        (the same through POST /api/claims/batch, 500 claims per request: the fifth argument is the batch size;
 *        0 or absent = one claim per request)
 *
 * Needs a server in demo mode (users admin.arcobaleno, liquidatore, admin.nazionale; coop-arcobaleno adheres to the
 * social-cooperation plan, so a worker hired last year is covered). Sets sampling to 5% random. Before and after the
 * claims it runs the same number of requests, same clients, against a trivial authenticated GET
 * (/api/tenants/nazionale: JWT check + one catalog read): the ratio of the two is what survives a loaded machine.
 */
public class ClaimThroughputBenchmark {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static String base;

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://localhost:9080";
        int claims = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        int members = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        int batchSize = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        String coop = token("admin.arcobaleno");
        String officer = token("liquidatore");
        send("PUT", "/api/claim-office/sampling-rules", token("admin.nazionale"),
                "{\"randomPercent\":5,\"valueThreshold\":1000,\"alwaysReviewed\":[]}");
        List<String> people = new ArrayList<>();
        String run = Long.toString(System.currentTimeMillis() % 100000, 36).toUpperCase();
        for (int i = 0; people.size() < members; i++) {
            String fc = fiscalCode(i, run);
            if (i % 500 == 0) {
                System.out.println("registering members: " + people.size() + "/" + members);
            }
            var r = send("POST", "/api/members", coop, "{\"fiscalCode\":\"" + fc + "\",\"givenName\":\"Bench\","
                    + "\"familyName\":\"Prova\",\"hireDate\":\"" + (LocalDate.now().getYear() - 1) + "-02-01\","
                    + "\"contractType\":\"INDETERMINATO\"}");
            if (r.statusCode() == 201) {
                people.add(fc);
            }
        }
        LocalDate day = LocalDate.now().minusDays(1);
        String[] lines = {
            line("HIGH_SPECIALISATION_DIAGNOSTICS", "OUT_OF_NETWORK", "150.00", day),
            line("HIGH_SPECIALISATION_DIAGNOSTICS", "SSN_TICKET", "36.15", day),
            line("SPECIALIST_VISITS", "COOPERATIVE_NETWORK", "130.00", day)
                    .replace("\"regime\":\"COOPERATIVE_NETWORK\"", "\"facility\":\"" + cooperativeFacility(officer) + "\""),
        };
        // warm-up: JIT, pools, plan cache
        runBatch(batchSize > 0 ? Math.max(batchSize * clients, claims / 5) : Math.min(300, claims / 5), clients,
                officer, people, lines, false, batchSize);
        // the baseline: as many trivial GETs as claims (at most 1,000: enough for a steady rate in batch mode)
        int gets = batchSize > 0 ? Math.min(claims, 1000) : claims;
        var before = runBatch(gets, clients, officer, people, lines, true, 0);
        var result = runBatch(claims, clients, officer, people, lines, false, batchSize);
        var after = runBatch(gets, clients, officer, people, lines, true, 0);
        for (var b : List.of(before, after)) {
            long[] bms = b.latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("baseline GET /api/tenants/nazionale: %d requests, %.1f req/s, median %.1f ms%n",
                    b.ok.get(), b.ok.get() / (b.elapsedNanos / 1e9), bms[bms.length / 2] / 1e6);
        }
        double seconds = result.elapsedNanos / 1e9;
        long[] ms = result.latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("claims=%d batch=%s clients=%d members=%d ok=%d failed=%d elapsed=%.2f s "
                        + "throughput=%.1f claims/s request latency median=%.1f ms p95=%.1f ms max=%.1f ms%n", claims,
                batchSize > 0 ? Integer.toString(batchSize) : "single", clients, members, result.ok.get(),
                result.failed.get(), seconds, result.ok.get() / seconds, ms[ms.length / 2] / 1e6,
                ms[(int) (ms.length * 0.95)] / 1e6, ms[ms.length - 1] / 1e6);
        if (!result.errors.isEmpty()) {
            System.out.println("first error: " + result.errors.peek());
        }
    }

    record Result(long elapsedNanos, AtomicInteger ok, AtomicInteger failed, ConcurrentLinkedQueue<Long> latencies,
                  ConcurrentLinkedQueue<String> errors) {
    }

    /**
     * {@code claims} claims (or, for the baseline, as many trivial GETs) from {@code clients} concurrent clients; with
     * {@code batchSize > 0}, {@code batchSize} claims per POST /api/claims/batch (ok counts claims, latencies requests).
     */
    static Result runBatch(int claims, int clients, String officer, List<String> people, String[] lines,
                           boolean baseline, int batchSize) throws Exception {
        var ok = new AtomicInteger();
        var failed = new AtomicInteger();
        var latencies = new ConcurrentLinkedQueue<Long>();
        var errors = new ConcurrentLinkedQueue<String>();
        var next = new AtomicInteger();
        int perRequest = baseline || batchSize <= 0 ? 1 : batchSize;
        int requests = (claims + perRequest - 1) / perRequest;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests) {
                    int count = Math.min(perRequest, claims - i * perRequest);
                    var bodies = new ArrayList<String>();
                    for (int k = 0; k < count; k++) {
                        String who = people.get(ThreadLocalRandom.current().nextInt(people.size()));
                        bodies.add("{\"fiscalCode\":\"" + who + "\",\"memberTenant\":\"coop-arcobaleno\",\"iban\":"
                                + "\"IT60X0542811101000000123456\",\"payeeName\":\"Bench Prova\",\"lines\":["
                                + lines[(i * perRequest + k) % lines.length] + "]}");
                    }
                    long t0 = System.nanoTime();
                    try {
                        var r = baseline ? send("GET", "/api/tenants/nazionale", officer, null)
                                : perRequest > 1 ? send("POST", "/api/claims/batch", officer,
                                        "{\"claims\":[" + String.join(",", bodies) + "]}")
                                : send("POST", "/api/claims", officer, bodies.getFirst());
                        latencies.add(System.nanoTime() - t0);
                        if (r.statusCode() == (baseline ? 200 : 201)) {
                            ok.addAndGet(count);
                        } else {
                            failed.addAndGet(count);
                            errors.add(r.statusCode() + " " + r.body());
                        }
                    } catch (Exception e) {
                        failed.addAndGet(count);
                        errors.add(e.toString());
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
        return new Result(System.nanoTime() - start, ok, failed, latencies, errors);
    }

    static String line(String benefit, String regime, String amount, LocalDate day) {
        return "{\"benefit\":\"" + benefit + "\",\"regime\":\"" + regime + "\",\"serviceDate\":\"" + day
                + "\",\"invoiced\":" + amount + ",\"invoiceNumber\":\"B-1\",\"invoiceDate\":\"" + day + "\"}";
    }

    /** The first cooperative provider of the officer's (national) network. */
    static String cooperativeFacility(String officer) throws Exception {
        var r = send("GET", "/api/network/facilities?cooperative=true&size=1", officer, null);
        return r.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
    }

    static String token(String user) throws Exception {
        var r = send("POST", "/api/auth/token", null, "{\"username\":\"" + user + "\",\"password\":\"Mutua-demo-2026\"}");
        return r.body().replaceAll(".*\"access_token\":\"([^\"]*)\".*", "$1");
    }

    static HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").method(method, json == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A valid codice fiscale: surname letters from the run and index, born 1 Jan 1980 in Rome, check character. */
    static String fiscalCode(int i, String run) {
        String letters = "BCDFGHLMNPRSTVZ";
        String key = run + i;
        StringBuilder surname = new StringBuilder();
        int h = Math.abs(key.hashCode());
        for (int k = 0; k < 3; k++) {
            surname.append(letters.charAt(h % letters.length()));
            h /= letters.length();
        }
        String days = String.format("%02d", 1 + (i % 28));
        String months = "ABCDEHLMPRST";
        String first15 = surname + "MRA" + String.format("%02d", 60 + (i / 336) % 40) + months.charAt((i / 28) % 12)
                + days + "H501";
        int[] odd = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
        int sum = 0;
        for (int k = 0; k < 15; k++) {
            char c = first15.charAt(k);
            int v = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += (k % 2 == 0) ? odd[v] : v;
        }
        return first15 + (char) ('A' + sum % 26);
    }
}
