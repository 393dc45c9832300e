/**
 * The pure domain of health plans.
 *
 * <p>A plan is a flat set of fields keyed by stable paths ({@code benefits/SPECIALIST_VISITS/ceilings/perPersonYear},
 * see {@link it.mutua.app.plan.domain.PlanPaths}). Each layer (national, federation, regional, cooperative) is an
 * {@link it.mutua.app.plan.domain.Overlay}: an ordered list of field-level changes. Why flat paths rather than a tree of
 * objects that layers replace: provenance, locks and diffs all become questions about one path, answered the same way
 * for every field; a new field needs one grammar line, not a new merge rule.
 *
 * <p>{@link it.mutua.app.plan.domain.PlanResolver} applies published layer versions in order and yields an immutable
 * {@link it.mutua.app.plan.domain.EffectivePlan} with provenance and locks per value;
 * {@link it.mutua.app.plan.domain.EffectivePlanTimeline} answers "which plan applied on date D";
 * {@link it.mutua.app.plan.domain.PlanDiff} shows what an update would change;
 * {@link it.mutua.app.plan.domain.ReimbursementCalculator} prices one claim line.
 *
 * <p>Errors are {@link it.mutua.app.kernel.RuleViolation}s: {@code invalid} (400) with the field path, or
 * {@code conflict} (409) when a lower layer touches a field an upper layer locked.
 */
package it.mutua.app.plan.domain;
