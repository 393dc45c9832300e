package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import it.mutua.it.support.Db;
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

    /**
     * Liberty restores a schema changed with {@code Connection.setSchema} by itself when the connection goes back to
     * the pool, after the commit, with auto-commit off: that opened a transaction nobody ended, and every idle pooled
     * connection sat "idle in transaction" until its next borrow. The provider now points connections with
     * {@code set_config}, which Liberty does not track; a pooled connection must never wait inside a transaction.
     */
    @Test
    void noPooledConnectionIsLeftWaitingInsideATransaction() throws Exception {
        String token = Users.token(Users.ARCOBALENO);
        for (int i = 0; i < 40; i++) {
            assertEquals(200, Http.get("/api/diagnostics/tenant-marker", token).status());
        }
        Thread.sleep(1_500);
        long waiting = Db.count("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'mutua'"
                + " AND state LIKE 'idle in transaction%' AND state_change < now() - interval '1 second'");
        assertEquals(0, waiting, "pooled connections idle in transaction for more than a second");
        assertTrue(Db.count("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'mutua' AND state = 'idle'")
                > 0, "the pool kept idle connections to look at");
    }
}
