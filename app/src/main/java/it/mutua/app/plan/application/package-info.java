/**
 * Use cases of health plans: a layer owner's drafts and their publication (validated by resolving every combination
 * of layers it takes part in), a cooperative's adoptions, updates pending with their field-by-field diff, the plans a
 * caller can see, the effective plan of a tenant on a date, and the plan booklet (PDF).
 *
 * <p>Each tenant stores only its own layer's versions, in its own schema ({@link it.mutua.app.plan.application.PlanLayers});
 * a cooperative stores its adoptions ({@link it.mutua.app.plan.application.Adoptions}): the upstream versions it
 * adopted, pinned, and its options. A descendant reads its ancestors' PUBLISHED versions, one ancestor per transaction
 * ({@link it.mutua.app.tenancy.TenantScopes#callAs}), which DESIGN §2 allows: inherited published plan definitions
 * are the one exception to "never an ancestor's data". Who may read what is decided in
 * {@link it.mutua.app.plan.application.PlanReads} (parent reads audited). Semantics: ADR 0008 and 0009.
 *
 * <p><b>For other features</b> (contributions, claims adjudication):
 * {@link it.mutua.app.plan.application.PlanQueries#inForce(long, java.time.LocalDate)} returns the plan a cooperative
 * had adopted on a date — plan code, adoption number and period, options, the version number of each layer, and the
 * immutable {@link it.mutua.app.plan.domain.EffectivePlan} (from the cache) — or empty. It needs no caller and works
 * from any tenant context, inside or outside a transaction: everything it reads is read in the owning tenant's schema
 * in a transaction of its own. The caller is responsible for its own visibility checks.
 *
 * <p>The overlay's storage and request format is {@link it.mutua.app.plan.application.OverlayJson}.
 */
package it.mutua.app.plan.application;
