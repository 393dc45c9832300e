/**
 * Tenancy plumbing: the only place that knows how a request's tenant becomes a PostgreSQL schema.
 *
 * <p>Flow (DESIGN §4): the signed JWT's {@code tenant} claim is put in {@link it.mutua.app.tenancy.TenantContext}
 * by {@link it.mutua.app.tenancy.TenantRequestFilter}; Hibernate asks {@link it.mutua.app.tenancy.TenantIdentifierResolver}
 * for the tenant when it opens a session and {@link it.mutua.app.tenancy.SchemaPerTenantConnectionProvider} hands it a
 * pooled connection pointed at the tenant's schema, resetting it on release. Work on behalf of another tenant
 * (a parent reading a child's data) goes through {@link it.mutua.app.tenancy.TenantScopes}, which opens a new transaction
 * so two tenants never share one JTA connection. Other packages use only {@code CurrentTenant}, {@code TenantScopes}
 * and {@code TenantDirectory}; an ArchUnit rule keeps it that way.
 */
package it.mutua.app.tenancy;
