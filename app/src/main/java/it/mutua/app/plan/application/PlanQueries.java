package it.mutua.app.plan.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantKind;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.plan.domain.Adoption;
import it.mutua.app.plan.domain.AdoptionOptions;
import it.mutua.app.plan.domain.EffectivePlan;
import it.mutua.app.plan.domain.LayerLevel;
import it.mutua.app.plan.domain.PublishedLayerVersion;
import it.mutua.app.tenancy.TenantDirectory;
import it.mutua.app.tenancy.TenantScopes;

/**
 * System-level questions about plans for other features (contributions, claims adjudication): no caller, no
 * visibility check — the feature asking has done its own. Callable from any tenant context and inside or outside a
 * transaction: the cooperative's adoptions and each layer owner's versions are read in their own schemas, each in its
 * own transaction ({@link TenantScopes#callAs}), so the caller's transaction and connection are never shared.
 */
@ApplicationScoped
public class PlanQueries {

    @Inject
    TenantRepository tenants;
    @Inject
    TenantScopes scopes;
    @Inject
    Adoptions adoptions;
    @Inject
    PlanChains chains;

    /**
     * The plan cooperative {@code cooperativeTenantId} had adopted on {@code date} (a claim's service date, a
     * contribution period), resolved from the exact versions it adopted; empty when the tenant is not a cooperative
     * or had no adoption in force that day.
     */
    public Optional<PlanInForce> inForce(long cooperativeTenantId, LocalDate date) {
        return inForceTimeline(cooperativeTenantId).apply(date);
    }

    /**
     * The cooperative's adoptions as a timeline: the plan in force on any date, with one read of the adoptions and one
     * resolution per adoption (a batch of claims asks about hundreds of dates). Never in force for a tenant that is
     * not a cooperative.
     */
    public Function<LocalDate, Optional<PlanInForce>> inForceTimeline(long cooperativeTenantId) {
        Optional<Tenant> cooperative = tenants.findById(cooperativeTenantId)
                .filter(t -> t.kind() == TenantKind.COOPERATIVE);
        if (cooperative.isEmpty()) {
            return date -> Optional.empty();
        }
        List<AdoptionRecord> records = adoptionsOf(cooperative.get());
        // resolved when first asked for (an adoption nobody's dates fall in is never resolved), then kept
        Map<Integer, PlanInForce> resolved = new ConcurrentHashMap<>();
        return date -> {
            for (int i = 0; i < records.size(); i++) {
                AdoptionRecord a = records.get(i);
                if (!date.isBefore(a.effectiveFrom()) && a.effectiveTo().map(to -> !date.isAfter(to)).orElse(true)) {
                    return Optional.of(resolved.computeIfAbsent(i, k -> toPlanInForce(cooperative.get(), a)));
                }
            }
            return Optional.empty();
        };
    }

    /** Every adoption of a cooperative, read in its schema in a transaction of its own. */
    List<AdoptionRecord> adoptionsOf(Tenant cooperative) {
        var ref = TenantDirectory.find(cooperative.id()).orElseThrow();
        return scopes.callAs(ref, adoptions::all);
    }

    PlanInForce toPlanInForce(Tenant cooperative, AdoptionRecord record) {
        Adoption adoption = toAdoption(record);
        EffectivePlan plan = chains.resolve(adoption.layers(PlanChains.layerOf(cooperative)));
        var numbers = record.upstream().stream().map(pin -> new PlanInForce.LayerVersionNumber(
                LayerLevel.valueOf(pin.level()), pin.tenantCode(), pin.number())).toList();
        return new PlanInForce(cooperative.id(), cooperative.code(), record.planCode(), record.number(),
                record.effectiveFrom(), record.effectiveTo(), adoption.options(), numbers, plan);
    }

    /** The domain adoption of a stored record: its pinned versions, from the cache or their owners' schemas. */
    Adoption toAdoption(AdoptionRecord record) {
        var upstream = new ArrayList<PublishedLayerVersion>();
        for (AdoptionRecord.UpstreamPin pin : record.upstream()) {
            String id = PlanChains.versionId(pin.tenantCode(), record.planCode(), pin.number());
            upstream.add(chains.cachedVersion(id).orElseGet(() -> {
                Tenant owner = tenants.findById(pin.tenantId()).orElseThrow(
                        () -> new IllegalStateException("adopted layer owner " + pin.tenantId() + " is gone"));
                return chains.publishedVersion(owner, record.planCode(), pin.number()).orElseThrow(
                        () -> new IllegalStateException("adopted version " + id + " is not published"));
            }));
        }
        return new Adoption(record.number(), record.planCode(), record.effectiveFrom(), record.effectiveTo(),
                upstream, new AdoptionOptions(record.options().familyExtensionOffered()));
    }
}
