package it.mutua.app.claim.domain;

import java.time.LocalDate;
import java.util.Optional;

import it.mutua.app.plan.domain.EffectivePlan;

/** Port: the effective plan a cooperative's members are covered by on a date (every layer applied). */
public interface PlanSource {

    Optional<EffectivePlan> inForce(long cooperativeTenantId, String planCode, LocalDate date);
}
