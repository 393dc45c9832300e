package it.mutua.app.plan.domain;

import it.mutua.app.kernel.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An update pending for a layer built on upstream versions that ancestors have since replaced: what the layer has
 * ({@code from}), what it would get ({@code to}: the newest published version of every upstream layer), the first day
 * it can take effect, and the field-by-field diff of the resulting plans. When the newer upstream cannot be combined
 * with the layer (a new lock on a field it changes), {@code conflict} says why and there is no diff.
 */
public record PendingUpdate(List<PublishedLayerVersion> from, List<PublishedLayerVersion> to, LocalDate availableFrom,
                            Optional<PlanDiff> diff, Optional<RuleViolation> conflict) {

    public PendingUpdate {
        from = List.copyOf(from);
        to = List.copyOf(to);
    }

    /** The newest published version of each upstream layer that has one, in layer order. */
    public static List<PublishedLayerVersion> newest(List<LayerVersionHistory> upstream) {
        var newest = new ArrayList<PublishedLayerVersion>();
        for (LayerVersionHistory history : upstream) {
            if (!history.versions().isEmpty()) {
                newest.add(history.versions().getLast());
            }
        }
        return newest;
    }

    /**
     * The update from {@code fromUpstream} to {@code toUpstream} for a layer whose own versions (appended after the
     * upstream ones) are {@code ownFrom} now and {@code ownTo} after the update; empty when nothing upstream changed.
     */
    public static Optional<PendingUpdate> between(List<PublishedLayerVersion> fromUpstream,
                                                  List<PublishedLayerVersion> toUpstream,
                                                  List<PublishedLayerVersion> ownFrom,
                                                  List<PublishedLayerVersion> ownTo,
                                                  EffectivePlanCache cache) {
        if (ids(fromUpstream).equals(ids(toUpstream))) {
            return Optional.empty();
        }
        LocalDate availableFrom = toUpstream.stream().map(PublishedLayerVersion::effectiveFrom)
                .max(LocalDate::compareTo).orElseThrow();
        EffectivePlan before = cache.get(concat(fromUpstream, ownFrom));
        try {
            EffectivePlan after = cache.get(concat(toUpstream, ownTo));
            return Optional.of(new PendingUpdate(fromUpstream, toUpstream, availableFrom,
                    Optional.of(PlanDiff.between(before, after)), Optional.empty()));
        } catch (RuleViolation conflict) {
            return Optional.of(new PendingUpdate(fromUpstream, toUpstream, availableFrom, Optional.empty(),
                    Optional.of(conflict)));
        }
    }

    private static List<String> ids(List<PublishedLayerVersion> versions) {
        return versions.stream().map(PublishedLayerVersion::id).toList();
    }

    private static List<PublishedLayerVersion> concat(List<PublishedLayerVersion> a, List<PublishedLayerVersion> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
