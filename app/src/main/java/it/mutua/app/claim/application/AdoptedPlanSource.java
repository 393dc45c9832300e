package it.mutua.app.claim.application;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantKind;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.claim.domain.PlanSource;
import it.mutua.app.plan.application.PlanChains;
import it.mutua.app.plan.application.PlanInForce;
import it.mutua.app.plan.application.PlanQueries;
import it.mutua.app.plan.domain.EffectivePlan;
import it.mutua.app.plan.domain.EffectivePlanTimeline;

/**
 * The plan a claim is judged on, as the plans feature resolves it on the service date:
 * <ul>
 *   <li>a cooperative's member: the cooperative's ADOPTION in force that day ({@link PlanQueries#inForce}), i.e. the
 *       exact layer versions it adopted; when the adopted plan is not the one the person was enrolled under, there
 *       is no plan (the line is refused with {@code claim.plan.none}, which an officer sees);</li>
 *   <li>a person enrolled individually by a regional mutual (no cooperative, so no adoption): the regional chain
 *       (national base, then the regional layer) in force that day — the same resolution enrolment used to accept
 *       them, so the person is judged on the terms they were sold;</li>
 *   <li>any other tenant: no plan.</li>
 * </ul>
 * Answers are kept for {@link #TTL_MILLIS} per tenant and plan, as a timeline that answers every date: resolving means
 * reading two to four schemas, which per claim would cap submissions far below 300/s, and a year of claims spreads
 * over hundreds of dates (keyed by date as well, the load of a year for 4,400 cooperatives missed almost every
 * time). An adoption or a publication takes effect on a date that is normally in the future, and the cache forgets
 * within 30 seconds anyway.
 */
@ApplicationScoped
public class AdoptedPlanSource implements PlanSource {

    static final long TTL_MILLIS = 30_000;
    private static final int MAX_ENTRIES = 20_000;

    private record Key(long tenantId, String planCode) {
    }

    @Inject
    TenantRepository tenants;
    @Inject
    PlanQueries queries;
    @Inject
    PlanChains chains;

    private final ShortLivedAnswers<Key, Function<LocalDate, Optional<EffectivePlan>>> timelines =
            new ShortLivedAnswers<>(TTL_MILLIS, MAX_ENTRIES);

    @Override
    public Optional<EffectivePlan> inForce(long enrollingTenantId, String planCode, LocalDate date) {
        return timelines.get(new Key(enrollingTenantId, planCode), () -> timeline(enrollingTenantId, planCode))
                .apply(date);
    }

    private Function<LocalDate, Optional<EffectivePlan>> timeline(long tenantId, String planCode) {
        Optional<Tenant> tenant = tenants.findById(tenantId);
        if (tenant.isPresent() && tenant.get().kind() == TenantKind.COOPERATIVE) {
            Function<LocalDate, Optional<PlanInForce>> adopted = queries.inForceTimeline(tenantId);
            return date -> adopted.apply(date).filter(p -> p.planCode().equals(planCode)).map(PlanInForce::plan);
        }
        if (tenant.isPresent() && tenant.get().kind() == TenantKind.REGIONAL) {
            var timeline = new EffectivePlanTimeline(planCode, chains.histories(planCode, chains.chainOf(tenant.get())));
            Map<LocalDate, Optional<EffectivePlan>> byDate = new ConcurrentHashMap<>();
            return date -> byDate.computeIfAbsent(date, d -> timeline.versionsOn(d).map(chains::resolve));
        }
        return date -> Optional.empty();
    }
}
