package it.mutua.app.plan.application;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantKind;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.domain.DescendantCheck;
import it.mutua.app.plan.domain.EffectivePlanTimeline;
import it.mutua.app.plan.domain.LayerVersionHistory;
import it.mutua.app.plan.domain.PendingUpdate;
import it.mutua.app.plan.domain.PublishedLayerVersion;

/**
 * What must hold before a layer publishes a version: it resolves on the layers above it, and every intermediate
 * layer it combines with still resolves ({@link DescendantCheck}). The combinations are those a cooperative can have:
 * national, national + a federation, national + a region, national + a federation + a region — with every federation
 * and region that has a layer of the plan, not only those that have cooperatives in common today, because a
 * cooperative can be moved under a regional mutual at any time and brings its federation with it.
 */
@ApplicationScoped
public class PlanPublication {

    @Inject
    PlanChains chains;
    @Inject
    TenantRepository tenants;

    /**
     * Checks {@code candidate}, the version {@code own} is about to publish, and returns the ids of the newest upstream
     * versions it was checked against (stored as {@code built_on}: a newer upstream version is an update pending).
     */
    public List<String> check(Tenant own, PublishedLayerVersion candidate) {
        String code = candidate.planCode();
        Tenant national = tenants.national().orElseThrow();
        LayerVersionHistory nationalHistory = chains.history(national, code);
        var combinations = new ArrayList<List<LayerVersionHistory>>();
        switch (own.kind()) {
            case NATIONAL -> {
                var federations = chains.intermediateLayers(TenantKind.FEDERATION, code);
                var regions = chains.intermediateLayers(TenantKind.REGIONAL, code);
                combinations.add(List.of(nationalHistory));
                federations.forEach(f -> combinations.add(List.of(nationalHistory, f)));
                regions.forEach(r -> combinations.add(List.of(nationalHistory, r)));
                federations.forEach(f -> regions.forEach(r -> combinations.add(List.of(nationalHistory, f, r))));
            }
            case FEDERATION -> {
                LayerVersionHistory federation = chains.history(own, code);
                combinations.add(List.of(nationalHistory, federation));
                chains.intermediateLayers(TenantKind.REGIONAL, code)
                        .forEach(r -> combinations.add(List.of(nationalHistory, federation, r)));
            }
            case REGIONAL -> {
                LayerVersionHistory region = chains.history(own, code);
                combinations.add(List.of(nationalHistory, region));
                chains.intermediateLayers(TenantKind.FEDERATION, code)
                        .forEach(f -> combinations.add(List.of(nationalHistory, f, region)));
            }
            case COOPERATIVE -> throw new IllegalStateException("a cooperative's layer is its adoption");
        }
        if (own.kind() != TenantKind.NATIONAL) {
            // A tailoring needs a base plan in force on the day it starts.
            new EffectivePlanTimeline(code, List.of(nationalHistory)).versionsOn(candidate.effectiveFrom())
                    .orElseThrow(() -> RuleViolation.invalid("effectiveFrom", "plan.version.noneInForce",
                            candidate.effectiveFrom()));
        }
        DescendantCheck.verify(chains.resolver(), candidate, combinations);
        if (own.kind() == TenantKind.NATIONAL) {
            return List.of();
        }
        return PendingUpdate.newest(List.of(nationalHistory)).stream().map(PublishedLayerVersion::id).toList();
    }
}
