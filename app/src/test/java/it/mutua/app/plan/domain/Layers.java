package it.mutua.app.plan.domain;

import java.time.LocalDate;
import java.util.List;

/** Layer owners and shorthands shared by the plan tests. */
final class Layers {

    static final LayerRef NATIONAL = new LayerRef(LayerLevel.NATIONAL, "national", "national");
    static final LayerRef HOUSING = new LayerRef(LayerLevel.FEDERATION, "fed-housing", "housing federation");
    static final LayerRef LOMBARDY = new LayerRef(LayerLevel.REGIONAL, "lombardia", "Lombardy");
    static final LayerRef COOP = new LayerRef(LayerLevel.COOPERATIVE, "coop-aurora", "Cooperativa Aurora");
    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    private Layers() {
    }

    static PublishedLayerVersion version(LayerRef layer, String id, LocalDate from, Overlay overlay) {
        return new LayerDraft(layer, "P", overlay).publish(id, 1, from);
    }

    static PublishedLayerVersion version(LayerRef layer, String id, Overlay overlay) {
        return version(layer, id, JAN_1, overlay);
    }

    /** A minimal valid national base: a name and one specialist-visits benefit with a €700 ceiling. */
    static Overlay.Builder base() {
        return Overlay.builder()
                .name("Base")
                .addBenefit("VISITS", BenefitArea.SPECIALIST_VISITS, "Visite")
                .costShare("VISITS", ProviderRegime.COOPERATIVE_NETWORK, CostShare.fixed(Money.euros(30)))
                .perPersonYear("VISITS", Money.euros(700));
    }

    static EffectivePlan resolve(PublishedLayerVersion... versions) {
        return new PlanResolver().resolve(List.of(versions));
    }
}
