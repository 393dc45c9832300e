package it.mutua.app.plan.application;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantKind;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.plan.domain.LayerLevel;
import it.mutua.app.plan.domain.LayerRef;
import it.mutua.app.plan.domain.LayerVersionHistory;
import it.mutua.app.plan.domain.PublishedLayerVersion;
import it.mutua.app.tenancy.TenantDirectory;
import it.mutua.app.tenancy.TenantScopes;

/**
 * The layers above and including a tenant, and their published versions read from each layer owner's own schema,
 * one owner per transaction. Only PUBLISHED versions ever leave an ancestor's schema: drafts are the owner's.
 */
@ApplicationScoped
public class PlanChains {

    @Inject
    TenantRepository tenants;
    @Inject
    TenantScopes scopes;
    @Inject
    PlanLayers layers;

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
            histories.add(new LayerVersionHistory(layerOf(owner), published(owner, planCode)));
        }
        return histories;
    }

    /** One owner's published versions of a plan, read in a new transaction in the owner's schema. */
    public List<PublishedLayerVersion> published(Tenant owner, String planCode) {
        var ref = TenantDirectory.find(owner.id()).orElseThrow();
        List<LayerVersionRecord> records = scopes.callAs(ref, () -> layers.published(planCode));
        LayerRef layer = layerOf(owner);
        return records.stream().map(r -> new PublishedLayerVersion(versionId(owner, r), layer, r.planCode(),
                r.number(), r.effectiveFrom(), OverlayJson.read(r.overlayJson()))).toList();
    }

    /** A version's id, unique across tenants: what caches and adoptions refer to. */
    static String versionId(Tenant owner, LayerVersionRecord record) {
        return owner.code() + ":" + record.planCode() + ":" + record.number();
    }

    /** Every plan code an owner has published, with its published versions (for listing). */
    public List<LayerVersionRecord> allPublished(Tenant owner) {
        var ref = TenantDirectory.find(owner.id()).orElseThrow();
        return scopes.callAs(ref, () -> layers.all().stream().filter(LayerVersionRecord::published).toList());
    }
}
