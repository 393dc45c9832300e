package it.mutua.app.plan.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantKind;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.domain.Adoption;
import it.mutua.app.plan.domain.AdoptionOptions;
import it.mutua.app.plan.domain.EffectivePlanTimeline;
import it.mutua.app.plan.domain.LayerRef;
import it.mutua.app.plan.domain.LayerVersionHistory;
import it.mutua.app.plan.domain.PendingUpdate;
import it.mutua.app.plan.domain.PlanDiff;
import it.mutua.app.plan.domain.PublishedLayerVersion;
import it.mutua.app.security.Caller;

/**
 * "Update pending" (ADR 0009): what a layer has, what it would get from the newest upstream versions, and the
 * field-by-field diff. For a cooperative: its adoption's pinned versions (it adopts the update from a date). For a
 * federation or a region: the upstream versions its latest published version was checked against; it already follows
 * upstream automatically, the diff tells it what changed under it (publishing a new version acknowledges it).
 */
@ApplicationScoped
@Transactional
public class PendingUpdates {

    @Inject
    PlanChains chains;
    @Inject
    PlanReads reads;
    @Inject
    PlanQueries queries;
    @Inject
    TenantRepository tenants;

    /**
     * @param current  the upstream versions the tenant has now (empty: a cooperative that has not adopted the plan,
     *                 or a layer with no published version)
     * @param adopted  the cooperative's adoption of this plan, if it is its latest adoption
     * @param update   the pending update, if any
     */
    public record Pending(Tenant tenant, String planCode, List<PublishedLayerVersion> current,
                          Optional<PlanInForce> adopted, Optional<PendingUpdate> update) {
    }

    public Pending pending(Caller caller, String planCode, String tenantCode) {
        String code = PlanService.code(planCode);
        Tenant target = reads.target(caller, tenantCode, "plan " + code + " pending updates");
        List<Tenant> chain = chains.chainOf(target);
        List<LayerVersionHistory> upstream = chains.histories(code, chain.subList(0, chain.size() - 1));
        if (upstream.isEmpty() || upstream.getFirst().versions().isEmpty()) {
            return new Pending(target, code, List.of(), Optional.empty(), Optional.empty());
        }
        List<PublishedLayerVersion> newest = PendingUpdate.newest(upstream);
        return target.kind() == TenantKind.COOPERATIVE
                ? forCooperative(target, code, newest)
                : forLayer(target, code, upstream, newest);
    }

    private Pending forCooperative(Tenant coop, String code, List<PublishedLayerVersion> newest) {
        LayerRef layer = PlanChains.layerOf(coop);
        Optional<AdoptionRecord> latest = queries.adoptionsOf(coop).stream().reduce((a, b) -> b)
                .filter(a -> a.planCode().equals(code));
        if (latest.isEmpty()) {
            // Not adopted (or another plan adopted since): the whole plan is on offer, every field ADDED.
            var options = new AdoptionOptions(false);
            var from = newest.stream().map(PublishedLayerVersion::effectiveFrom).max(LocalDate::compareTo)
                    .orElseThrow();
            PendingUpdate offer;
            try {
                var plan = chains.resolve(Adoption.withOptions(newest, layer, code, options));
                offer = new PendingUpdate(List.of(), newest, from, Optional.of(PlanDiff.introducing(plan)),
                        Optional.empty());
            } catch (RuleViolation conflict) {
                offer = new PendingUpdate(List.of(), newest, from, Optional.empty(), Optional.of(conflict));
            }
            return new Pending(coop, code, List.of(), Optional.empty(), Optional.of(offer));
        }
        Adoption adoption = queries.toAdoption(latest.get());
        var own = Adoption.withOptions(List.of(), layer, code, adoption.options());
        var update = PendingUpdate.between(adoption.upstream(), newest, own, own, chains.cache());
        return new Pending(coop, code, adoption.upstream(), Optional.of(queries.toPlanInForce(coop, latest.get())),
                update);
    }

    private Pending forLayer(Tenant owner, String code, List<LayerVersionHistory> upstream,
                             List<PublishedLayerVersion> newest) {
        List<PublishedLayerVersion> own = chains.published(owner, code);
        if (own.isEmpty() || owner.kind() == TenantKind.NATIONAL) {
            return new Pending(owner, code, List.of(), Optional.empty(), Optional.empty());
        }
        PublishedLayerVersion latest = own.getLast();
        List<String> builtOn = chains.builtOn(owner, code, latest.number());
        List<PublishedLayerVersion> current = builtOn.isEmpty()
                ? new EffectivePlanTimeline(code, upstream).versionsOn(latest.effectiveFrom()).orElse(newest)
                : builtOn.stream().map(this::versionById).toList();
        var update = PendingUpdate.between(current, newest, List.of(latest), List.of(latest), chains.cache());
        return new Pending(owner, code, current, Optional.empty(), update);
    }

    /** A published version from its id ({@code owner:PLAN:number}), from the cache or its owner's schema. */
    private PublishedLayerVersion versionById(String id) {
        return chains.cachedVersion(id).orElseGet(() -> {
            String[] parts = id.split(":");
            Tenant owner = tenants.findByCode(parts[0]).orElseThrow();
            return chains.publishedVersion(owner, parts[1], Integer.parseInt(parts[2])).orElseThrow();
        });
    }
}
