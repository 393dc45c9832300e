package it.mutua.app.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

import jakarta.enterprise.concurrent.ManagedExecutorService;

import org.junit.jupiter.api.Test;

/** The background refill of spare schemas: one task at a time, requests folded into it, nothing when turned off. */
class SparePoolTest {

    /** An executor that only queues: the test runs the tasks one by one, like a single background thread would. */
    private final Deque<Runnable> queued = new ArrayDeque<>();

    /** A pool whose database holds {@code missing} free places: each creation fills one, then the pool is full. */
    private final class FakePool extends SparePool {
        int missing;
        int attempts;
        Runnable afterCounting = () -> { };

        FakePool(int size, int missing) {
            this.size = size;
            this.missing = missing;
            this.executor = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> {
                        if (method.getName().equals("execute")) {
                            queued.add((Runnable) args[0]);
                            return null;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
        }

        @Override
        String createOne() throws SQLException {
            attempts++;
            boolean full = missing == 0;
            if (!full) {
                missing--;
            }
            afterCounting.run();
            return full ? null : "mutua_spare_" + attempts;
        }
    }

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }

    @Test
    void manyRefillRequestsAtOnceBecomeOneTaskAtATime() {
        FakePool pool = new FakePool(4, 0);
        pool.refillSoon();
        pool.refillSoon();
        pool.refillSoon();
        assertEquals(1, queued.size());
    }

    @Test
    void theRefillCreatesOneSparePerTaskUntilThePoolIsFullThenStops() {
        FakePool pool = new FakePool(4, 3);
        pool.refillSoon();
        runQueued();
        assertEquals(0, pool.missing);
        assertEquals(4, pool.attempts, "three creations and the one that finds the pool full");
        pool.refillSoon();
        assertEquals(1, queued.size(), "a later request starts a new refill");
    }

    @Test
    void aClaimDuringARefillIsNotLost() {
        FakePool pool = new FakePool(4, 0);
        pool.afterCounting = () -> {
            if (pool.attempts == 1) {
                pool.missing = 1; // a spare is claimed just after this task found the pool full
                pool.refillSoon();
            }
        };
        pool.refillSoon();
        runQueued();
        assertEquals(0, pool.missing, "the claimed spare was replaced");
        assertEquals(3, pool.attempts, "full, then one creation, then full");
    }

    @Test
    void aFailingCreationStopsTheRefillUntilTheNextRequest() {
        FakePool pool = new FakePool(4, 2);
        pool.afterCounting = () -> {
            throw new IllegalStateException("database unreachable");
        };
        pool.refillSoon();
        runQueued();
        assertEquals(1, pool.attempts, "no busy loop against a failing database");
        pool.refillSoon();
        assertEquals(1, queued.size());
    }

    @Test
    void aPoolOfSizeZeroIsOffAndNeverRefills() {
        FakePool pool = new FakePool(0, 0);
        assertFalse(pool.enabled());
        pool.refillSoon();
        assertTrue(queued.isEmpty());
        assertTrue(new FakePool(2, 0).enabled());
    }
}
