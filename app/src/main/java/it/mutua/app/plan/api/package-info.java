/**
 * REST resource of health plans: /api/plans (drafts, publication, visible plans, effective plan with provenance,
 * inherited layers, cooperative adoptions, updates pending with their diff, the plan booklet PDF).
 */
package it.mutua.app.plan.api;
