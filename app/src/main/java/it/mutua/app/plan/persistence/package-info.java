/**
 * JPA storage of one tenant's plan layer versions ({@code plan_layer_version}) and a cooperative's adoptions
 * ({@code plan_adoption}), in the tenant's own schema
 * (unqualified, like every tenant table). A published row is never updated: the entity refuses it.
 */
package it.mutua.app.plan.persistence;
