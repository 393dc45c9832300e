package it.mutua.app.plan.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Effective plans by {@link VersionSet}. Safe without invalidation because published versions never change: a new
 * version has a new id, hence a new key. Bounded (least recently used out) because every cooperative may sit on its
 * own version set; thread-safe, and resolution runs outside the lock so one slow resolve does not block readers.
 */
public final class EffectivePlanCache {

    private final PlanResolver resolver;
    private final Map<VersionSet, EffectivePlan> plans;

    public EffectivePlanCache(PlanResolver resolver, int maxEntries) {
        this.resolver = resolver;
        this.plans = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<VersionSet, EffectivePlan> eldest) {
                return size() > maxEntries;
            }
        };
    }

    public EffectivePlan get(List<PublishedLayerVersion> versions) {
        VersionSet key = VersionSet.of(versions);
        synchronized (plans) {
            EffectivePlan cached = plans.get(key);
            if (cached != null) {
                return cached;
            }
        }
        EffectivePlan resolved = resolver.resolve(versions);
        synchronized (plans) {
            // Two threads may have resolved the same set; both results are equal, keep the first.
            return plans.computeIfAbsent(key, k -> resolved);
        }
    }

    public int size() {
        synchronized (plans) {
            return plans.size();
        }
    }
}
