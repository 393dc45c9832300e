package it.mutua.seed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The HTTP load generator of the read measure, run by the harness as a second process (so its CPU is not the
 * harness's): {@code --clients} threads, each with its own connection, read a member by codice fiscale
 * (GET /api/members/{cf}) of a random cooperative with that cooperative's administrator's token, for
 * {@code --duration} seconds after a short warm-up. Writes "requests errors seconds p50 p95 p99" to {@code --out}.
 *
 * <p>Targets file: one line per cooperative, {@code code cf1 cf2 …}.
 */
final class ReadLoad {

    private ReadLoad() {
    }

    static int main(Options o) {
        try {
            List<String[]> targets = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of(o.get("targets")))) {
                if (!line.isBlank()) {
                    targets.add(line.strip().split(" "));
                }
            }
            MutuaClient api = new MutuaClient(o.get("url"));
            Map<String, String> tokens = new ConcurrentHashMap<>();
            targets.parallelStream().forEach(t -> tokens.put(t[0], api.token(SeedLoader.coopAdmin(t[0]), SeedLoader.SEED_PASSWORD)));
            int clients = o.integer("clients");
            double[] result;
            if (WrkReadLoad.chosen(o.get("read-client"))) {
                WrkReadLoad wrk = new WrkReadLoad(api.baseUrl(), targets, tokens);
                wrk.run(clients, o.integer("read-warmup"));                                  // warm-up
                result = wrk.run(clients, o.integer("duration"));
            } else {
                run(api.baseUrl(), targets, tokens, clients, o.integer("read-warmup"), false); // warm-up
                result = run(api.baseUrl(), targets, tokens, clients, o.integer("duration"), true);
            }
            Files.writeString(Path.of(o.get("out")), String.format(java.util.Locale.ROOT, "%d %d %.3f %.3f %.3f %.3f%n",
                    (long) result[0], (long) result[1], result[2], result[3], result[4], result[5]));
            return 0;
        } catch (IOException e) {
            System.err.println("read load: " + e);
            return 1;
        }
    }

    /** @return requests, errors, seconds, p50, p95, p99 (ms) */
    private static double[] run(String base, List<String[]> targets, Map<String, String> tokens, int clients,
                                int seconds, boolean measured) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<double[]> perClient = new ArrayList<>();
        int[] counts = new int[clients];
        CountDownLatch done = new CountDownLatch(clients);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            double[] samples = new double[400_000];
            perClient.add(samples);
            int me = c;
            Thread t = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                SplittableRandom random = new SplittableRandom(me * 7919L + 17);
                int n = 0;
                try {
                    while (System.nanoTime() < end) {
                        String[] target = targets.get(random.nextInt(targets.size()));
                        String cf = target[1 + random.nextInt(target.length - 1)];
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/members/" + cf))
                                .header("Authorization", "Bearer " + tokens.get(target[0])).GET().build();
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() != 200) {
                                errors.incrementAndGet();
                                firstError.compareAndSet(null, r.statusCode() + " " + r.body());
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, e.toString());
                        }
                        if (n < samples.length) {
                            samples[n++] = (System.nanoTime() - t0) / 1e6;
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    counts[me] = n;
                    done.countDown();
                }
            }, "reader-" + c);
            t.start();
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        int total = Arrays.stream(counts).sum();
        double[] all = new double[total];
        int k = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perClient.get(c), 0, all, k, counts[c]);
            k += counts[c];
        }
        Stats s = Stats.of(all);
        if (measured && firstError.get() != null) {
            System.err.println("read load: first error: " + firstError.get());
        }
        return new double[] {total, errors.get(), elapsed, s.median(), s.p95(), s.p99()};
    }
}
