package it.mutua.app.claim.application;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantKind;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.claim.domain.PlanSource;
import it.mutua.app.plan.application.PlanChains;
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
 * Answers are kept for {@link #TTL_MILLIS} per tenant, plan and date: resolving means reading two to four schemas,
 * which per claim would cap submissions far below 300/s; an adoption or a publication takes effect on a date that is
 * normally in the future, and the cache forgets within 30 seconds anyway.
 */
@ApplicationScoped
public class AdoptedPlanSource implements PlanSource {

    static final long TTL_MILLIS = 30_000;
    private static final int MAX_ENTRIES = 20_000;

    private record Key(long tenantId, String planCode, LocalDate date) {
    }

    @Inject
    TenantRepository tenants;
    @Inject
    PlanQueries queries;
    @Inject
    PlanChains chains;

    private final ShortLivedAnswers<Key, Optional<EffectivePlan>> answers =
            new ShortLivedAnswers<>(TTL_MILLIS, MAX_ENTRIES);

    @Override
    public Optional<EffectivePlan> inForce(long enrollingTenantId, String planCode, LocalDate date) {
        return answers.get(new Key(enrollingTenantId, planCode, date),
                () -> tenants.findById(enrollingTenantId).flatMap(t -> resolve(t, planCode, date)));
    }

    private Optional<EffectivePlan> resolve(Tenant tenant, String planCode, LocalDate date) {
        if (tenant.kind() == TenantKind.COOPERATIVE) {
            return queries.inForce(tenant.id(), date).filter(p -> p.planCode().equals(planCode))
                    .map(p -> p.plan());
        }
        if (tenant.kind() == TenantKind.REGIONAL) {
            return new EffectivePlanTimeline(planCode, chains.histories(planCode, chains.chainOf(tenant)))
                    .versionsOn(date).map(chains::resolve);
        }
        return Optional.empty();
    }
}
