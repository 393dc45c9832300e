/**
 * Database migrations for Mutua: the control catalog (run at start-up by Liquibase) and the
 * per-tenant schemas (provisioned from DDL rendered once per JVM, migrated by
 * {@link it.mutua.migrations.TenantMigrationRunner} on demand, never in a start-up loop).
 *
 * <p>Why this package exists: DESIGN.md §5 requires tenant provisioning in ≤ 100 ms, migrations
 * that resume after a crash and never half-migrate a tenant, and no exposure to Liquibase's
 * JVM-wide fast-check cache (liquibase #4304/#5784). Liquibase stays the authoring format and
 * the engine for the control schema; tenant schemas are driven by plain JDBC in one transaction
 * per tenant.
 */
package it.mutua.migrations;
