package it.mutua.app.plan.domain;

import it.mutua.app.kernel.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One plan's layers through time, for one cooperative: the version histories of its national, federation, regional
 * and cooperative layers, in layer order. Answers "which effective plan applied on date D" (a claim is judged on the
 * plan in force on its service date) and "is an update pending for what this cooperative adopted".
 */
public record EffectivePlanTimeline(String planCode, List<LayerVersionHistory> layers) {

    public EffectivePlanTimeline {
        layers = List.copyOf(layers);
        if (layers.isEmpty() || layers.getFirst().layer().level() != LayerLevel.NATIONAL) {
            throw RuleViolation.invalid("layers", "plan.layers.nationalFirst");
        }
    }

    /**
     * Per layer, the latest version effective on or before {@code date}. Empty when the national base had no version
     * yet; a lower layer without a version yet simply contributes nothing.
     */
    public Optional<List<PublishedLayerVersion>> versionsOn(LocalDate date) {
        var chosen = new ArrayList<PublishedLayerVersion>();
        for (LayerVersionHistory history : layers) {
            history.versionOn(date).ifPresent(chosen::add);
        }
        boolean hasBase = !chosen.isEmpty() && chosen.getFirst().layer().level() == LayerLevel.NATIONAL;
        return hasBase ? Optional.of(List.copyOf(chosen)) : Optional.empty();
    }

    public Optional<EffectivePlan> planOn(LocalDate date, EffectivePlanCache cache) {
        return versionsOn(date).map(cache::get);
    }

    /**
     * What would change if the cooperative moved from the version set it adopted to the one in force on
     * {@code date}; empty when they are the same (no update pending).
     */
    public Optional<PlanDiff> pendingUpdate(VersionSet adopted, LocalDate date, EffectivePlanCache cache) {
        var current = versionsOn(date).orElseThrow(
                () -> RuleViolation.invalid("date", "plan.version.noneInForce", date));
        if (VersionSet.of(current).equals(adopted)) {
            return Optional.empty();
        }
        var adoptedVersions = adopted.versionIds().stream().map(this::versionById).toList();
        return Optional.of(PlanDiff.between(cache.get(adoptedVersions), cache.get(current)));
    }

    private PublishedLayerVersion versionById(String id) {
        return layers.stream().flatMap(h -> h.byId(id).stream()).findFirst()
                .orElseThrow(() -> RuleViolation.invalid("versionIds", "plan.version.unknown", id));
    }
}
