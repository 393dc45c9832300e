package it.mutua.app.plan.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import it.mutua.app.plan.domain.AdoptionOptions;
import it.mutua.app.plan.domain.EffectivePlan;
import it.mutua.app.plan.domain.LayerLevel;

/**
 * The plan a cooperative's workers were covered by on a date: the adoption in force (plan code, number, period,
 * options), the version of every layer it was resolved from, and the immutable effective plan itself (shared from the
 * cache: never modify, nothing in it can be modified anyway).
 *
 * @param versions the layer versions, national first; the cooperative's own layer is its options, not listed here
 */
public record PlanInForce(long cooperativeTenantId, String cooperativeCode, String planCode, int adoptionNumber,
                          LocalDate adoptedFrom, Optional<LocalDate> adoptedUntil, AdoptionOptions options,
                          List<LayerVersionNumber> versions, EffectivePlan plan) {

    /** Version {@code number} of the layer of {@code tenantCode}, at {@code level}. */
    public record LayerVersionNumber(LayerLevel level, String tenantCode, int number) {
    }

    public PlanInForce {
        versions = List.copyOf(versions);
    }

    /** The version number of the layer at {@code level}, if the adoption includes such a layer. */
    public Optional<Integer> versionAt(LayerLevel level) {
        return versions.stream().filter(v -> v.level() == level).map(LayerVersionNumber::number).findFirst();
    }
}
