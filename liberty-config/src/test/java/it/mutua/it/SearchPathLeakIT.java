package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import it.mutua.it.support.Http;
import it.mutua.it.support.Users;

/**
 * 8 threads × 2,000 requests, each with a random tenant's token, each reading the marker row of whatever schema its
 * session's pooled connection points at. A search_path leaking through the pool (django-tenants #545/#732) would show
 * as a marker of another tenant.
 */
class SearchPathLeakIT {

    private static final int THREADS = 8;
    private static final int REQUESTS_PER_THREAD = 2_000;

    @Test
    void noRequestEverReadsAnotherTenantsSchema() throws Exception {
        List<String> tokens = List.of(Users.token(Users.NATIONAL), Users.token(Users.LOMBARDIA),
                Users.token(Users.SOCIAL_FEDERATION), Users.token(Users.ARCOBALENO), Users.token(Users.MEMBER),
                Users.token(Users.create("coop-girasole", "coop-admin")),
                Users.token(Users.create("coop-casa-lombarda", "coop-admin")),
                Users.token(Users.create("housing", "federation-admin")));
        AtomicInteger mismatches = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> work = new java.util.ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            work.add(pool.submit(() -> {
                for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
                    String token = tokens.get(ThreadLocalRandom.current().nextInt(tokens.size()));
                    Http.Response r = Http.get("/api/diagnostics/tenant-marker", token);
                    if (r.status() != 200) {
                        failures.incrementAndGet();
                        continue;
                    }
                    var json = r.json();
                    if (json.getJsonNumber("tokenTenantId").longValue() != json.getJsonNumber("schemaTenantId").longValue()) {
                        mismatches.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : work) {
            f.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertEquals(0, failures.get(), "every request answered 200");
        assertEquals(0, mismatches.get(), "no request read another tenant's schema");
    }
}
