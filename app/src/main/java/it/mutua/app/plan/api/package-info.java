/** REST resource of health plans: /api/plans (drafts, publication, visible plans, effective plan with provenance). */
package it.mutua.app.plan.api;
