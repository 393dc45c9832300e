/**
 * The pure rules of claims: {@link it.mutua.app.claim.domain.Adjudicator} judges a line (coverage, eligibility,
 * carenza, then the plan's {@link it.mutua.app.plan.domain.ReimbursementCalculator}), the
 * {@link it.mutua.app.claim.domain.CeilingLedger} counts what each ceiling has already paid, the
 * {@link it.mutua.app.claim.domain.ClaimStatus} workflow says which transitions exist, and the ports
 * ({@link it.mutua.app.claim.domain.CoverageSource}, {@link it.mutua.app.claim.domain.PlanSource},
 * {@link it.mutua.app.claim.domain.RegimeSource}) say what claims need from members, plans and the network.
 */
package it.mutua.app.claim.domain;
