package it.mutua.app.plan.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantKind;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.plan.domain.EffectivePlan;
import it.mutua.app.plan.domain.EffectivePlanCache;
import it.mutua.app.plan.domain.LayerLevel;
import it.mutua.app.plan.domain.LayerRef;
import it.mutua.app.plan.domain.LayerVersionHistory;
import it.mutua.app.plan.domain.PlanResolver;
import it.mutua.app.plan.domain.PublishedLayerVersion;
import it.mutua.app.tenancy.TenantDirectory;
import it.mutua.app.tenancy.TenantScopes;

/**
 * The layers above and including a tenant, and their published versions read from each layer owner's own schema,
 * one owner per transaction. Only PUBLISHED versions ever leave an ancestor's schema: drafts are the owner's.
 *
 * <p>Holds the two caches of plans, both safe without invalidation because a published version never changes:
 * published versions by id, and effective plans by version set ({@link EffectivePlanCache}).
 */
@ApplicationScoped
public class PlanChains {

    private static final int MAX_CACHED_VERSIONS = 10_000;

    @Inject
    TenantRepository tenants;
    @Inject
    TenantScopes scopes;
    @Inject
    PlanLayers layers;

    private final PlanResolver resolver = new PlanResolver();
    private final EffectivePlanCache plans = new EffectivePlanCache(resolver, 2_000);
    private final Map<String, PublishedLayerVersion> versions = new ConcurrentHashMap<>();

    public PlanResolver resolver() {
        return resolver;
    }

    public EffectivePlanCache cache() {
        return plans;
    }

    /** The effective plan of these versions, from the cache. */
    public EffectivePlan resolve(List<PublishedLayerVersion> layerVersions) {
        return plans.get(layerVersions);
    }

    /** The owners of the layers that apply to {@code tenant}, national first, ending with the tenant itself. */
    public List<Tenant> chainOf(Tenant tenant) {
        Tenant national = tenants.national().orElseThrow();
        var chain = new ArrayList<Tenant>();
        chain.add(national);
        switch (tenant.kind()) {
            case NATIONAL -> { }
            case FEDERATION, REGIONAL -> chain.add(tenant);
            case COOPERATIVE -> {
                if (tenant.federationId() != null) {
                    tenants.findById(tenant.federationId()).ifPresent(chain::add);
                }
                if (tenant.parentId() != null && tenant.parentId() != national.id()) {
                    tenants.findById(tenant.parentId()).filter(p -> p.kind() == TenantKind.REGIONAL)
                            .ifPresent(chain::add);
                }
                chain.add(tenant);
            }
        }
        return chain;
    }

    /** The layer a tenant owns: its level follows from its kind. */
    public static LayerRef layerOf(Tenant tenant) {
        return new LayerRef(levelOf(tenant.kind()), tenant.code(), tenant.name());
    }

    public static LayerLevel levelOf(TenantKind kind) {
        return switch (kind) {
            case NATIONAL -> LayerLevel.NATIONAL;
            case FEDERATION -> LayerLevel.FEDERATION;
            case REGIONAL -> LayerLevel.REGIONAL;
            case COOPERATIVE -> LayerLevel.COOPERATIVE;
        };
    }

    /** The published history of each owner's layer of {@code planCode}, in chain order, read in its own schema. */
    public List<LayerVersionHistory> histories(String planCode, List<Tenant> chain) {
        var histories = new ArrayList<LayerVersionHistory>();
        for (Tenant owner : chain) {
            histories.add(history(owner, planCode));
        }
        return histories;
    }

    public LayerVersionHistory history(Tenant owner, String planCode) {
        return new LayerVersionHistory(layerOf(owner), published(owner, planCode));
    }

    /** One owner's published versions of a plan, read in a new transaction in the owner's schema. */
    public List<PublishedLayerVersion> published(Tenant owner, String planCode) {
        var ref = TenantDirectory.find(owner.id()).orElseThrow();
        List<LayerVersionRecord> records = scopes.callAs(ref, () -> layers.published(planCode));
        return records.stream().map(r -> toVersion(owner, r)).toList();
    }

    /** The published version {@code number} of an owner's layer, from the cache or the owner's schema. */
    public Optional<PublishedLayerVersion> publishedVersion(Tenant owner, String planCode, int number) {
        PublishedLayerVersion cached = versions.get(versionId(owner.code(), planCode, number));
        if (cached != null) {
            return Optional.of(cached);
        }
        var ref = TenantDirectory.find(owner.id()).orElseThrow();
        Optional<LayerVersionRecord> record = scopes.callAs(ref,
                () -> layers.find(planCode, number).filter(LayerVersionRecord::published));
        return record.map(r -> toVersion(owner, r));
    }

    /** The ids of the upstream versions version {@code number} of an owner's layer was published on. */
    public List<String> builtOn(Tenant owner, String planCode, int number) {
        var ref = TenantDirectory.find(owner.id()).orElseThrow();
        return scopes.callAs(ref, () -> layers.find(planCode, number).map(LayerVersionRecord::builtOn)
                .orElse(List.of()));
    }

    /** A published version by its id (see {@link #versionId}), when it is in the cache. */
    public Optional<PublishedLayerVersion> cachedVersion(String id) {
        return Optional.ofNullable(versions.get(id));
    }

    private PublishedLayerVersion toVersion(Tenant owner, LayerVersionRecord r) {
        String id = versionId(owner.code(), r.planCode(), r.number());
        PublishedLayerVersion cached = versions.get(id);
        if (cached != null) {
            return cached;
        }
        var version = new PublishedLayerVersion(id, layerOf(owner), r.planCode(), r.number(), r.effectiveFrom(),
                OverlayJson.read(r.overlayJson()));
        if (versions.size() < MAX_CACHED_VERSIONS) {
            versions.put(id, version);
        }
        return version;
    }

    /** A version's id, unique across tenants: what caches, adoptions and {@code built_on} refer to. */
    public static String versionId(String ownerCode, String planCode, int number) {
        return ownerCode + ":" + planCode + ":" + number;
    }

    /** Every plan code an owner has published, with its published versions (for listing). */
    public List<LayerVersionRecord> allPublished(Tenant owner) {
        var ref = TenantDirectory.find(owner.id()).orElseThrow();
        return scopes.callAs(ref, () -> layers.all().stream().filter(LayerVersionRecord::published).toList());
    }

    /**
     * The federations, or the regional mutuals, that have published a layer of {@code planCode}, with their histories:
     * the intermediate layers a publication must not break. A handful of tenants (one per sector, one per region), so
     * reading each one's schema is bounded; cooperatives are never scanned.
     */
    public List<LayerVersionHistory> intermediateLayers(TenantKind kind, String planCode) {
        Tenant national = tenants.national().orElseThrow();
        var result = new ArrayList<LayerVersionHistory>();
        for (Tenant owner : tenants.children(national, kind, null, null, "code", false, 0, 1_000)) {
            LayerVersionHistory history = history(owner, planCode);
            if (!history.versions().isEmpty()) {
                result.add(history);
            }
        }
        return result;
    }
}
