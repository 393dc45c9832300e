/**
 * Use cases of health plans: a layer owner's drafts and their publication (validated by resolving the chain above),
 * the plans a caller can see, and the effective plan of a tenant on a date, read from each ancestor's own schema.
 *
 * <p>Each tenant stores only its own layer's versions, in its own schema ({@link it.mutua.app.plan.application.PlanLayers});
 * a descendant reads its ancestors' PUBLISHED versions, one ancestor per transaction
 * ({@link it.mutua.app.tenancy.TenantScopes#callAs}), which DESIGN §2 allows: inherited published plan definitions
 * are the one exception to "never an ancestor's data". The overlay's storage and request format is
 * {@link it.mutua.app.plan.application.OverlayJson}.
 */
package it.mutua.app.plan.application;
