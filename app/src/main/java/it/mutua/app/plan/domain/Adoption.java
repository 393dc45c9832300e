package it.mutua.app.plan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cooperative's adoption of a plan from a date: the exact upstream versions it adopted (national, and its
 * federation's and region's layers when they had one) and its options. Pinned: what ancestors publish later does not
 * change it; it shows up as an update pending until the cooperative adopts it.
 *
 * @param number           1, 2, … in the cooperative's adoption history
 * @param upstream         the adopted upstream versions, in layer order (national first)
 * @param effectiveTo      the last day in force; empty while no later adoption closes it
 */
public record Adoption(int number, String planCode, LocalDate effectiveFrom, Optional<LocalDate> effectiveTo,
                       List<PublishedLayerVersion> upstream, AdoptionOptions options) {

    public Adoption {
        Objects.requireNonNull(planCode, "planCode");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(effectiveTo, "effectiveTo");
        Objects.requireNonNull(options, "options");
        upstream = List.copyOf(upstream);
        if (upstream.isEmpty() || upstream.getFirst().layer().level() != LayerLevel.NATIONAL) {
            throw it.mutua.app.kernel.RuleViolation.invalid("upstream", "plan.layers.nationalFirst");
        }
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && effectiveTo.map(to -> !date.isAfter(to)).orElse(true);
    }

    /** The same adoption, closed the day before {@code nextFrom}. */
    public Adoption closedBefore(LocalDate nextFrom) {
        return new Adoption(number, planCode, effectiveFrom, Optional.of(nextFrom.minusDays(1)), upstream, options);
    }

    /** Every layer to resolve, national first, the cooperative's options last. */
    public List<PublishedLayerVersion> layers(LayerRef cooperative) {
        return withOptions(upstream, cooperative, planCode, options);
    }

    /**
     * {@code upstream} plus the cooperative's options as its own layer. The options layer's id is derived from its
     * content (not from an adoption number), so equal choices on equal upstream versions share one cache entry, and
     * an update pending can be previewed with the same key it will have once adopted.
     */
    public static List<PublishedLayerVersion> withOptions(List<PublishedLayerVersion> upstream, LayerRef cooperative,
                                                          String planCode, AdoptionOptions options) {
        String id = cooperative.tenantCode() + ":" + planCode + ":options:"
                + (options.familyExtensionOffered() ? "family" : "workers");
        var all = new java.util.ArrayList<>(upstream);
        all.add(new LayerDraft(cooperative, planCode, options.toOverlay()).publish(id, 1, LocalDate.MIN));
        return List.copyOf(all);
    }

    /** An adoption may not offer a family extension the plan has no contribution for: nobody could be enrolled. */
    public static void requireCoherent(EffectivePlan plan, AdoptionOptions options) {
        if (options.familyExtensionOffered() && plan.contributions().family().isEmpty()) {
            throw it.mutua.app.kernel.RuleViolation.invalid("options.familyExtensionOffered",
                    "plan.adoption.noFamilyContributions", plan.planCode());
        }
    }
}
