package it.mutua.app.claim.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.claim.domain.PlanSource;
import it.mutua.app.plan.application.PlanChains;
import it.mutua.app.plan.domain.EffectivePlan;
import it.mutua.app.plan.domain.EffectivePlanCache;
import it.mutua.app.plan.domain.EffectivePlanTimeline;
import it.mutua.app.plan.domain.LayerVersionHistory;
import it.mutua.app.plan.domain.PlanResolver;

/**
 * TEMPORARY adapter — TODO(plans): replace with {@code it.mutua.app.plan.application.PlanQueries#inForce} when the
 * plans feature lands. Resolves the cooperative's chain of layers (national → federation → regional → cooperative)
 * as {@code PlanService#effective} does. The published histories are kept for {@link #HISTORY_TTL_MILLIS}: reading
 * four schemas per claim would cap submissions well below 300/s, and a version published meanwhile takes effect on a
 * future date anyway (publication must come after the latest version).
 */
@ApplicationScoped
public class ResolvedPlanSource implements PlanSource {

    static final long HISTORY_TTL_MILLIS = 30_000;

    private record Key(long tenantId, String planCode) {
    }

    private record Histories(List<LayerVersionHistory> layers, long loadedAt) {
    }

    @Inject
    TenantRepository tenants;
    @Inject
    PlanChains chains;

    private final Map<Key, Histories> histories = new ConcurrentHashMap<>();
    private final EffectivePlanCache plans = new EffectivePlanCache(new PlanResolver(), 2_000);

    @Override
    public Optional<EffectivePlan> inForce(long cooperativeTenantId, String planCode, LocalDate date) {
        Key key = new Key(cooperativeTenantId, planCode);
        Histories cached = histories.get(key);
        if (cached == null || System.currentTimeMillis() - cached.loadedAt() > HISTORY_TTL_MILLIS) {
            var tenant = tenants.findById(cooperativeTenantId);
            if (tenant.isEmpty()) {
                return Optional.empty();
            }
            cached = new Histories(chains.histories(planCode, chains.chainOf(tenant.get())), System.currentTimeMillis());
            histories.put(key, cached);
        }
        return new EffectivePlanTimeline(planCode, cached.layers()).versionsOn(date).map(plans::get);
    }
}
