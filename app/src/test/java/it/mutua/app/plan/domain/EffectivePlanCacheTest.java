package it.mutua.app.plan.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static it.mutua.app.plan.domain.Layers.HOUSING;
import static it.mutua.app.plan.domain.Layers.NATIONAL;
import static it.mutua.app.plan.domain.Layers.base;
import static it.mutua.app.plan.domain.Layers.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class EffectivePlanCacheTest {

    private final PublishedLayerVersion national = version(NATIONAL, "n1", base().build());
    private final PublishedLayerVersion federation = version(HOUSING, "f1", Overlay.empty());

    @Test
    void the_same_version_set_is_resolved_once_and_served_from_the_cache() {
        var cache = new EffectivePlanCache(new PlanResolver(), 10);

        var first = cache.get(List.of(national, federation));
        var second = cache.get(List.of(national, federation));

        assertSame(first, second);
        assertEquals(1, cache.size());
    }

    @Test
    void a_different_version_set_is_a_different_entry() {
        var cache = new EffectivePlanCache(new PlanResolver(), 10);

        var nationalOnly = cache.get(List.of(national));
        var withFederation = cache.get(List.of(national, federation));

        assertNotSame(nationalOnly, withFederation);
        assertEquals(List.of("n1", "f1"), withFederation.versions().versionIds());
        assertEquals(2, cache.size());
    }

    @Test
    void the_cache_keeps_at_most_its_bound_dropping_the_least_recently_used() {
        var cache = new EffectivePlanCache(new PlanResolver(), 2);
        var n2 = version(NATIONAL, "n2", base().build());
        var n3 = version(NATIONAL, "n3", base().build());

        var kept = cache.get(List.of(national));
        cache.get(List.of(n2));
        cache.get(List.of(national));
        cache.get(List.of(n3));

        assertEquals(2, cache.size());
        assertSame(kept, cache.get(List.of(national)), "recently used, so not evicted");
    }

    @Test
    void concurrent_readers_all_get_an_equal_plan() throws InterruptedException {
        var cache = new EffectivePlanCache(new PlanResolver(), 10);
        var wrong = new AtomicInteger();
        var expected = new PlanResolver().resolve(List.of(national, federation));
        var threads = new Thread[8];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = Thread.ofPlatform().start(() -> {
                for (int j = 0; j < 200; j++) {
                    if (!cache.get(List.of(national, federation)).equals(expected)) {
                        wrong.incrementAndGet();
                    }
                }
            });
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(0, wrong.get());
        assertEquals(1, cache.size());
    }
}
